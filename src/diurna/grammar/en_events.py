"""English repairs of the nouns that name an event as the subject of a clause ("Fighting between
Israel and Hamas raged", "Fighting raged between ..."): called by ``EnglishGrammar.repair``
(en_core_web_sm's ClearNLP labels)."""

from __future__ import annotations

from spacy.tokens import Token

# Links of a subject.
SUBJECT_LINKS = {"nsubj", "nsubjpass"}
# Links a verb's own argument or clause takes: a gerund with one of them is a verb ("Fighting
# Russia costs money", "Negotiating would take years"), not the name of an event.
VERB_ARGUMENT_LINKS = {"dobj", "dative", "nsubj", "nsubjpass", "ccomp", "xcomp", "aux", "auxpass", "neg", "prt", "attr", "oprd", "acomp"}
# Links of the words a noun takes before it ("heavy fighting", "the shelling").
NOUN_MODIFIER_LINKS = {"amod", "det", "compound", "poss", "nmod", "nummod"}
# The preposition that names the two sides of an event ("fighting between the army and the rebels").
SIDES_PREPOSITION = "between"
# Entity types of the bounds of a span, never two sides ("rose between 2020 and 2022").
SPAN_BOUND_TYPES = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL"})


def gerund_subject_read_as_noun(word: Token) -> None:
    """"Fighting/VBG/nsubj between Israel and Hamas raged": a gerund heading a subject with no
    argument of its own (no object, no subject, no auxiliary), only phrases after it, is the noun
    that names the event ("fighting", as in "heavy fighting/NN between ..."), so that the event
    nouns of the patterns find it."""
    if word.tag_ != "VBG" or word.dep_ not in SUBJECT_LINKS or word.head.i <= word.i:
        return
    if any(c.dep_ in VERB_ARGUMENT_LINKS for c in word.children):
        return
    if any(c.i < word.i and c.dep_ not in NOUN_MODIFIER_LINKS for c in word.children):
        return
    word.pos_ = "NOUN"
    word.tag_ = "NN"
    word.lemma_ = word.lower_


def sides_read_on_verb(verb: Token) -> None:
    """"Fighting raged between/prep>raged the army and the RSF", "Clashes broke out between
    Indian and Chinese troops": on a verb with no object, a "between" phrase naming two sides (a
    coordination, or a plural) says between whom its subject, an event noun, took place; it is
    the noun's, as in "fighting between the army and the RSF raged"."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "dative", "attr", "ccomp", "xcomp") for c in verb.children):
        return
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_LINKS and c.i < verb.i and c.pos_ == "NOUN"]
    if len(subjects) != 1 or any(c.dep_ == "prep" and c.lower_ == SIDES_PREPOSITION for c in subjects[0].children):
        return
    for phrase in [c for c in verb.children if c.dep_ == "prep" and c.lower_ == SIDES_PREPOSITION and c.i > verb.i]:
        sides = [c for c in phrase.children if c.dep_ == "pobj"]
        if len(sides) != 1 or sides[0].ent_type_ in SPAN_BOUND_TYPES or sides[0].pos_ == "NUM":
            continue
        if any(c.dep_ == "conj" for c in sides[0].children) or sides[0].tag_ in ("NNS", "NNPS"):
            phrase.head = subjects[0]
            return
