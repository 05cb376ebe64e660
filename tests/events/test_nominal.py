"""Acts whose doer the clause names through a word around them (events/nominal.py).

Every sentence is written here for the construction it shows.
"""

from __future__ import annotations

import pytest

from .support import code, dyads


@pytest.mark.parametrize(
    "lang,text,wanted",
    [
        # The object of a verb of deciding is the decider's act.
        ("en", "EU agrees new sanctions against Iran.", ("EU", "16", "IRN")),
        ("en", "The European Union agreed a fresh package of sanctions against Belarus.", ("EU", "16", "BLR")),
    ],
)
def test_decided_act_is_the_deciders(coder, lang, text, wanted):
    assert wanted in dyads(code(coder, text, lang))


@pytest.mark.parametrize(
    "lang,text,country",
    [
        ("fr", "L'Ukraine a reçu des chars allemands.", "DEU"),
        ("en", "Ukraine received German tanks last month.", "DEU"),
    ],
)
def test_received_things_are_no_visitors(coder, lang, text, country):
    assert not [d for d in dyads(code(coder, text, lang)) if d[1] == "04"]


def test_a_received_visitor_is_still_met(coder):
    assert ("FRA", "04", "DEU") in dyads(code(coder, "Macron received the German president in Paris.", "en"))


@pytest.mark.parametrize(
    "lang,text,wanted",
    [
        ("en", "The Israeli army said its jets struck Hamas positions in Gaza.", ("ISR", "19", "PSE")),
        ("fr", "L'armée israélienne a affirmé que ses avions avaient frappé des positions du Hamas à Gaza.", ("ISR", "19", "PSE")),
    ],
)
def test_owner_of_a_reported_subject_is_the_speaker(coder, lang, text, wanted):
    assert wanted in dyads(code(coder, text, lang))


def test_the_actors_complement_is_not_the_target_too(coder):
    events = code(coder, "L'espionnage de la Chine contre l'Allemagne a été dévoilé.", "fr")
    assert ("CHN", "09", "DEU") in dyads(events)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "L'Ukraine a rendu les corps de soldats russes à la Russie."),
        ("en", "Egypt's army travelled the wounded to Cairo."),
    ],
)
def test_a_thing_moved_is_no_visit(coder, lang, text):
    assert not [d for d in dyads(code(coder, text, lang)) if d[1] == "04"]


def test_a_reflexive_travel_verb_is_still_a_visit(coder):
    assert ("FRA", "04", "UKR") in dyads(code(coder, "Le ministre français s'est rendu à Kiev.", "fr"))


def test_actor_on_the_expressions_last_word(coder):
    events = code(coder, "La mise en garde de la Russie à la Finlande est intervenue avant le sommet.", "fr")
    assert ("RUS", "13", "FIN") in dyads(events)
