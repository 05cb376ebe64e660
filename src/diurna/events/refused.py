"""Acts refused by their would-be doer.

"Belize ruled out direct talks with Guatemala", "a exclu tout dialogue avec Caracas", "rejected a
ceasefire with Hamas": a cooperative act that a verb of rejection has as its object, with no doer
of its own in its phrase, would have been the rejecter's: it is refused, not done, and the
rejection codes it. An act the phrase gives to another ("dismissed Seoul's offer of talks") did
happen, yet it is what is rejected: a request, offer, proposal or invitation (roots 02, 03) named as
the object of a rejection is its content, coded by the rejection (with its maker as the target),
not an act of its own.

A cooperative act announced as not to be done ("Iran will not negotiate with Washington", "Téhéran
n'accepterait aucune négociation", "would not return the migrant") is its doer's refusal of it:
the rejection cameo_request.tsv gives the act (125 for talks, 124 for yielding), not a negated intent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..knowledge.ontology import Ontology
from ..knowledge.patterns import Pattern
from .roles import Role
from .roots import REJECT_ROOT

if TYPE_CHECKING:
    from .frames import ParagraphFrames

# Roots of cooperative acts: meetings, diplomatic and material cooperation, aid, yielding.
COOPERATIVE_ROOTS = frozenset({"04", "05", "06", "07", "08"})
# Visits made or hosted (042, 043): one not to be made is no refusal of its host.
TRIP_CODES = frozenset({"042", "043"})
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


def refusal_code(ontology: Ontology, trigger: Token, act: str) -> str | None:
    """The rejection (12x) of a cooperative act, of code ``act`` as its pattern gives it, that a
    verb tells as negated and yet to come; for an intent ("n'accepterait aucune négociation", 036),
    of the act it intends. None for acts with no rejection, and for trips and summits not to be
    attended ("will not attend the summit", "ne se rendra pas à Apia"): a visit not made refuses no
    one, it stays a negated intent (GUIDELINES, negation)."""
    if trigger.pos_ != "VERB" or act[:3] in TRIP_CODES:
        return None
    if act[:2] in PROPOSAL_ROOTS:
        act = next((a for a, intent in ontology.intent_codes.items() if intent == act), "")
    if act[:2] not in COOPERATIVE_ROOTS:
        return None
    return ontology.asked_code(act, REJECT_ROOT)


__all__ = ["COOPERATIVE_ROOTS", "PROPOSAL_ROOTS", "refused_by_its_doer", "refusal_code"]
