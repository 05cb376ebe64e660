"""English repairs of a sentence's main verb the parser hangs on its subject: called by
``EnglishGrammar.repair`` (en_core_web_sm's ClearNLP labels)."""

from __future__ import annotations

from spacy.tokens import Token

NOMINAL_POS = frozenset({"NOUN", "PROPN"})
# Tags of a past verb the parser may read as a participle on a noun ("called/VBN").
PAST_TAGS = frozenset({"VBN", "VBD"})
# Links a participle on a noun may have and a main verb after its subject has not: its own
# subject, auxiliaries, a by-phrase ("Troops, backed by tanks, stormed …").
OWN_CLAUSE_LINKS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "agent"})


def main_verb_read_as_modifier_of_subject(verb: Token) -> None:
    """"Mexico and Uruguay, which have refused to take sides, called/VBN/acl>Mexico on Venezuela …":
    after a relative clause set off by commas, or a name in apposition when the verb has a direct
    object ("Kenya's foreign minister, Musalia Mudavadi, received/acl the envoy"), the parser may
    make the subject the sentence's root and hang the main verb on it as a participle. A past verb
    after the closing comma, with no subject, auxiliary or by-phrase of its own, on a root noun that
    also has that relative clause or apposition, is the sentence's verb: it heads the sentence, the
    noun is its subject, and the words after it the noun held (the final stop) are the verb's.

    So is such a verb when a reporting clause closes the sentence and the parser made the noun a
    second subject (or a loose dependent) of the reporting verb ("Nigeria's president, Bola Tinubu, spoke/acl by phone with
    …, the presidency/nsubj said"): the verb is what was reported, and the noun its subject."""
    if verb.dep_ != "acl" or verb.pos_ != "VERB" or verb.tag_ not in PAST_TAGS or verb.i == 0:
        return
    noun = verb.head
    if noun.pos_ not in NOMINAL_POS or noun.i > verb.i or verb.doc[verb.i - 1].text != ",":
        return
    between = [c for c in noun.children if noun.i < c.i < verb.i]
    relative = any(c.dep_ == "relcl" for c in between)
    apposition = any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in between)
    if noun.dep_ == "ROOT":
        # After a name in apposition, a past verb that takes a direct object is active: no
        # participle on the noun ("the president, elected in 2015, …" has none).
        if not (relative or apposition and any(c.dep_ == "dobj" for c in verb.children)):
            return
        if any(c.dep_ in OWN_CLAUSE_LINKS for c in verb.children):
            return
        verb.head = verb
        verb.dep_ = "ROOT"
    else:
        reporter = noun.head
        if noun.dep_ not in ("nsubj", "dep") or reporter.pos_ != "VERB" or reporter.i < verb.i or not (relative or apposition):
            return
        if not any(c.dep_ == "nsubj" and verb.i < c.i < reporter.i for c in reporter.children):
            return
        # A bare "by" noun is the means ("by phone"), not the agent of a participle.
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
            return
        verb.head = reporter
        verb.dep_ = "ccomp"
    verb.tag_ = "VBD"
    verb.set_morph("Tense=Past|VerbForm=Fin")
    for child in list(noun.children):
        if child.i > verb.i:
            child.head = verb
    noun.head = verb
    noun.dep_ = "nsubj"


def subject_read_inside_participle(participle: Token) -> None:
    """"West African leaders/nsubj>meeting meeting/csubj in Abuja gave the junta …" (or meeting/nsubj):
    the parser reads a participle on the subject as a clause subject with the noun as its own subject, so the main verb
    has no subject. A verb's subject is never a participle with a subject of its own before it and no
    auxiliary: the noun is the verb's subject and the participle a modifier of it."""
    if participle.dep_ not in ("csubj", "nsubj") or participle.tag_ != "VBG" or participle.head.pos_ not in ("VERB", "AUX"):
        return
    verb = participle.head
    if verb.i < participle.i or any(c.dep_ in ("nsubj", "nsubjpass") and c.i != participle.i for c in verb.children):
        return
    if any(c.dep_ in ("aux", "auxpass", "mark") for c in participle.children):
        return
    subjects = [c for c in participle.children if c.dep_ == "nsubj" and c.i < participle.i and c.pos_ in NOMINAL_POS]
    if len(subjects) != 1 or subjects[0].right_edge.i + 1 != participle.i:
        return
    subject = subjects[0]
    subject.head = verb
    subject.dep_ = "nsubj"
    participle.head = subject
    participle.dep_ = "acl"
