"""Force aimed at a place that houses the people of a side is aimed at them (events/housed.py).
Sentences written for these tests, with a decoy."""

from __future__ import annotations

import pytest

from .support import code, pairs


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Iran fired missiles at two Iraqi bases hosting US soldiers.", "en"),
        # The parser hangs "housing" on "fired" here: read as the bases'.
        ("Iran fired drones at two Iraqi camps housing American soldiers before sunrise.", "en"),
        ("L'Iran a bombardé une base irakienne qui abrite des soldats américains.", "fr"),
    ],
)
def test_force_on_a_base_housing_foreign_troops_is_aimed_at_the_troops(coder, text, lang):
    found = pairs(code(coder, text, lang))
    assert ("IRN", "19", "USA") in found, found
    assert ("IRN", "19", "IRQ") not in found, found


def test_a_base_housing_no_named_side_stays_its_owners(coder):
    # Decoy: what the base houses names no one; the owner is the target.
    found = pairs(code(coder, "L'Iran a bombardé une base irakienne qui abrite des entrepôts.", "fr"))
    assert ("IRN", "19", "IRQ") in found, found
