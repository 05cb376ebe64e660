"""Acts done to, or done by, "both sides".

"The EU urged both sides to resume talks", "l'ONU a appelé les deux belligérants à une trêve":
the pair noun's mention stands for the first-named party (``actors.pairs``); the act is done to
each party, so the second one (``ActorMention.second_party``) is a target too. As the doer ("Both
sides accused each other", "les deux pays ont signé un accord avec l'UE"), each party does the act:
the second one is a source too.
"""

from __future__ import annotations

from dataclasses import replace

from .roles import Role


def _with_second_parties(roles: list[Role], excluded: list[Role] | None) -> list[Role]:
    """``roles`` with the second party after each pair noun's, unless it is among ``excluded`` (when
    None: among the roles gathered so far)."""
    found: list[Role] = []
    for role in roles:
        found.append(role)
        second = role.mention.second_party
        named = found if excluded is None else excluded
        if second is None or any((r.mention.actor.country, r.mention.actor.organization) == (second.country, second.organization) for r in named):
            continue
        found.append(Role(replace(role.mention, actor=second, second_party=None), role.route, role.slot))
    return found


def both_parties(targets: list[Role], sources: list[Role]) -> list[Role]:
    """``targets`` with the second party after each pair noun's, unless it is a source."""
    return _with_second_parties(targets, sources)


def both_doers(sources: list[Role]) -> list[Role]:
    """``sources`` with the second party after each pair noun's, unless it is named there already."""
    return _with_second_parties(sources, None)


# Roots from demands to force (CAMEO 10-20): a hostile act or posture of "both sides" with no one
# else named is aimed at each other ("both countries put their militaries on high alert").
HOSTILE_FROM = "10"


def facing_each_other(sources: list[Role], root: str) -> list[Role]:
    """The targets of a hostile act done by the two parties of one pair noun and aimed at no one
    named: each party, to the other."""
    if root < HOSTILE_FROM or len(sources) != 2:
        return []
    first, second = sources
    if first.mention.second_party is None or first.mention.second_party.key != second.mention.actor.key:
        return []
    return list(sources)
