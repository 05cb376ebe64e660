"""English repair of a verb inside a name read as the sentence's verb ("The Committee to Protect/ROOT
Journalists demanded/ccomp …"): called by ``EnglishGrammar.repair`` (en_core_web_sm's ClearNLP
labels, its named entities)."""

from __future__ import annotations

from spacy.tokens import Doc

# Entity types of names that can hold a verb ("Committee to Protect Journalists", "Campaign to Stop
# Killer Robots").
NAMED_BODY_TYPES = frozenset({"ORG"})
# Tags of a finite verb: the one that can head the sentence after the name.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def verb_inside_name_read_as_head(doc: Doc) -> None:
    """"The Committee/nsubj to Protect/ROOT Journalists demanded/ccomp that …": the parser makes the
    infinitive inside an organisation's name the verb of the sentence, with the name's first noun as
    its subject and the finite verb after the name as its complement. A name is a noun phrase: the
    finite verb after it heads the clause, the name's head noun is its subject and the infinitive
    modifies that noun, as in "a committee to protect journalists"."""
    for entity in doc.ents:
        if entity.label_ not in NAMED_BODY_TYPES or len(entity) < 4:
            continue
        inner = [t for t in entity if t.pos_ == "VERB" and t.tag_ == "VB" and (t.head.i == t.i or not entity.start <= t.head.i < entity.end)]
        if len(inner) != 1:
            continue
        verb = inner[0]
        nouns = [c for c in verb.children if c.dep_ == "nsubj" and entity.start <= c.i < verb.i]
        finite = [c for c in verb.children if c.i >= entity.end and c.tag_ in FINITE_TAGS and c.dep_ in ("ccomp", "conj", "dep")]
        if len(nouns) != 1 or len(finite) != 1 or any(c.dep_ in ("nsubj", "nsubjpass") for c in finite[0].children):
            continue
        noun, main = nouns[0], finite[0]
        outside = [c for c in verb.children if c.i >= entity.end and c.i != main.i]
        if verb.head.i == verb.i:
            main.head, main.dep_ = main, "ROOT"
        else:
            main.head, main.dep_ = verb.head, verb.dep_
        noun.head, noun.dep_ = main, "nsubj"
        verb.head, verb.dep_ = noun, "acl"
        for child in outside:
            child.head = main
