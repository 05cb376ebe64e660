"""An event noun qualified as to come ("une prochaine rencontre", "the upcoming summit"), itself
or through the light noun that frames it ("la reprise prochaine de"), is announced for later:
coded as its intent (``prospective_adjectives``, events/modality.py). Sentences written for
this test, with a decoy: a qualified noun that is its clause's subject tells what became of it."""

from __future__ import annotations

from .support import code, side_codes


def test_a_coming_resumption_of_consultations_is_an_intent_to_meet(coder):
    found = side_codes(code(coder, "Le Niger a annoncé la reprise prochaine des consultations politiques avec le Tchad.", "fr"))
    assert ("NER", "036", "TCD") in found, found
    assert not any(c.startswith("04") for _, c, _ in found), found


def test_an_upcoming_summit_announced_is_an_intent_to_meet(coder):
    found = side_codes(code(coder, "Niger announced an upcoming summit with Chad in Niamey.", "en"))
    assert ("NER", "036", "TCD") in found, found


def test_a_planned_meeting_that_took_place_is_a_meeting(coder):
    found = side_codes(code(coder, "The planned talks between Niger and Chad took place in Niamey on Monday.", "en"))
    assert not any(c == "036" for _, c, _ in found), found
