"""Whom an inquiry is aimed at when what it looks into names its party further down.

"Le parquet a ouvert une enquête sur des soupçons de corruption visant le président gabonais",
"prosecutors opened an investigation into the financing of the Gabonese president's campaign":
an inquiry whose complement names no actor of its own is aimed at the first actor named inside
that complement (through nouns and participles, not through a clause with its own subject),
other than the inquirer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from .frames import ParagraphFrames

# How deep inside the complement the party may be named.
MAX_DEPTH = 4


def party_inside(
    frames: ParagraphFrames, noun: Token, slots: tuple[str, ...], support: Token | None, own: set[str | None]
) -> list[Token]:
    """The first word naming an actor (not ``own``) inside the complements an inquiry noun (or the
    light verb carrying it: "opened an inquiry into …") has in its target ``slots``, breadth first."""
    frontier: list[Token] = []
    for slot in slots:
        found = frames.fillers(noun, slot)
        if not found and support is not None:
            found = [f for f in frames.fillers(support, slot) if f.i != noun.i]
        frontier += found
    for _ in range(MAX_DEPTH):
        below: list[Token] = []
        for token in frontier:
            mention = frames.mention_at.get(token.i)
            if mention is not None and mention.actor.key and mention.actor.key not in own and mention.actor.how != "domestic":
                return [token]
            for child in token.children:
                if child.pos_ in ("VERB", "AUX") and (frames.grammar.clause_link(child) != "acl" or frames.fillers(child, "subj")):
                    continue  # a clause of its own ("… where the army says …"), not the matter looked into
                below.append(child)
        frontier = below
    return []
