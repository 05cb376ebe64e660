"""English repair of an adjective read as a verb coordinated with the verb before it ("fired tear
gas and live/VERB/conj ammunition/dobj at protesters"): called by ``EnglishGrammar.repair``
(en_core_web_sm's ClearNLP labels)."""

from __future__ import annotations

from spacy.tokens import Token

# Links of a clause's own subject: a verb with one is a verb.
SUBJECT_LINKS = frozenset({"nsubj", "nsubjpass", "expl"})


def adjective_read_as_coordinated_verb(word: Token, adjectives: frozenset[str]) -> None:
    """"Police fired tear gas and live/conj ammunition/dobj at protesters/pobj>at>live": the
    parser makes the adjective a second verb with the noun after it as its object, and hangs the
    phrases that follow on it, so the first verb loses its target ("fire tear gas at"). An
    adjective of the list right before its "object", after "and" that follows the first verb's
    object, with no subject of its own, modifies that noun: the noun is a second object of the
    first verb, and the phrases are the first verb's."""
    if word.lower_ not in adjectives or word.pos_ != "VERB" or word.dep_ != "conj" or word.head.pos_ != "VERB":
        return
    verb, doc = word.head, word.doc
    if word.i < 2 or word.i + 1 >= len(doc) or any(c.dep_ in SUBJECT_LINKS for c in word.children):
        return
    nouns = [c for c in word.children if c.dep_ == "dobj" and c.i == word.i + 1 and c.pos_ == "NOUN"]
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < word.i]
    conjunction = doc[word.i - 1]
    if len(nouns) != 1 or len(objects) != 1 or conjunction.dep_ != "cc" or objects[0].right_edge.i != word.i - 2:
        return
    noun, first = nouns[0], objects[0]
    for child in [c for c in word.children if c.i != noun.i]:
        child.head = verb  # "at protesters", "on Thursday": the act's
    if conjunction.head.i == verb.i:
        conjunction.head = first
    noun.head = first
    noun.dep_ = "conj"
    word.head = noun
    word.dep_ = "amod"
    word.pos_ = "ADJ"
    word.tag_ = "JJ"
    word.lemma_ = word.lower_
