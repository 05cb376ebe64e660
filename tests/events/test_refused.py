"""Acts refused by their would-be doer (events/refused.py): talks a state rules out are no
meeting; an act the rejected phrase gives to another did happen. Sentences written for these
tests, with decoys."""

from __future__ import annotations

from .support import code, codes


def test_talks_ruled_out_are_not_held(coder):
    found = codes(code(coder, "Belize on Tuesday ruled out direct talks with Guatemala over the border.", "en"))
    assert any(c.startswith("12") for _, c, _ in found), found
    assert not any(c.startswith("04") for _, c, _ in found), found


def test_french_dialogue_ruled_out_is_not_held(coder):
    found = codes(code(coder, "Le Belize a exclu mardi tout dialogue direct avec le Guatemala.", "fr"))
    assert any(c.startswith("12") for _, c, _ in found), found
    assert not any(c.startswith("04") for _, c, _ in found), found


def test_an_offer_made_by_another_and_dismissed_was_made(coder):
    # Decoy: the offer is the other state's, and it was made.
    found = codes(code(coder, "Guatemala dismissed Belize's offer of border talks on Tuesday.", "en"))
    assert ("BLZ", "030", "GTM") in found or any(s == "BLZ" and c.startswith("03") for s, c, _ in found), found
