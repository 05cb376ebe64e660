"""Coordinated sides the parse hides from the first side's mention (events/appositive.py): a second
office holder hung on the first one's name is a side of the meeting; seats of government coordinated
in a delegation meet each other. Sentences written for these tests, each with a decoy that must not
be read so."""

from __future__ import annotations

from .support import code, pairs as _pairs


def test_a_second_office_holder_hung_on_the_first_name_meets_the_first(coder):
    text = (
        "Fighting has displaced thousands. Thai acting Prime Minister Somchai Wongsawat and "
        "Cambodian Prime Minister Hun Sen met in Kuala Lumpur on Monday."
    )
    found = _pairs(code(coder, text, "en"))
    assert ("THA", "04", "KHM") in found or ("KHM", "04", "THA") in found, found


def test_an_appositive_name_with_no_second_side_makes_no_meeting(coder):
    # Decoy: the name after the office is coordinated with no other office holder.
    text = "Fighting has displaced thousands. Thai acting Prime Minister Somchai Wongsawat and his wife met in Kuala Lumpur on Monday."
    found = _pairs(code(coder, text, "en"))
    assert not any(r == "04" and t is not None for _, r, t in found), found


def test_seats_of_government_coordinated_in_a_delegation_meet_each_other(coder):
    text = "Delegations from Belgrade and Pristina sat down together in Brussels on Tuesday."
    found = _pairs(code(coder, text, "en"))
    assert ("SRB", "04", "XKX") in found or ("XKX", "04", "SRB") in found, found


def test_a_lone_delegation_sitting_down_meets_no_one(coder):
    # Decoy: one side only; the place of the meeting is no side of it.
    text = "A delegation from Belgrade sat down in Brussels on Tuesday."
    found = _pairs(code(coder, text, "en"))
    assert not any(r == "04" and t is not None for _, r, t in found), found
