"""The actors an event's slots name, as roles: who fills the slot, and by which route.

The route (a name in the clause, a pronoun, an inherited subject, an owner, another event)
feeds the event's confidence (``confidence.ROUTE``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from spacy.tokens import Token

from ..records import ActorMention

if TYPE_CHECKING:
    from .frames import ParagraphFrames


@dataclass(frozen=True, slots=True)
class Role:
    """An actor in one of an event's slots."""

    mention: ActorMention
    route: str
    slot: str = ""


def route_of(frames: ParagraphFrames, filler: Token, inherited: bool) -> str:
    if inherited:
        return "inherited"
    if filler.i in frames.mention_at:
        return "direct"
    if filler.pos_ == "PROPN" and any(c.dep_ == "compound" and c.i in frames.mention_at for c in filler.children):
        return "direct"  # a name under its title: "dissident journalist Roman Protasevich"
    if filler.pos_ == "PROPN" and any(c.dep_ == "poss" and c.i in frames.mention_at for c in filler.children):
        return "direct"  # a name under its state's possessive: "Zimbabwe's Emmerson Mnangagwa" is its own, not owned
    if filler.pos_ == "PRON":
        return "pronoun"
    if frames.pattern_of(filler) is not None:
        return "event"
    return "owner"


def roles_of(
    frames: ParagraphFrames,
    fillers: Iterable[Token],
    inherited: bool = False,
    where: bool = False,
    slot: str = "",
    modifier: bool = False,
) -> list[Role]:
    """The actors behind slot fillers. ``modifier``: the fillers modify a noun (its compound,
    adjective, possessive) rather than fill a verb's argument."""
    roles: list[Role] = []
    # A noun's companion fills its slot with it ("jets, joined by aircraft from Jordan": events/companions.py).
    fillers = [f for given in fillers for f in (given, *(c.word for c in frames.companions if c.host.i == given.i))]
    for filler in fillers:
        for mention in frames.actors_of(filler, where=where):
            route = route_of(frames, filler, inherited)
            # An actor whose country is only the article's guess counts when it is a verb's own
            # argument (named, inherited, or a pronoun standing for it: "urged them"), not a noun's
            # modifier or the owner of a thing ("fired artillery rounds", "joint coast guard exercises").
            if mention.actor.how == "domestic" and (modifier or route not in ("direct", "inherited", "pronoun")):
                continue
            if mention.actor.key and all(r.mention is not mention for r in roles):
                roles.append(Role(mention, route, slot))
    return roles


def same_actor(first: Role, second: Role) -> bool:
    return first.mention.actor.key == second.mention.actor.key and first.mention.actor.code == second.mention.actor.code


# The slot of a party paired with the coordinated actors named before it: a source too, and still a
# target of the ones before ("India, the US and Japan began manoeuvres": India with the US as well).
PAIRED_SLOT = "paired"


def pairs_among(roles: list[Role]) -> tuple[list[Role], list[Role]]:
    """Coordinated actors acting together, as (sources, targets) that pair each with the ones after it."""
    distinct: list[Role] = []
    for role in roles:
        # Two actors of one country count apart ("Ethiopia's government and Tigrayan forces").
        if all(not same_actor(r, role) for r in distinct):
            distinct.append(role)
    if len(distinct) < 2:
        return [], []
    return distinct[:-1], [Role(r.mention, r.route, PAIRED_SLOT) for r in distinct[1:]]
