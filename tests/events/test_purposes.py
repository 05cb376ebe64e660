"""Event nouns that say what a trip is for (events/purposes.py): the talks a future trip is
for are intended too, and one intended meeting with the trip, not a second act; a trip already
made keeps its talks as a meeting. Sentences written for these tests."""

from __future__ import annotations

from .support import code, codes


def test_a_future_trip_for_talks_is_one_intended_meeting(coder):
    events = code(coder, "Chile's president will travel to Lima next month for talks with his Peruvian counterpart.", "en")
    found = codes(events)
    assert ("CHL", "036", "PER") in found, found
    assert not any(c.startswith("04") for _, c, _ in found), found  # the talks are not held yet


def test_a_french_trip_for_talks_is_one_intended_meeting(coder):
    text = "Le président chilien se rendra à Lima le mois prochain pour des entretiens avec le gouvernement péruvien."
    found = codes(code(coder, text, "fr"))
    assert ("CHL", "036", "PER") in found, found
    assert not any(c.startswith("04") for _, c, _ in found), found


def test_a_trip_made_keeps_its_talks(coder):
    # Decoy: a past trip's talks were held.
    found = codes(code(coder, "Chile's president travelled to Lima on Monday for talks with his Peruvian counterpart.", "en"))
    assert any(c.startswith("04") for _, c, _ in found), found
