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
# Contracted articles read as the preposition "de" ("des soldats", "du personnel").
PARTITIVE_ARTICLES = {"des", "du"}
# The negation's first word, a clitic before the verb ("n'ont pas signé").
NEGATION_CLITICS = frozenset({"ne", "n'", "n’"})
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
    if token.dep_ not in MODIFIER_LABELS or not _past_participle(token):
        return
    root = token.sent.root  # costly (a walk to the sentence's bounds): after the word's own tests
    if (
        root.pos_ not in ("NOUN", "PROPN")
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
    if not _past_participle(token):
        return None
    sentence = token.sent
    if token.i != sentence.start or any(c.dep_.startswith("aux") for c in token.children):
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



def subject_read_into_participle_aside(verb: Token) -> None:
    """"La CEDEAO, réunie jeudi en sommet à Accra, a imposé …", "Le président, arrivé lundi à
    Dakar, a rencontré …": a past participle set off by commas after the subject, read as an
    adverbial clause of the main verb with the subject as its own. A participle with no auxiliary
    has no subject: the noun phrase is the main verb's subject, the participle a clause on it."""
    if verb.pos_ != "VERB" or not _finite(verb) or any(c.dep_ in ("nsubj", "nsubj:pass", "expl:subj") for c in verb.children):
        return
    doc = verb.doc
    first = min([verb.i, *(c.i for c in verb.children if c.dep_.startswith("aux"))])
    aside = next((c for c in verb.children if c.dep_ == "advcl" and c.i < first and _past_participle(c)), None)
    if aside is None or any(c.dep_.startswith("aux") or c.dep_ == "mark" for c in aside.children):
        return
    subject = next((c for c in aside.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < aside.i), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.left_edge.i != verb.sent.start:
        return
    # Commas on both sides of the participle's phrase: "N, participle …, verb".
    after_subject = subject.right_edge.i + 1
    rest = [w for w in doc[after_subject + 1 : first] if w.i != aside.i and not aside.is_ancestor(w)]
    if doc[after_subject].lower_ != "," or aside.i != after_subject + 1 or [w.lower_ for w in rest] != [","] or rest[0].i != first - 1:
        return
    subject.head = verb
    subject.dep_ = "nsubj:pass" if any(c.dep_ == "aux:pass" for c in verb.children) else "nsubj"
    aside.head = subject
    aside.dep_ = "acl"


def subject_read_into_opening_phrase(verb: Token) -> None:
    """"Dans un message adressé au président algérien, le roi a exprimé …", "Après avoir reçu le
    ministre russe, le président a téléphoné …": a finite verb with no subject after an opening
    adjunct (a phrase with a preposition, or a clause with no finite verb), and the noun phrase
    between the adjunct's comma and the verb read as a conjunct of the adjunct's last noun. The
    noun phrase is the verb's subject. (Read as an apposition instead, the names were taken for
    one actor before the repair: left alone.) "Selon l'armée laotienne, des soldats birmans ont
    ouvert le feu …": the phrase's noun read as the subject, and the subject with its article "des" as the
    noun's complement; the phrase is an adjunct, the noun phrase the subject."""
    if verb.pos_ != "VERB" or not _finite(verb):
        return
    misread = _opening_phrase_read_as_subject(verb)
    skipped = misread.i if misread is not None else -1
    if any(c.dep_ in ("nsubj", "nsubj:pass", "expl:subj") and c.i != skipped for c in verb.children):
        return
    opening = next(
        (
            c for c in verb.children
            if c.i < verb.i and c.left_edge.i == verb.sent.start
            and (
                (c.dep_.startswith("advcl") and not _finite(c))
                or ((c.dep_ in ("obl", "obl:mod") or c.i == skipped) and _case(c) is not None)
                or _compound_preposition(c)
            )
        ),
        None,
    )
    if opening is None:
        return
    doc = verb.doc
    # The verb's group starts at its first auxiliary, clitic or negation ("se sont engagés", "n'ont pas").
    first = min([verb.i, *(c.i for c in verb.children if c.i < verb.i and (c.dep_.startswith(("aux", "expl")) or _clitic(c)))])
    comma = next((w for w in reversed(doc[opening.i : first]) if w.lower_ == ","), None)
    if comma is None or comma.i + 1 >= first:
        return
    tops = [w for w in doc[comma.i + 1 : first] if not (comma.i < w.head.i < first)]
    if not tops or any(w.pos_ not in ("NOUN", "PROPN") or not opening.is_ancestor(w) for w in tops):
        return
    subject = tops[0]
    # "Sous l'égide du Qatar, le Tchad et le Soudan ont conclu": both conjuncts of
    # the subject read as conjuncts of the phrase's nouns (the same one, or two of them:
    # "Lors d'une réunion à Rome, l'Italie et la Grèce").
    if any(w.dep_ != "conj" for w in tops[1:]):
        return
    complement = _subject_read_as_complement(subject, comma)
    if subject.dep_ != "conj" and not _subject_read_as_apposition(subject, comma) and not _name_across_comma(subject, comma) and not complement:
        return
    article = _case(subject)
    if complement and article is not None:
        article.dep_ = "det"  # "des soldats": the plural article, no preposition
    if misread is not None:
        misread.dep_ = "obl:mod"
    subject.head = verb
    subject.dep_ = "nsubj:pass" if any(c.dep_ == "aux:pass" for c in verb.children) else "nsubj"
    for conjunct in tops[1:]:
        conjunct.head = subject
    if comma.head.i == subject.i or comma.head.i in (w.i for w in tops[1:]):
        comma.head = verb


def _compound_preposition(adverb: Token) -> bool:
    """"Lors d'une conférence", "au cours de", "loin de": an adverb heading the phrase its "de"
    introduces, as a preposition heads its noun (the parser hangs the noun on the adverb)."""
    return adverb.dep_ == "advmod" and adverb.pos_ == "ADV" and any(
        c.dep_.startswith("obl") and c.i > adverb.i and _case(c) is not None for c in adverb.children
    )


def _clitic(token: Token) -> bool:
    """A clitic pronoun or the negation before a verb ("lui ont remis", "n'ont pas")."""
    return (token.pos_ == "PRON" and token.dep_ in ("obj", "iobj")) or token.lower_ in NEGATION_CLITICS


def _opening_phrase_read_as_subject(verb: Token) -> Token | None:
    """"Selon l'armée laotienne, des soldats …": a phrase with a preposition that opens the
    sentence and is closed by a comma, labelled the verb's subject. A subject takes no preposition:
    the phrase is an adjunct when the subject is found after its comma. Returns the phrase's noun."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.left_edge.i != verb.sent.start:
        return None
    case = _case(subject)
    if case is None or case.pos_ != "ADP" or case.lower_ in PARTITIVE_ARTICLES or case.i != subject.left_edge.i:
        return None
    return subject if any(w.lower_ == "," for w in verb.doc[subject.i + 1 : verb.i]) else None


def _subject_read_as_complement(noun: Token, comma: Token) -> bool:
    """"Selon l'armée malienne, des soldats burkinabés ont …": a noun phrase with the article
    "des" or "du" (or a determiner of its own) right after the comma, read as a complement of the
    opening phrase's noun; so is a name with no article ("Après quatre jours de frappes, New Delhi
    et Islamabad ont conclu …"). A complement in "de" follows its noun with no comma."""
    if noun.dep_ != "nmod" or noun.head.i > comma.i or noun.left_edge.i != comma.i + 1:
        return False
    case = _case(noun)
    if case is not None:
        return case.lower_ in PARTITIVE_ARTICLES
    return any(c.dep_ == "det" for c in noun.children) or noun.pos_ == "PROPN"


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


def _name_across_comma(name: Token, comma: Token) -> bool:
    """"En visite à Addis-Abeba, Narendra/flat:name Modi a signé …": a name right after the
    comma read as part of a name or noun before it. A name's parts are never split by a comma."""
    return name.dep_ in ("flat:name", "flat") and name.pos_ == "PROPN" and name.i == comma.i + 1 and name.head.i < comma.i


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
