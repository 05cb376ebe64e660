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
    after a relative clause set off by commas, the parser may make the subject the sentence's root
    and hang the main verb on it as a participle. A past verb after the closing comma, with no
    subject, auxiliary or by-phrase of its own, on a root noun that also has that relative clause,
    is the sentence's verb: it heads the sentence, the noun is its subject, and the words after it
    the noun held (the final stop) are the verb's."""
    if verb.dep_ != "acl" or verb.pos_ != "VERB" or verb.tag_ not in PAST_TAGS or verb.i == 0:
        return
    noun = verb.head
    if noun.dep_ != "ROOT" or noun.pos_ not in NOMINAL_POS or noun.i > verb.i:
        return
    if verb.doc[verb.i - 1].text != ",":
        return
    if not any(c.dep_ == "relcl" and noun.i < c.i < verb.i for c in noun.children):
        return
    if any(c.dep_ in OWN_CLAUSE_LINKS for c in verb.children):
        return
    verb.head = verb
    verb.dep_ = "ROOT"
    verb.tag_ = "VBD"
    verb.set_morph("Tense=Past|VerbForm=Fin")
    for child in list(noun.children):
        if child.i > verb.i:
            child.head = verb
    noun.head = verb
    noun.dep_ = "nsubj"
