"""Appeals to the population (events/addressed.py). Sentences written for these tests, each with a
decoy that must not be read so."""

from __future__ import annotations

import pytest

from .support import code, pairs as _pairs


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Chile's interior minister urged residents to stay indoors on Sunday.", "en"),
        ("Chile's interior minister appealed for the population to remain calm.", "en"),
        ("Le ministre chilien de l'Intérieur a appelé la population au calme.", "fr"),
        ("Le ministre chilien de l'Intérieur a appelé les habitants à rester chez eux.", "fr"),
    ],
)
def test_an_appeal_to_the_population_is_made_to_its_civilians(coder, text, lang):
    events = [e for e in code(coder, text, lang) if e.cameo.root == "02"]
    assert events and events[0].target is not None
    assert (events[0].target.actor.country, events[0].target.actor.sector) == ("CHL", "CVL")


def test_an_appeal_to_a_places_population_goes_there(coder):
    found = _pairs(code(coder, "Israel's army urged the population of Gaza to move south.", "en"))
    assert ("ISR", "02", "PSE") in found
