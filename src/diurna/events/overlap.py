"""One act told twice by one expression: "a ouvert une enquête sur …" is both the verb's
expression ("ouvrir enquête") and its noun ("enquête"). When the noun finds whom the act is
done to and the expression does not, the expression's target-less event says nothing more.
"""

from __future__ import annotations

from ..records import Event


def targetless_retold(events: list[Event]) -> set[str]:
    """Ids of target-less events whose trigger span holds the trigger of an event of the same
    source and CAMEO root that has a target."""
    dropped: set[str] = set()
    for bare in events:
        if bare.target is not None:
            continue
        for full in events:
            if (
                full.target is not None
                and full.source.actor.key == bare.source.actor.key
                and full.cameo.root == bare.cameo.root
                and bare.trigger.start <= full.trigger.start < bare.trigger.end
                and full.event_id != bare.event_id
            ):
                dropped.add(bare.event_id)
                break
    return dropped
