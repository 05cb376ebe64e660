"""Whom a warning is aimed at, when what it warns of is another's act of force.

"Iran will respond decisively to any Israeli attack on its territory, Salami warned", "the junta
warned that any military intervention by West African states would be met with a response",
"a averti que toute attaque contre son territoire entraînerait une riposte": a threat told by its
content clause is made to whoever would do the act of force that clause names (its own actor, as
"condamner l'invasion russe" targets Russia).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from .frames import ParagraphFrames

# Roots of acts of force and coercion a warning may be about (show of force to mass violence).
COERCION_ROOTS = {"15", "16", "17", "18", "19", "20"}
# The root of protests: one warned of ("que tout rassemblement non déclaré serait dispersé") is
# made to the people who would protest.
PROTEST_ROOT = "14"


def acts_warned_of(frames: ParagraphFrames, verb: Token, roots: set[str] = COERCION_ROOTS) -> list[Token]:
    """Event nouns of ``roots`` in the content clause of ``verb``, short of a clause below it."""
    found: list[Token] = []
    for clause in verb.children:
        if frames.grammar.clause_link(clause) != "ccomp" or clause.pos_ not in ("VERB", "AUX"):
            continue
        queue = list(clause.children)
        while queue:
            token = queue.pop(0)
            if token.pos_ in ("VERB", "AUX") and frames.grammar.clause_link(token) is not None:
                continue
            pattern = frames.pattern_of(token) if token.pos_ == "NOUN" else None
            if pattern is not None and pattern.code[:2] in roots:
                found.append(token)
            queue.extend(token.children)
    return found


def protests_warned_of(frames: ParagraphFrames, verb: Token) -> list[Token]:
    """Protest nouns no actor does in the content clause of ``verb``: "a averti que toute marche
    non autorisée serait dispersée", "warned that any unauthorised protest would be broken up"."""
    return [n for n in acts_warned_of(frames, verb, {PROTEST_ROOT}) if not frames.actors_of(n)]
