"""Senses chosen by who acts together, what is blocked, whom a charge is laid against and what is
asked for (events/senses.py, events/untold.py, events/requested.py).

Each sentence is written here for what it shows; none is from the gold sets or the examples.
"""

from __future__ import annotations

import pytest

from .support import code, pairs, side_codes


@pytest.mark.parametrize(
    "lang,text,wanted",
    [
        # An exercise held by sides of two countries named together is military cooperation
        # between them (062), one event per pair, not two shows of force.
        ("fr", "Le Ghana et le Togo ont lancé lundi des exercices militaires dans le golfe de Guinée.", ("GHA", "062", "TGO")),
        ("fr", "Les marines sénégalaise et gambienne ont commencé jeudi un exercice de trois jours près de Banjul.", ("SEN", "062", "GMB")),
        ("en", "The navies of Chile and Peru began their annual drills on Monday.", ("CHL", "062", "PER")),
        # Blocking a way (roads, "axes routiers") is obstructing passage (144), not rejecting a decision,
        # and a protest by society aimed at no one is aimed at its rulers (events/rulers.py).
        ("fr", "Des viticulteurs en colère bloquent depuis jeudi les grands axes routiers autour de Bordeaux.", ("FRA", "144", "FRA")),
        # Charging a state, not people, with an act accuses it (112): no court tries a state.
        ("en", "On Friday Egypt charged the Ethiopian government with stalling the dam talks.", ("EGY", "112", "ETH")),
        # A noun of asking takes the code of what it asks for, in the phrase on it or on its light verb.
        ("en", "The Kenyan government issued an urgent appeal for humanitarian aid after the floods.", ("KEN", "0233", None)),
        ("en", "On Monday France issued a fresh call for a ceasefire in Sudan.", ("FRA", "0256", None)),
        ("fr", "Le Niger a lancé un appel au dialogue avec le Bénin.", ("NER", "026", None)),
    ],
)
def test_sense_by_sides_and_objects(coder, lang, text, wanted):
    assert wanted in side_codes(code(coder, text, lang))


@pytest.mark.parametrize(
    "lang,text,wanted,unwanted",
    [
        # Drills aimed at a third country stay shows of force by each side.
        ("en", "China and Russia held naval drills near Japan.", ("CHN", "15", "JPN"), "062"),
        # A decision blocked is rejected; people charged are arrested or charged (173).
        ("en", "Hungary blocked the European Union statement on China.", ("HUN", "12", "EU"), "144"),
        ("en", "Kenyan prosecutors charged two Ugandan students with spying.", ("KEN", "17", "UGA"), "112"),
    ],
)
def test_sense_left_to_the_entry(coder, lang, text, wanted, unwanted):
    events = code(coder, text, lang)
    assert wanted in pairs(events)
    assert not any(e.cameo.code.startswith(unwanted) for e in events)
