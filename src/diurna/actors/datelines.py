"""The article's dateline as a last home for its bare nouns: "DHAKA, Aug 26 (Reuters) - Police fired
tear gas" is about Bangladesh's police when the text names no state of its own.

A dateline says where the story was filed. A reader takes a bare "police", "the government" of a
story that names no country for the dateline city's state; any country, seat or place the text names
comes first (see ``settled.settle_actor_mentions``). Only a state's name or its seat of government
counts: a dateline city that is no capital ("GOMA, Congo -") is left to the places.
"""

from __future__ import annotations

from ..knowledge.actors import ActorKnowledge, accent_blind


def dateline_country(place: str | None, knowledge: ActorKnowledge) -> str | None:
    """The state whose name or seat the dateline's place is ("DHAKA", "BRUXELLES"), in any language
    and case; None when it is neither, or is several states'."""
    if not place:
        return None
    found = knowledge.states_by_name_or_seat.get(accent_blind(place.strip(" .,")), frozenset())
    return next(iter(found)) if len(found) == 1 else None
