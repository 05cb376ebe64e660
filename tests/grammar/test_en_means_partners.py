"""The other party of a verb hung on its "by" phrase of means (grammar/en_arguments.py,
partner_read_on_means): "spoke by telephone with/prep>telephone Tinubu". Sentences written for these
tests, with a decoy."""

from __future__ import annotations

from tests.events.support import code, pairs

from .support import parsed, word


def test_with_phrase_after_a_bare_means_noun_is_the_verbs(coder):
    doc = parsed(coder, "Kenya's president spoke by telephone with Ghana's leader on Sunday.", "en")
    assert word(doc, "with").head.lower_ == "spoke"


def test_call_by_phone_is_coded_with_the_partner(coder):
    events = code(coder, "Kenya's president spoke by telephone with Ghana's president on Sunday.", "en")
    assert ("KEN", "04", "GHA") in pairs(events)


def test_with_phrase_on_a_determined_noun_stays(coder):
    # decoy: "by a car with diplomatic plates": the plates are the car's
    doc = parsed(coder, "The ambassador left by a car with diplomatic plates.", "en")
    assert word(doc, "with").head.lower_ == "car"
