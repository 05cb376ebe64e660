"""A reciprocal pair one word below the verb (events/reciprocal.py, ``aimed_at_each_other``).

"Shelled each other's positions", "fired at each other": the coordinated sides are each other's
target, before any place or owner of the object. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from .support import code, pairs


@pytest.mark.parametrize(
    "text",
    [
        # The pair owns the object.
        "Indian and Pakistani troops attacked each other's posts along the frontier on Monday.",
        # The pair follows a preposition.
        "Indian and Pakistani troops fired at each other across the frontier on Monday.",
    ],
)
def test_sides_acting_on_each_other_target_each_other(coder, text):
    found = pairs(code(coder, text, "en"))
    assert ("IND", "19", "PAK") in found and ("PAK", "19", "IND") in found, found


def test_each_others_object_wins_over_the_place_near_it(coder):
    text = "Serbian and Croatian police raided each other's checkpoints near Vukovar on Friday."
    found = pairs(code(coder, text, "en"))
    targets = {t for _, r, t in found if r == "18" or r == "19" or r == "17"}
    assert targets and targets <= {"SRB", "HRV"}, found
    assert any(s != t and t is not None for s, _, t in found), found


def test_a_single_side_near_each_others_villages_targets_only_the_object(coder):
    # Decoy: the pair is two words down, on a place after the object, and one side is named alone.
    text = "Indian troops attacked Pakistani posts near each other's villages on Monday."
    found = pairs(code(coder, text, "en"))
    assert ("IND", "19", "PAK") in found, found
    assert not any(s == "PAK" for s, _, _ in found), found
