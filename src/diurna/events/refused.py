"""Acts refused by their would-be doer.

"Belize ruled out direct talks with Guatemala", "a exclu tout dialogue avec Caracas", "rejected a
ceasefire with Hamas": a cooperative act that a verb of rejection has as its object, with no doer
of its own in its phrase, would have been the rejecter's: it is refused, not done, and the
rejection codes it. An act the phrase gives to another ("dismissed Seoul's offer of talks") did
happen, yet it is what is rejected: a request, offer, proposal or invitation (roots 02, 03) named as
the object of a rejection is its content, coded by the rejection (with its maker as the target),
not an act of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..knowledge.patterns import Pattern
from .roles import Role
from .roots import REJECT_ROOT

if TYPE_CHECKING:
    from .frames import ParagraphFrames

# Roots of cooperative acts: meetings, diplomatic and material cooperation, aid, yielding.
COOPERATIVE_ROOTS = frozenset({"04", "05", "06", "07", "08"})
# Roots of what is put to another to accept: requests, offers, proposals, invitations.
PROPOSAL_ROOTS = frozenset({"02", "03"})


def refused_by_its_doer(frames: ParagraphFrames, token: Token, pattern: Pattern, sources: list[Role]) -> bool:
    """Whether the event noun ``token`` is a cooperative act its sources refused, or a proposal
    another made that is rejected (see above)."""
    root = pattern.code[:2]
    if token.pos_ != "NOUN" or root not in COOPERATIVE_ROOTS | PROPOSAL_ROOTS or not frames.grammar.is_object_of(token):
        return False
    rejecting = frames.pattern_of(token.head)
    if rejecting is None or rejecting.code[:2] != REJECT_ROOT:
        return False
    if root in PROPOSAL_ROOTS:
        # Only a rejection that is coded carries it: "Tokyo's proposal … was turned down" keeps it.
        return any(frames.actors_of(s) for s in frames.subjects(token.head))
    own = range(token.left_edge.i, token.right_edge.i + 1)
    return all(s.mention.paragraph != frames.paragraph or s.mention.head not in own for s in sources)


__all__ = ["COOPERATIVE_ROOTS", "PROPOSAL_ROOTS", "refused_by_its_doer"]
