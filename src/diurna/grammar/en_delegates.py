"""English repair of the people sent by coordinated sides named before them ("Negotiators from the
government and the ELN resumed talks"): called by ``EnglishGrammar.repair`` (en_core_web_sm's
ClearNLP labels). Where the parse is left as it is (a verb that is no clause's head, French),
events/represented.py reads the sides under the delegates' mention instead."""

from __future__ import annotations

from spacy.tokens import Token

from .en_partitives import raise_phrase_object

# Links of a verb's subject: where the delegates stand for the sides that sent them.
SUBJECT_LINKS = frozenset({"nsubj", "nsubjpass"})
# Prepositions naming whom delegates act for ("negotiators from", "representatives of", "envoys for").
SENDER_PREPOSITIONS = frozenset({"from", "of", "for"})
# Words that can head a side: a noun phrase or a name.
SIDE_POS = frozenset({"NOUN", "PROPN"})


def sides_read_inside_delegates(word: Token, delegate_nouns: frozenset[str]) -> None:
    """"Negotiators/nsubj from the government/pobj and the ELN/conj resumed talks": the parser makes
    the delegates the subject and hangs the sides that sent them in a phrase below it, so the act is
    read as one side's, with no counterpart. Delegates of two or more coordinated sides act for
    them: the coordinated sides become the subject (as in "the government and the ELN resumed
    talks") and the delegate noun their modifier. One side alone is left as it is ("negotiators from
    Colombia" already names Colombia)."""
    if word.dep_ not in SUBJECT_LINKS or word.lemma_.lower() not in delegate_nouns or word.head.pos_ not in ("VERB", "AUX"):
        return
    phrases = [c for c in word.children if c.dep_ == "prep" and c.lower_ in SENDER_PREPOSITIONS and c.i == word.i + 1]
    if len(phrases) != 1:
        return
    sides = [c for c in phrases[0].children if c.dep_ == "pobj" and c.pos_ in SIDE_POS]
    if len(sides) != 1 or not any(c.dep_ == "conj" for c in sides[0].children):
        return
    raise_phrase_object(word, sides[0], "nmod")
