"""The coder's estimate that an event is right, from how its parts were found.

A raw score multiplies factors (an event whose actors were named in its own
clause scores high, one whose actor came from a pronoun, an earlier sentence
or an owner phrase scores lower); ``Calibrations`` then maps raw scores, and whether
the event has a target, to the share of such events that were right on the gold's
calibration set, which nobody tunes on (``knowledge/data/calibration.toml``, written by
``evaluation/calibrate.py``).
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass
from typing import Mapping
from importlib import resources

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
# An act coded without a target is right only when the text names none; most acts have
# one the coder missed (a quarter right on the dev half and on the calibration set, against
# two thirds and more for events with a target), so it starts far lower.
NO_TARGET = 0.5


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
    else:
        value *= NO_TARGET
    value *= MODALITY.get(modality, 0.8)
    if len(code) == 2:
        value *= ROOT_ONLY
    if negated:
        value *= 0.9
    return round(max(0.05, min(0.99, value)), 3)


# Calibrated confidence stays inside these bounds: no count of a few hundred events can show
# that a kind of event is never or always right.
LOWEST, HIGHEST = 0.05, 0.95


@dataclass(frozen=True, slots=True)
class Calibration:
    """A logistic map from raw scores to calibrated confidence:
    ``sigmoid(intercept + slope · logit(raw) + without_target · [no target])``.

    Three numbers fitted on a few hundred events hold up on new text better than a
    piecewise map with a knot per block (``evaluation/calibrate.py`` cross-validates both);
    whether the event has a target is the one fact that tells right from wrong beyond the
    raw score (a quarter of target-less events are right, two thirds of the others)."""

    intercept: float
    slope: float
    without_target: float

    def __call__(self, raw: float, has_target: bool = True) -> float:
        bounded = min(0.99, max(0.01, raw))
        z = self.intercept + self.slope * math.log(bounded / (1 - bounded)) + (0.0 if has_target else self.without_target)
        return round(min(HIGHEST, max(LOWEST, 1 / (1 + math.exp(-z)))), 3)


@dataclass(frozen=True, slots=True)
class Calibrations:
    """One map per language: at the same raw score the coder may be right at different rates
    in French and English (the maps may also be one fit over both: calibration.toml says).
    A language without a map keeps raw scores."""

    maps: Mapping[str, Calibration]

    @classmethod
    def load(cls) -> "Calibrations":
        data = tomllib.loads(resources.files("diurna.knowledge").joinpath("data/calibration.toml").read_text("utf-8"))
        return cls({
            language: Calibration(float(table["intercept"]), float(table["slope"]), float(table["without_target"]))
            for language, table in data.items()
        })

    def __call__(self, raw: float, language: str, has_target: bool = True) -> float:
        found = self.maps.get(language)
        return raw if found is None else found(raw, has_target)
