"""The coder's estimate that an event is right, from how its parts were found.

Each factor is a multiplier on a base; the values are a first hand-set
guess, to be calibrated on the dev gold (evaluation issue): an event whose
actors were named in its own clause scores high, one whose actor came from a
pronoun, an earlier sentence or an owner phrase scores lower.
"""

from __future__ import annotations

from ..records import ActorMention

BASE = 0.85
ACTOR_HOW = {
    "name": 1.0,
    "members": 1.0,
    "office": 1.0,
    "person": 0.97,
    "seat": 0.95,
    "sector": 0.95,
    "title": 0.9,
    "coreference": 0.9,
    "context": 0.9,
    "adjective": 0.85,
    "domestic": 0.8,
    "institution": 0.97,
}
ROUTE = {"direct": 1.0, "inherited": 0.92, "owner": 0.85, "pronoun": 0.8, "event": 0.88, "anaphora": 0.75, "none": 1.0}
MODALITY = {"asserted": 1.0, "reported": 0.95, "future": 0.85, "conditional": 0.75}
ROOT_ONLY = 0.92  # the pattern gives only a CAMEO root


def confidence(
    source: ActorMention,
    target: ActorMention | None,
    source_route: str,
    target_route: str,
    modality: str,
    code: str,
    negated: bool,
) -> float:
    value = BASE
    value *= ACTOR_HOW.get(source.actor.how, 0.85)
    value *= ROUTE.get(source_route, 0.8)
    if target is not None:
        value *= ACTOR_HOW.get(target.actor.how, 0.85)
        value *= ROUTE.get(target_route, 0.8)
    value *= MODALITY.get(modality, 0.8)
    if len(code) == 2:
        value *= ROOT_ONLY
    if negated:
        value *= 0.9
    return round(max(0.05, min(0.99, value)), 3)
