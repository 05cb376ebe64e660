"""Acts done to "both sides".

"The EU urged both sides to resume talks", "l'ONU a appelé les deux belligérants à une trêve":
the pair noun's mention stands for the first-named party (``actors.pairs``); the act is done to
each party, so the second one (``ActorMention.second_party``) is a target too.
"""

from __future__ import annotations

from dataclasses import replace

from .roles import Role


def both_parties(targets: list[Role], sources: list[Role]) -> list[Role]:
    """``targets`` with the second party after each pair noun's, unless it is a source."""
    found: list[Role] = []
    for role in targets:
        found.append(role)
        second = role.mention.second_party
        if second is None or any((s.mention.actor.country, s.mention.actor.organization) == (second.country, second.organization) for s in sources):
            continue
        found.append(Role(replace(role.mention, actor=second, second_party=None), role.route, role.slot))
    return found
