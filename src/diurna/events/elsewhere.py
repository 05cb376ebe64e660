"""Targets an act's own frame does not name, told elsewhere in its sentence.

When a verb or event noun names no target, its sentence may still say whom the act was done to:
the offer it answers, the victims of the means it names, the state across the border it is
shown at, the doer of the act it sums up, the owner a relative clause names, the guessed doer
of the act it rejects, the partners it refuses, the parties of a mediated deal, or the one the
act coordinated before it was done to. Never one of the sources.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..knowledge.patterns import Pattern
from .deployments import border_faced, prompted_by
from .disowned import guessed_doers, refused_partners
from .frames import ParagraphFrames
from .means import struck_by_means
from .mediated import MEDIATION_CODE
from .reactions import answered
from .relatives import owned_by_relative
from .roles import Role, roles_of, same_actor
from .slots import slot_fillers
from .summarised import summed_up_doers



def brokered_deal_parties(frames: ParagraphFrames, verb: Token, mediators: list[Role]) -> list[Role]:
    """"Saudi Arabia and Iran agreed …, in a deal brokered by China": the parties of a deal,
    swap or truce that a participle says was mediated are the subjects of the verb it hangs on."""
    noun = verb.head
    if frames.grammar.clause_link(verb) != "acl" or noun.i == verb.i or noun.pos_ != "NOUN":
        return []
    governor = noun.head
    if governor.pos_ == "ADP":
        governor = governor.head
    if governor.pos_ not in ("VERB", "AUX") or governor.i == noun.i:
        return []
    own = {r.mention.actor.key for r in mediators}
    return [r for r in roles_of(frames, frames.subjects(governor), inherited=True) if r.mention.actor.key not in own]


def targets_told_elsewhere(
    frames: ParagraphFrames, token: Token, anchor: Token, pattern: Pattern, sources: list[Role]
) -> list[Role]:
    """The target of an act whose frame names none, from what else its sentence says, in this
    order: the offer it answers, the victims of the means it names, the state across the border
    it is shown at, the doer of the act it sums up, the guessed doer of the act it rejects, the
    parties of a mediated deal. Never one of the sources."""
    root = pattern.code[:2]

    def others(roles: list[Role]) -> list[Role]:
        return [t for t in roles if all(not same_actor(s, t) for s in sources)]

    if token.pos_ == "VERB":  # "rejected …, a day after Trump offered to mediate" (reactions.py)
        targets = answered(frames, token, root, sources, lambda fillers, how: roles_of(frames, fillers, inherited=how == "inherited"))
        if targets:
            return targets
    struck, places = struck_by_means(frames, token, root)  # "tué dans une frappe américaine" (means.py)
    targets = others(roles_of(frames, struck) or roles_of(frames, places, where=True))
    # "deployed troops to its border with Guyana" (deployments.py)
    targets = targets or others(roles_of(frames, border_faced(frames, anchor, root)))
    # "put its forces on alert after China launched drills" (deployments.py)
    targets = targets or others(roles_of(frames, prompted_by(frames, anchor, root), inherited=True))
    # "…, in a move the EU welcomed" (summarised.py)
    targets = targets or others(roles_of(frames, summed_up_doers(frames, token, root), inherited=True))
    targets = targets or others(roles_of(frames, owned_by_relative(frames, token)))  # "Israel, whose strikes it condemned" (relatives.py)
    # "a rejeté les appels de l'opposition" (disowned.py)
    targets = targets or [Role(m, "event") for m in guessed_doers(frames, token, root, {r.mention.actor.code for r in sources})]
    # "a refusé tout dialogue avec les rebelles" (disowned.py)
    targets = targets or [Role(m, "event") for m in refused_partners(frames, token, root, {r.mention.actor.code for r in sources})]
    if not targets and pattern.code == MEDIATION_CODE and token.pos_ == "VERB":
        targets = brokered_deal_parties(frames, token, sources)
    return targets


# How many coordinated acts back a later one looks for the target it inherits.
MAX_CONJUNCTS_BACK = 4


def coordinated_targets(frames: ParagraphFrames, anchor: Token) -> list[Role]:
    """The actor the acts coordinated before were done to, the nearest first: "met with the
    ambassador and offered an apology" — the apology goes to the ambassador; "expelled India's
    envoy, downgraded ties and suspended trade" — the third act too, through the second, which the
    parser makes its head."""
    slots = ("obj", frames.profile.dative_preposition, *frames.profile.comitative_prepositions)
    conjunct = anchor
    for _ in range(MAX_CONJUNCTS_BACK):
        if frames.grammar.clause_link(conjunct) != "conj" or conjunct.head.pos_ != "VERB" or conjunct.head.i == conjunct.i:
            return []
        head = conjunct = conjunct.head
        for slot in slots:
            roles = roles_of(frames, slot_fillers(frames, head, slot, set()))
            if roles:
                return [Role(r.mention, "inherited") for r in roles]
        for slot in slots[1:]:
            # … or on the first act's object: "ont imposé des sanctions au Niger et menacé de …".
            roles = roles_of(frames, frames.nested_fillers(head, slot))
            if roles:
                return [Role(r.mention, "inherited") for r in roles]
    return []


__all__ = ["brokered_deal_parties", "coordinated_targets", "targets_told_elsewhere"]
