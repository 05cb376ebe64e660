"""French: clause-level misparses of fr_core_news_md around subordinate clauses, mended in place.

Each repair takes the sentence's words as the parser left them and moves heads and labels only
when the misparse is unambiguous (see each docstring for the construction and its guards).
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc, Token

from ..knowledge.language_profile import LanguageProfile
from . import has_feature

# Prepositions that open an infinitive clause of time or purpose before the main clause
# ("Après avoir rencontré …, le ministre s'est rendu …", "Pour protester contre …, des milliers …").
OPENING_CLAUSE_MARKS = {"après", "avant", "pour", "afin", "sans", "faute"}
# The forms of "que", relative pronoun or conjunction.
QUE_FORMS = frozenset({"que", "qu'", "qu’"})


class _Grammar(Protocol):
    def case_word(self, token: Token) -> Token | None: ...

    def is_relative_pronoun(self, token: Token) -> bool: ...


def hoist_main_verb(main: Token, clause: Token) -> None:
    """Make ``main`` its sentence's root and the opening ``clause`` (read as the root) its
    adjunct; the words the parser hung on the clause after the main verb, and the final
    punctuation, go to the main verb."""
    end = clause.sent.end
    main.head = main
    main.dep_ = "ROOT"
    clause.head = main
    clause.dep_ = "advcl"
    for child in list(clause.children):
        if child.i > main.i or (child.is_punct and child.i == end - 1):
            child.head = main


def _finite(verb: Token) -> bool:
    return has_feature(verb, "VerbForm", "Fin") or any(
        c.dep_.startswith("aux") and has_feature(c, "VerbForm", "Fin") for c in verb.children
    )


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubj:pass", "expl:subj") for c in verb.children)


def subject_read_into_relative(grammar: _Grammar, doc: Doc, pronoun: Token) -> None:
    """"Le ministre turc, qui s'est entretenu mardi avec son homologue russe, a appelé …": the
    subject of the main verb, followed by a relative clause between commas, read as a modifier of
    the relative clause's verb (itself hung on the main verb). The noun is the main verb's subject
    and the relative clause is on the noun."""
    verb = pronoun.head
    if (
        pronoun.lower_ != "qui"
        or pronoun.dep_ != "nsubj"
        or not grammar.is_relative_pronoun(pronoun)
        or verb.pos_ != "VERB"
        or verb.dep_ in ("acl:relcl", "ROOT")
        or pronoun.i < 2
        or doc[pronoun.i - 1].lower_ != ","
    ):
        return
    main = verb.head
    if main.pos_ != "VERB" or main.i < verb.i or _has_subject(main) or not _finite(main):
        return
    noun = doc[pronoun.i - 2]
    if noun.pos_ == "ADJ" and noun.dep_ == "amod" and noun.head.i < noun.i:
        noun = noun.head  # "le ministre turc, qui …"
    if noun.pos_ not in ("NOUN", "PROPN") or noun.head.i != verb.i or grammar.case_word(noun) is not None:
        return
    # The noun phrase opens the sentence: nothing before it but its own words.
    if any(w.head.i != noun.i and w.i != noun.i for w in doc[noun.sent.start : noun.i]):
        return
    noun.head = main
    noun.dep_ = "nsubj"
    verb.head = noun
    verb.dep_ = "acl:relcl"


def opening_clause_read_as_root(sentence_root: Token) -> None:
    """"Après avoir rencontré le président égyptien au Caire, le secrétaire d'État s'est rendu en
    Jordanie": an infinitive clause opening the sentence, read as its root with the main verb hung
    below it (as a relative clause on its object). The main verb, the first finite verb after the
    comma with its own subject there, is the root and the infinitive clause its adjunct (whose
    subject is the main verb's)."""
    verb = sentence_root
    sentence = verb.sent
    mark = next((c for c in verb.children if c.dep_ in ("mark", "case") and c.i < verb.i), None)
    if (
        verb.dep_ != "ROOT"
        or verb.pos_ != "VERB"
        or mark is None
        or mark.i != sentence.start
        or mark.lower_ not in OPENING_CLAUSE_MARKS
        or _finite(verb)
    ):
        return
    comma = next((w for w in sentence if w.i > verb.i and w.lower_ == ","), None)
    if comma is None:
        return
    main = next(
        (
            w for w in sentence
            if w.i > comma.i and w.pos_ == "VERB" and _finite(w)
            and any(c.dep_ in ("nsubj", "nsubj:pass") and c.i > comma.i for c in w.children)
        ),
        None,
    )
    if main is None:
        return
    hoist_main_verb(main, verb)
    last = sentence[-1]
    if last.is_punct and last.head.i != main.i and last.head.i < main.i:
        last.head = main


def _after_quotation(verb: Token) -> bool:
    """Whether the words before a verb (and its auxiliaries) close a quotation: "« … », a dénoncé"."""
    first = min([verb] + [c for c in verb.children if c.dep_.startswith("aux")], key=lambda w: w.i)
    doc = verb.doc
    return first.i >= 2 and doc[first.i - 1].lower_ == "," and doc[first.i - 2].lower_ in ("»", '"', "”")


def _says_before(verb: Token, reporting_verbs: frozenset[str], incise_verbs: frozenset[str]) -> bool:
    """A verb of saying, or a verb of a speech act (``incise_verbs``) right after a quotation."""
    return verb.lemma_ in reporting_verbs or (verb.lemma_ in incise_verbs and _after_quotation(verb))


def inverted_reporting_subject(reporting_verbs: frozenset[str], verb: Token, incise_verbs: frozenset[str] = frozenset()) -> None:
    """"« Nous condamnons l'agression », a déclaré jeudi le chancelier allemand": a reporting verb
    put after the words reported, with its subject after it (inversion), read as a clause of the
    words reported, and its subject often as its object. The noun is the subject; the reporting
    verb is the root and the words reported its complement clause (whose "nous" is the speaker)."""
    said = verb.head
    if (
        not _says_before(verb, reporting_verbs, incise_verbs)
        or verb.dep_ not in ("parataxis", "conj", "ccomp", "advcl")
        or said.pos_ not in ("VERB", "ADJ", "NOUN")
        or said.dep_ != "ROOT"
        or said.i > verb.i
        or any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i for c in verb.children)
    ):
        return
    first = min([verb] + [c for c in verb.children if c.dep_.startswith("aux")], key=lambda w: w.i)
    doc = verb.doc
    if first.i == 0 or doc[first.i - 1].lower_ not in (",", "»", '"', "”"):
        return
    speaker = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None)
    if speaker is None:
        speaker = next(
            (
                c for c in verb.children
                if c.dep_ == "obj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")
                and not any(g.dep_ in ("case", "mark") for g in c.children)
            ),
            None,
        )
        # "a déclaré le ministre", with nothing said after the speaker but its own words, unless
        # the words reported close just before ("« … », a dénoncé mardi le ministre, après le tir …").
        if speaker is None or (not _after_quotation(verb) and any(c.i > speaker.i and not c.is_punct for c in verb.children)):
            return
        speaker.dep_ = "nsubj"
    verb.head = verb
    verb.dep_ = "ROOT"
    said.head = verb
    said.dep_ = "ccomp"
    for child in list(said.children):
        if child.is_punct and child.i > verb.i:
            child.head = verb


def said_clause_read_as_subject(reporting_verbs: frozenset[str], verb: Token, incise_verbs: frozenset[str] = frozenset()) -> None:
    """"Le président a téléphoné à son homologue, a indiqué la présidence": a reporting verb put
    after the words reported, at the root, with the clause reported read as its subject and its
    own subject after it as its object. The clause is its complement and the noun its subject."""
    if not _says_before(verb, reporting_verbs, incise_verbs) or verb.dep_ != "ROOT":
        return
    said = next(
        (
            c for c in verb.children
            # The words reported, closed by a quotation mark, may be read as an adjunct clause.
            if (c.dep_ == "nsubj" or (c.dep_ in ("advcl", "parataxis") and _after_quotation(verb))) and c.i < verb.i
            # "« C'est une violation de notre souveraineté », a dénoncé le gouvernement": a copula clause.
            and ((c.pos_ == "VERB" and _finite(c)) or any(g.dep_ == "cop" for g in c.children))
        ),
        None,
    )
    if said is None:
        return
    first = min([verb] + [c for c in verb.children if c.dep_.startswith("aux")], key=lambda w: w.i)
    if first.i == 0 or verb.doc[first.i - 1].lower_ != ",":
        return
    speaker = next(
        (
            c for c in verb.children
            if c.dep_ == "obj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")
            and not any(g.dep_ in ("case", "mark") for g in c.children)
        ),
        None,
    )
    if speaker is None:
        return
    said.dep_ = "ccomp"
    speaker.dep_ = "nsubj"


def participle_conjunct_read_on_object(participle: Token) -> None:
    """"La Chine a condamné l'exercice et exigé des excuses": a past participle coordinated with
    the verb before it (sharing its auxiliary and its subject) read as a conjunct of that verb's
    object. It is the verb's conjunct."""
    noun = participle.head
    if (
        participle.dep_ != "conj"
        or not has_feature(participle, "VerbForm", "Part")
        or not has_feature(participle, "Tense", "Past")
        or any(c.dep_.startswith(("aux", "nsubj")) for c in participle.children)
        or noun.pos_ not in ("NOUN", "PROPN")
        or not any(c.dep_ == "cc" and noun.i < c.i < participle.i for c in participle.children)
    ):
        return
    verb = noun.head
    if (
        noun.dep_ != "obj"
        or verb.pos_ != "VERB"
        # The participle takes an object of its own ("et exigé des excuses"), not a noun's modifier.
        or not any(c.dep_ in ("obj", "xcomp", "ccomp") and c.i > participle.i for c in participle.children)
        or verb.i >= noun.i
        or not has_feature(verb, "VerbForm", "Part")
        or not any(c.dep_.startswith("aux") for c in verb.children)
    ):
        return
    participle.head = verb


def _compound_tense_participle(token: Token) -> bool:
    return has_feature(token, "VerbForm", "Part") and any(c.dep_.startswith("aux") for c in token.children)


def participle_conjunct_read_below_verb(participle: Token) -> None:
    """"Le Niger a reproché à Paris l'arrestation de son ministre, Ali Sani, et exigé/conj>Sani sa
    libération", "le pape a conjuré Poutine de mettre fin à … et appelé/conj>mettre Zelensky à …": a past
    participle with no auxiliary and no subject of its own, after "et", read as a conjunct of a word
    inside the complement of a verb in a compound tense (a noun, an apposition, an infinitive). It
    shares that verb's auxiliary and subject: it is the verb's conjunct. Only when it takes a
    complement of its own (an object, a clause), as a verb does; a "que" clause right after it that
    the parser hung on the noun is that complement ("a rappelé son envoyé et exigé que …")."""
    head = participle.head
    if (
        participle.dep_ != "conj"
        or participle.pos_ != "VERB"
        or not has_feature(participle, "VerbForm", "Part")
        or not has_feature(participle, "Tense", "Past")
        or any(c.dep_.startswith(("aux", "nsubj")) for c in participle.children)
        or head.i >= participle.i
        or head.pos_ == "ADJ"
        or has_feature(head, "VerbForm", "Part")
        or not any(c.dep_ == "cc" and c.lower_ == "et" and head.i < c.i < participle.i for c in participle.children)
    ):
        return
    clause = _que_clause_read_on_noun(participle)
    if clause is None and not any(c.dep_ in ("obj", "xcomp", "ccomp") and c.i > participle.i for c in participle.children):
        return
    verb = head.head
    while verb.i != verb.head.i and not (verb.pos_ == "VERB" and _compound_tense_participle(verb)):
        verb = verb.head
    if verb.i >= head.i or verb.pos_ != "VERB" or not _compound_tense_participle(verb):
        return
    if not any(c.dep_.startswith("nsubj") for c in verb.children):
        return
    participle.head = verb
    if clause is not None:
        clause.head = participle
        clause.dep_ = "ccomp"


def _que_clause_read_on_noun(participle: Token) -> Token | None:
    """"et exigé que Vilnius rappelle/acl:relcl>ambassadeur le sien": the "que" clause right after
    the participle, hung on the noun before it as a relative clause; it is the participle's
    complement (a relative "que" has no subject-verb clause of its own after a verb)."""
    doc = participle.doc
    if participle.i + 1 >= len(doc) or doc[participle.i + 1].lower_ not in QUE_FORMS or doc[participle.i + 1].pos_ != "SCONJ":
        return None
    clause = doc[participle.i + 1].head
    if clause.pos_ != "VERB" or clause.head.i != participle.head.i or clause.dep_ not in ("acl:relcl", "acl"):
        return None
    return clause if any(c.dep_ == "nsubj" and c.i < clause.i for c in clause.children) else None


def second_side_read_on_noun(grammar: _Grammar, member: Token) -> None:
    """"les négociations entre Israël et le Hamas": the second side after "entre … et" read as a
    conjunct of the noun the "entre" phrase hangs on. It is a conjunct of the first side."""
    noun = member.head
    if member.dep_ != "conj" or member.pos_ not in ("NOUN", "PROPN") or grammar.case_word(member) is not None:
        return
    cc = next((c for c in member.children if c.dep_ == "cc" and c.i < member.i), None)
    if cc is None:
        return
    first = next(
        (
            c for c in noun.children
            if c.dep_ in ("nmod", "obl", "obl:mod", "obl:arg") and noun.i < c.i < cc.i
            and (case := grammar.case_word(c)) is not None and case.lower_ == "entre"
        ),
        None,
    )
    # Only the first side's own words stand between it and "et".
    if first is None or any(w.head.i != first.i and w.head.head.i != first.i for w in member.doc[first.i + 1 : cc.i]):
        return
    member.head = first


# The contracted articles of a partitive or indefinite plural object ("des canons", "du carburant").
_PARTITIVE_CASES = {"des", "du"}
_DATIVE_CASES = {"à", "au", "aux"}


def given_thing_read_on_receiver(grammar: _Grammar, verb: Token, giving_verbs: frozenset[str]) -> None:
    """"La France a livré à l'Ukraine des canons Caesar": the receiver told before the thing given,
    whose partitive article the parser reads as the preposition "de" of a complement of the
    receiver ("l'Ukraine des canons"). When the verb of giving has no object, that complement is
    it, and its "des" an article."""
    if verb.lemma_ not in giving_verbs or any(c.dep_ in ("obj", "nsubj:pass") for c in verb.children):
        return
    for receiver in verb.children:
        case = grammar.case_word(receiver)
        if receiver.i < verb.i or case is None or case.lower_ not in _DATIVE_CASES:
            continue
        for thing in list(receiver.children):
            article = grammar.case_word(thing)
            if thing.dep_ != "nmod" or thing.i < receiver.i or thing.pos_ != "NOUN" or article is None or article.lower_ not in _PARTITIVE_CASES:
                continue
            thing.head = verb
            thing.dep_ = "obj"
            article.dep_ = "det"
            return


# Adjectives a verb predicates of its object ("juger X responsable", "déclarer X coupable").
OBJECT_PREDICATES = {"responsable", "responsables", "coupable", "coupables"}


def object_predicate_read_on_object(adjective: Token) -> None:
    """"L'ONU a jugé l'armée birmane responsable des massacres", "a déclaré l'ancien ministre
    coupable": the adjective the verb says of its object, read as the object's modifier. It is
    the verb's (its predicate: "juger responsable", "déclarer coupable"), its complement with it."""
    noun = adjective.head
    if adjective.lower_ not in OBJECT_PREDICATES or adjective.dep_ != "amod" or adjective.i < noun.i:
        return
    verb = noun.head
    if noun.dep_ != "obj" or verb.pos_ != "VERB" or verb.i > noun.i:
        return
    adjective.head = verb
    adjective.dep_ = "xcomp"


def object_missing_before_infinitive(verb: Token, profile: LanguageProfile) -> bool:
    """"ses relations avec le Soudan, qu'il soupçonne d'armer …": a verb that takes an object before its
    infinitive ("soupçonner X de", "appeler X à"), with the infinitive and no object, under a verb
    that reports no speech: the "que" before it, tagged a conjunction, is that object, a relative
    pronoun (a completive "que" would leave the verb without the object it needs)."""
    if verb.lemma_ not in profile.object_control_verbs | profile.alleging_verbs:
        return False
    if verb.head.lemma_ in profile.reporting_verbs or not any(c.dep_ == "xcomp" for c in verb.children):
        return False
    return not any(c.dep_ in ("obj", "iobj") for c in verb.children)


def relative_que_read_as_conjunction(pronoun: Token) -> None:
    """"une résolution que Moscou a aussitôt condamnée", "l'offensive que la Russie a lancée": the
    relative "que" right after its noun, its clause hung on the noun as a participle (acl), the
    "que" tagged a conjunction (no PronType=Rel) or already the clause's object. When the clause has
    a subject of its own between "que" and the verb, a tense auxiliary "avoir" and no other object,
    the "que" is its object: a relative pronoun, and the clause a relative clause on the noun.
    A completive "que" after a noun ("l'annonce que Moscou a retiré ses troupes") keeps its clause's
    own object and is left alone."""
    verb = pronoun.head
    if pronoun.lower_ not in QUE_FORMS or pronoun.dep_ not in ("mark", "obj"):
        return
    if verb.pos_ != "VERB" or verb.dep_ != "acl" or verb.i < pronoun.i:
        return
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i > pronoun.i or any(t.pos_ in ("VERB", "AUX") for t in noun.doc[noun.i + 1 : pronoun.i]):
        return
    children = list(verb.children)
    if not any(c.dep_ == "nsubj" and pronoun.i < c.i < verb.i for c in children):
        return
    if not any(c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in children):
        return
    if any(c.dep_ in ("obj", "ccomp", "xcomp") and c.i != pronoun.i for c in children):
        return
    pronoun.pos_ = "PRON"
    pronoun.set_morph("PronType=Rel")
    pronoun.dep_ = "obj"
    verb.dep_ = "acl:relcl"


def _name_read_as_pronoun(token: Token) -> bool:
    """A capitalised word tagged a pronoun that the entity recogniser reads as a name ("Oslo")."""
    return token.pos_ == "PRON" and token.text[:1].isupper() and bool(token.ent_type_) and token.i > token.sent.start


def verb_read_as_conjunct(token: Token) -> None:
    """"Lula et Olaf Scholz se sont rencontrés": two coordinated names before a verb read
    as a first name that is the root, the verb its conjunct and the second name a modifier of
    the verb. The verb is the root; the names are its coordinated subject."""
    noun = token.head
    if (
        token.dep_ != "conj"
        or token.pos_ != "VERB"
        or noun.dep_ != "ROOT"
        or noun.pos_ not in ("NOUN", "PROPN")
        or noun.i >= token.i
        or not (
            has_feature(token, "VerbForm", "Fin")
            or any(c.dep_.startswith("aux") and has_feature(c, "VerbForm", "Fin") for c in token.children)
        )
    ):
        return
    cc = next((c for c in token.children if c.dep_ == "cc" and noun.i < c.i < token.i), None)
    # A subject of its own other than the second name ("Tokyo et Séoul sont parvenus") is a clause.
    if cc is None or any(c.dep_.startswith("nsubj") and not cc.i < c.i < token.i for c in token.children):
        return
    # The second conjunct: the first name or noun after "et", hung on the verb (a name may be
    # tagged a pronoun: "Madrid, Dublin et Oslo/PRON ont reconnu").
    second = next(
        (c for c in token.children if cc.i < c.i < token.i and (c.pos_ in ("NOUN", "PROPN") or _name_read_as_pronoun(c)) and c.dep_ not in ("obj", "iobj")),
        None,
    )
    # Only the second conjunct's words, pronouns and auxiliaries stand between "et" and the verb.
    if second is None or any(
        w.head.i not in (second.i, token.i) and w.head.head.i != second.i for w in token.doc[cc.i + 1 : token.i]
    ):
        return
    token.head = token
    token.dep_ = "ROOT"
    noun.head = token
    noun.dep_ = "nsubj"
    second.head = noun
    second.dep_ = "conj"
    if second.pos_ == "PRON":
        second.pos_ = "PROPN"
    cc.head = second
    for child in list(noun.children):
        if child.dep_ == "punct" and child.i > token.i:
            child.head = token


# Labels of the words after an idiom's bare noun that tell the act's time, place or manner: the verb's.
IDIOM_ADJUNCT_LABELS = frozenset({"obl", "obl:mod", "obl:arg", "advcl", "advmod", "punct"})


def light_verb_read_under_its_noun(verb: Token, time_words: set[str]) -> None:
    """"Des gendarmes ont fait irruption lundi soir au siège du parti": the verb of an idiom
    with a bare noun ("faire irruption"), in a compound tense with its subject, read as a dependent
    of that noun, the noun the sentence's root. The verb is the root and the noun its object; the
    adjuncts the parser hung on the noun after it, and the time words it read as the noun's
    modifiers, are the verb's."""
    noun = verb.head
    if verb.pos_ != "VERB" or verb.dep_ != "dep" or noun.dep_ != "ROOT" or noun.pos_ != "NOUN" or noun.i != verb.i + 1:
        return
    if not _finite(verb) or not _has_subject(verb) or any(c.dep_ in ("det", "nummod", "case") for c in noun.children):
        return
    noun.head = verb
    noun.dep_ = "obj"
    verb.head = verb
    verb.dep_ = "ROOT"
    for child in list(noun.children):
        if child.i <= noun.i:
            continue
        if child.dep_ in IDIOM_ADJUNCT_LABELS:
            child.head = verb
        elif child.dep_ == "nmod" and child.lower_ in time_words and not any(c.dep_ == "case" for c in child.children):
            child.head = verb
            child.dep_ = "obl:mod"
