"""Acts done by saying one wants to do them (events/performed.py): "I want to thank", "je tiens à
remercier". Sentences written for these tests, each with a decoy that must not be read so."""

from __future__ import annotations

from .support import code, pairs as _pairs


# An act done by saying one wants to do it (events/performed.py) ---------------------------------


def test_i_want_to_thank_is_thanking(coder):
    text = '"I want to thank Canada for its help," the French president said on Monday.'
    found = {(e.source.actor.country, e.cameo.code, e.target.actor.country if e.target else None) for e in code(coder, text, "en")}
    assert ("FRA", "051", "CAN") in found, found


def test_je_tiens_a_remercier_is_thanking(coder):
    text = "« Je tiens à remercier le Canada pour son aide », a déclaré lundi le président français."
    found = _pairs(code(coder, text, "fr"))
    assert ("FRA", "05", "CAN") in found, found
    assert ("FRA", "03", "CAN") not in found, found


def test_a_wish_to_thank_told_in_the_past_stays_an_intent(coder):
    # Decoy: told of the past, in the third person: no thanks given in the saying.
    text = "The French president wanted to thank Canada for its help, his office said on Monday."
    found = _pairs(code(coder, text, "en"))
    assert ("FRA", "05", "CAN") not in found, found


def test_a_wish_to_meet_stays_an_intent(coder):
    # Decoy: a meeting is not done by saying one wants it.
    text = "« Je souhaite rencontrer le président chinois », a déclaré lundi le président français."
    found = _pairs(code(coder, text, "fr"))
    assert ("FRA", "04", "CHN") not in found, found
    assert ("FRA", "03", "CHN") in found, found
