"""The calibration map: monotone, bounded, identity without knots."""

from __future__ import annotations

from diurna.events.confidence import Calibration


def test_identity_without_knots():
    assert Calibration((), ())(0.42) == 0.42


def test_interpolates_between_knots_and_clamps_outside():
    calibration = Calibration((0.5, 0.8), (0.4, 0.7))
    assert calibration(0.65) == 0.55
    assert calibration(0.1) == 0.4 and calibration(0.99) == 0.7


def test_the_shipped_calibration_is_monotone_and_bounded():
    calibration = Calibration.load()
    values = [calibration(x / 100) for x in range(101)]
    assert values == sorted(values)
    assert all(0.0 < v < 1.0 for v in values)
