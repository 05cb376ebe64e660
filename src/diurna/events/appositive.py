"""Sides coordinated after an office holder's name: "Thai Prime Minister Phumtham Wechayachai and
Cambodian Prime Minister Hun Manet met": the parser may hang the second office holder on the
first one's name (an appositive of the office), not on the office the first mention is headed
by, so the coordination is not seen from the mention. Each member found there is a side of its
own, as "France and Germany" are.
"""

from __future__ import annotations

from typing import Callable, Iterator

from spacy.tokens import Token

from ..grammar import conjuncts
from ..records import ActorMention

# Links from an office to the name of who holds it ("Prime Minister/appos Phumtham", "le président,
# Paul/appos Kagame") and inside that name ("Paul/flat:name Kagame").
NAME_LINKS = frozenset({"appos", "flat", "flat:name"})
# Links from a coordinated name to the office words before it ("Cambodian Prime Minister/compound
# Hun Manet"), where the second side's mention is.
TITLE_LINKS = frozenset({"compound", "amod", "nmod"})
# How many names deep the appositives are followed ("Thai → Prime Minister → Phumtham").
MAX_NAME_DEPTH = 3


def _names_of(token: Token, inside: Callable[[Token], bool]) -> Iterator[Token]:
    """The name words an office word is told with, through appositives outside its mention."""
    frontier = [token]
    for _ in range(MAX_NAME_DEPTH):
        following: list[Token] = []
        for word in frontier:
            for child in word.children:
                if child.dep_ in NAME_LINKS and child.i > word.i:
                    following.append(child)
        for word in following:
            if not inside(word):
                yield word
        frontier = following
        if not frontier:
            return


def appositive_partners(
    mention: ActorMention, span_tokens: list[Token], mention_at: dict[int, ActorMention]
) -> list[ActorMention]:
    """Office holders coordinated with the name told after ``mention`` (an office or a person's
    title), each with a mention of its own that is no part of ``mention``."""
    if mention.actor.sector is None:
        return []
    first, last = span_tokens[0].i, span_tokens[-1].i

    def inside(word: Token) -> bool:
        return first <= word.i <= last

    found: list[ActorMention] = []
    for word in span_tokens:
        for name in _names_of(word, inside):
            for member in list(conjuncts(name))[1:]:
                other = mention_at.get(member.i)
                if other is None or other.head != member.i:
                    # "Cambodian Prime Minister/compound Hun Manet": the mention is the title before the name.
                    other = next(
                        (mention_at[c.i] for c in member.children if c.dep_ in TITLE_LINKS and c.i in mention_at and mention_at[c.i].head == c.i),
                        None,
                    )
                if other is None or other is mention or other in found:
                    continue
                if other.actor.sector == mention.actor.sector and other.actor.key != mention.actor.key:
                    found.append(other)
    return found


__all__ = ["appositive_partners"]
