"""Whom a retreat or a surrender gives ground to: the other side of the force told beside it.

"Rebels took control of the city as government soldiers laid down their arms", "M23 fighters
seized the town after Congolese soldiers surrendered": a demobilisation or surrender (CAMEO 0873,
0874) whose frame names no one it yields to gives ground to the other party of an act of force
coded before it in the same sentence: the force's doer when someone else does it, the force's
target when the yielding side did it. A plain withdrawal (087) is left alone: troops pull back
from a place or a mission as often as from an enemy (measured on the gold sets: giving it the
force's other side cost more than it gained). One step of the chain of ``untold.py``.
"""

from __future__ import annotations

from typing import Sequence

from ..records import Event
from .roles import Role, same_actor

# Codes of giving ground to an enemy: demobilisation (laying down arms), retreat or surrender.
RETREAT_CODES = frozenset({"0873", "0874"})
# Roots of force: assault, fight (occupying territory among them), mass violence.
FORCE_ROOTS = frozenset({"18", "19", "20"})


def ground_given_to(code: str, sentence: int, sources: list[Role], targets: list[Role], events: Sequence[Event]) -> list[Role]:
    """The targets of a surrender coded ``code`` in the sentence numbered ``sentence``: ``targets``
    when there are any, else the other side of the force coded in that sentence (``events``: the
    article's events so far), never one of the sources."""
    if code not in RETREAT_CODES or not sources or targets:
        return targets
    found: list[Role] = []
    for event in events:
        if event.sentence_index != sentence or event.cameo.root not in FORCE_ROOTS or event.negated:
            continue
        doer = Role(event.source, "inherited")
        by_the_retreating = any(same_actor(doer, s) for s in sources)
        other = Role(event.target, "inherited") if by_the_retreating and event.target else None if by_the_retreating else doer
        if other is not None and all(not same_actor(other, r) for r in [*sources, *found]):
            found.append(other)
    return found


__all__ = ["RETREAT_CODES", "ground_given_to"]
