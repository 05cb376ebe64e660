"""Phrases on a trigger that are never words of its expression: a preposition that only dates
the act ("fired … on Sunday" is no "fire on") and an attribution ("according to the UN")."""

from __future__ import annotations

from spacy.tokens import Token

# Named-entity labels of time expressions: a preposition that only dates the act ("fired … on
# Sunday") does not complete an expression ("fire on": fire at someone).
TIME_ENTITIES = frozenset({"DATE", "TIME"})


def is_time_phrase(token: Token) -> bool:
    """Whether a preposition's objects are all time expressions ("on Sunday", "in March")."""
    if token.pos_ != "ADP":
        return False
    objects = [c for c in token.children if c.dep_ in ("pobj", "obj")]
    return bool(objects) and all(o.ent_type_ in TIME_ENTITIES for o in objects)


def is_attribution(token: Token, prepositions: frozenset[str]) -> bool:
    """Whether a dependent is an attribution phrase ("selon une ONG", "d'après l'ONU", "according to
    the UN"): who reports the act, never a word of its expression."""
    if token.lower_ in prepositions:
        return True
    doc = token.doc
    for case in token.children:
        if case.dep_ not in ("case", "fixed", "mark", "prep"):
            continue
        word = case.lower_
        if word in prepositions:
            return True
        # "d'après" comes as two tokens, the second hung on the first or on the noun.
        before = doc[case.i - 1].lower_ if case.i > 0 else ""
        if before + word in prepositions or any(word + f.lower_ in prepositions for f in case.children):
            return True
    return False
