"""The calibration maps: logistic, monotone, bounded, lower without a target, one per language."""

from __future__ import annotations

import importlib.util
import math
import random

from diurna.events.confidence import Calibration, Calibrations

from ..conftest import ROOT


def test_the_identity_map_keeps_raw_scores_inside_the_bounds():
    identity = Calibration(0.0, 1.0, 0.0)
    assert identity(0.42) == 0.42
    assert identity(0.999) == 0.95 and identity(0.0) == 0.05


def test_an_event_without_a_target_is_less_likely_right_at_the_same_raw_score():
    calibration = Calibration(0.0, 1.0, -1.0)
    assert calibration(0.6, has_target=False) < calibration(0.6, has_target=True)
    assert calibration(0.6, has_target=False) == round(1 / (1 + math.exp(-(math.log(0.6 / 0.4) - 1.0))), 3)


def test_each_language_has_its_own_map_and_one_without_keeps_raw_scores():
    calibrations = Calibrations({"fr": Calibration(-0.5, 1.0, 0.0), "en": Calibration(0.5, 1.0, 0.0)})
    assert calibrations(0.5, "fr") < 0.5 < calibrations(0.5, "en")
    assert calibrations(0.65, "de") == 0.65


def test_the_shipped_calibration_has_a_monotone_bounded_map_per_supported_language():
    calibrations = Calibrations.load()
    assert set(calibrations.maps) == {"fr", "en"}
    for calibration in calibrations.maps.values():
        for has_target in (True, False):
            values = [calibration(x / 100, has_target) for x in range(101)]
            assert values == sorted(values)
            assert all(0.0 < v < 1.0 for v in values)
        assert calibration(0.7, has_target=False) < calibration(0.7, has_target=True)


def _calibrate():
    spec = importlib.util.spec_from_file_location("evaluation_calibrate", ROOT / "evaluation" / "calibrate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_fit_recovers_a_known_logistic_map():
    calibrate, rng = _calibrate(), random.Random(3)
    truth = Calibration(0.3, 1.5, -1.2)
    points = []
    for _ in range(4000):
        raw, has_target = rng.uniform(0.1, 0.9), rng.random() < 0.7
        z = truth.intercept + truth.slope * math.log(raw / (1 - raw)) + (0 if has_target else truth.without_target)
        points.append((raw, has_target, rng.random() < 1 / (1 + math.exp(-z))))
    fitted = calibrate.fit(points)
    assert abs(fitted.slope - 1.5) < 0.25 and abs(fitted.without_target + 1.2) < 0.25 and abs(fitted.intercept - 0.3) < 0.2
