"""Acts refused by their would-be doer (events/refused.py): talks a state rules out are no
meeting; an offer or invitation rejected is the rejection's content. Sentences written for these
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


def test_an_offer_dismissed_is_the_rejections_content(coder):
    # The offer is what is rejected, aimed at its maker; it is not coded as an act of its own.
    found = codes(code(coder, "Guatemala dismissed Belize's offer of border talks on Tuesday.", "en"))
    assert ("GTM", "120", "BLZ") in found or any(s == "GTM" and c.startswith("12") and t == "BLZ" for s, c, t in found), found
    assert not any(c.startswith(("02", "03", "04")) for _, c, _ in found), found


def test_an_invitation_declined_in_french_is_the_rejections_content(coder):
    found = codes(code(coder, "Le Bélize a décliné mardi l'invitation du Guatemala à un sommet frontalier.", "fr"))
    assert any(s == "BLZ" and c.startswith("12") for s, c, _ in found), found
    assert not any(c.startswith("02") for _, c, _ in found), found


def test_an_offer_accepted_is_coded(coder):
    # Decoy: only rejection makes the offer its content.
    found = codes(code(coder, "Belize offered on Tuesday to hold border talks with Guatemala.", "en"))
    assert any(s == "BLZ" and c.startswith("03") for s, c, _ in found), found
