"""Protests told as when or during what a clause's act is done (events/crowds.py): through a noun of
time ("the third night of rallies") they are still the clause's, and take its place even when the
parser hangs that place below the verb. Sentences
written for these tests, with decoys that must not be read so."""

from __future__ import annotations

from .support import code, pairs as _pairs


def test_rallies_dated_by_a_night_are_held_by_the_people_of_the_clauses_place(coder):
    text = "Thousands of students filled the main square in Belgrade on Friday, the third night of rallies against the new labour law."
    found = _pairs(code(coder, text, "en"))
    assert ("SRB", "14", "SRB") in found, found


def test_protests_on_whose_night_shops_are_looted_are_held_where_the_looting_is(coder):
    text = "Shops were looted in Nairobi on Tuesday, the second night of protests against the finance bill."
    found = _pairs(code(coder, text, "en"))
    assert ("KEN", "14", "KEN") in found, found


def test_riots_the_day_before_an_act_are_its_background_not_an_act(coder):
    # Decoy: "the day after riots" dates the curfew by the riots, which are not told here.
    text = "The government imposed a curfew in Nairobi on Tuesday, the day after riots against the finance bill."
    found = _pairs(code(coder, text, "en"))
    assert not any(root == "14" for _, root, _ in found), found


def test_a_protest_that_only_qualifies_a_person_is_no_act(coder):
    # Decoy: "le chef de la contestation" names a leader, not a protest done on that day.
    text = "La police a arrêté lundi à Abidjan le chef de la contestation contre la hausse des prix."
    found = _pairs(code(coder, text, "fr"))
    assert not any(root == "14" for _, root, _ in found), found


def test_protests_as_subject_take_no_place_named_deep_in_their_own_phrase(coder):
    # Decoy: Lagos is where the governor governs, not a place the protests are said to happen in.
    text = "Protests against the arrest of the governor of Lagos continued on Monday."
    found = _pairs(code(coder, text, "en"))
    assert not any(root == "14" for _, root, _ in found), found
