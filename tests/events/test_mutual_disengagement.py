"""Disengagement by coordinated sides is done with each other (patterns' ``reciprocal`` list).
Sentences written for these tests."""

from __future__ import annotations

from .support import code, pairs


def test_coordinated_sides_disengaging_do_it_with_each_other(coder):
    events = code(coder, "Armenia and Azerbaijan completed disengagement at three points along the border on Monday.", "en")
    assert ("ARM", "08", "AZE") in pairs(events), pairs(events)


def test_french_coordinated_sides_disengaging_do_it_with_each_other(coder):
    events = code(coder, "L'Arménie et l'Azerbaïdjan ont achevé lundi le désengagement de leurs troupes à la frontière.", "fr")
    assert ("ARM", "08", "AZE") in pairs(events), pairs(events)


def test_one_side_disengaging_has_no_partner(coder):
    # Decoy: one side alone names no one it disengages from.
    events = code(coder, "Armenia's disengagement from the border points was completed on Monday.", "en")
    assert not any(r == "08" and t is not None for _, r, t in pairs(events)), pairs(events)
