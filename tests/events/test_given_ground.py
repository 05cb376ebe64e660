"""A surrender or demobilisation told beside an act of force gives ground to the force's other
side (events/given_ground.py). Sentences written for these tests."""

from __future__ import annotations

from .support import code, pairs


def test_arms_laid_down_as_insurgents_take_a_city_yield_to_the_insurgents(coder):
    events = code(coder, "Taliban fighters took control of Kunduz on Sunday as Afghan soldiers laid down their arms.", "en")
    assert ("AFG", "08", "TALIBAN") in pairs(events), pairs(events)


def test_a_surrender_after_a_capture_yields_to_the_captor(coder):
    events = code(coder, "Turkish forces captured Afrin on Tuesday after Syrian troops surrendered.", "en")
    assert ("SYR", "08", "TUR") in pairs(events), pairs(events)


def test_a_plain_withdrawal_beside_a_capture_is_left_alone(coder):
    # Decoy: troops pulling out name no enemy they yield to (087 is not given the force's side).
    events = code(coder, "Turkish forces captured Afrin on Tuesday after Syrian troops pulled out.", "en")
    assert ("SYR", "08", "TUR") not in pairs(events), pairs(events)


def test_a_surrender_with_no_force_beside_it_gets_no_one(coder):
    # Decoy: nothing in the sentence says to whom the ground was given.
    events = code(coder, "Ethiopian troops surrendered on Friday.", "en")
    assert not any(r == "08" and t not in (None, "ETH") for _, r, t in pairs(events)), pairs(events)
