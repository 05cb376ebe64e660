"""Which noun a country word belongs to, when several nouns could take it.

- *Nearest noun*: a country word belongs to the nearest noun above it. "Selon l'armée
  thaïlandaise, des soldats cambodgiens …" and "le ministre russe des Affaires étrangères, le
  président sud-africain": the parser hangs the second noun on the first, and the first would take
  both country words; it keeps its own ("thaïlandaise", "russe") and leaves the second noun's
  ("cambodgiens", "sud-africain") to that noun. A noun with no country word of its own still takes
  one through another noun: "soldiers of the Malian army" are Mali's (``nearest_countries``). A
  country word before a noun that modifies another ("a Nicaraguan opposition journalist") is both
  nouns' (``shared_modifier``).
"""

from __future__ import annotations

from typing import Protocol, Sequence, TypeVar

from spacy.tokens import Doc, Token

from .lexicon import COUNTRY_ADJECTIVE, COUNTRY_NAME, COUNTRY_PEOPLE, COUNTRY_SEAT, COUNTRY_SHARED

# Atoms that name a country as a qualifier.
COUNTRY_KINDS = frozenset({COUNTRY_NAME, COUNTRY_ADJECTIVE, COUNTRY_PEOPLE, COUNTRY_SEAT, COUNTRY_SHARED})
# How far up a head chain a qualifier is followed: as for qualifiers in ``mentions``.
CHAIN_LIMIT = 4


class _Qualifier(Protocol):
    kind: str
    head: int


Q = TypeVar("Q", bound=_Qualifier)


def passes_noun(doc: Doc, token: Token, ancestor: Token, nominal_heads: frozenset[int]) -> bool:
    """Whether the head chain from ``token`` up to ``ancestor`` passes through the head of another
    noun (``nominal_heads``), neither of the two ends."""
    current = token
    for _ in range(CHAIN_LIMIT + 1):
        if current.i == ancestor.i or current.head.i == current.i:
            return False
        current = current.head
        if current.i != ancestor.i and current.i in nominal_heads:
            return True
    return False


def nearest_countries(doc: Doc, head: Token, found: Sequence[tuple[Q, bool]], nominal_heads: frozenset[int]) -> list[Q]:
    """The qualifiers ``found`` for the noun headed by ``head`` (each with whether it is an adjective
    written right beside the noun) without the country words another noun stands between, when the
    noun has a country word of its own."""
    through = [
        q for q, beside in found
        if q.kind in COUNTRY_KINDS and not beside and passes_noun(doc, doc[q.head], head, nominal_heads)
    ]
    own = [q for q, _ in found if q.kind in COUNTRY_KINDS and all(q is not t for t in through)]
    if not own:
        return [q for q, _ in found]
    return [q for q, _ in found if all(q is not t for t in through)]


def shared_modifier(doc: Doc, head: Token, qualifier: Token, nominal_heads: frozenset[int]) -> bool:
    """Whether a qualifier of the noun headed by ``head`` hangs on another noun that this one
    modifies: in "a Nicaraguan opposition journalist", "Nicaraguan" qualifies "opposition" and is
    also the journalist's."""
    owner = qualifier.head
    return (
        owner.i != head.i
        and owner.i in nominal_heads
        and head.dep_ in ("compound", "amod", "nmod")
        and head.head.i == owner.i
        and qualifier.i < head.i
    )
