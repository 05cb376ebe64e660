"""The calibration maps: monotone, bounded, identity without knots, one per language."""

from __future__ import annotations

from diurna.events.confidence import Calibration, Calibrations


def test_identity_without_knots():
    assert Calibration((), ())(0.42) == 0.42


def test_interpolates_between_knots_and_clamps_outside():
    calibration = Calibration((0.5, 0.8), (0.4, 0.7))
    assert calibration(0.65) == 0.55
    assert calibration(0.1) == 0.4 and calibration(0.99) == 0.7


def test_each_language_has_its_own_map_and_one_without_keeps_raw_scores():
    calibrations = Calibrations({"fr": Calibration((0.5, 0.8), (0.2, 0.5)), "en": Calibration((0.5, 0.8), (0.4, 0.7))})
    assert calibrations(0.65, "fr") == 0.35 and calibrations(0.65, "en") == 0.55
    assert calibrations(0.65, "de") == 0.65


def test_the_shipped_calibration_has_a_monotone_bounded_map_per_supported_language():
    calibrations = Calibrations.load()
    assert set(calibrations.maps) == {"fr", "en"}
    for calibration in calibrations.maps.values():
        values = [calibration(x / 100) for x in range(101)]
        assert values == sorted(values)
        assert all(0.0 < v < 1.0 for v in values)
