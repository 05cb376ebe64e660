"""A light verb with its own pattern carrying an event noun, and aid aimed at a place.

Each sentence is written here for the construction it shows.
"""

from __future__ import annotations

import pytest

from .support import code, dyads


def test_a_verb_and_its_noun_of_one_root_are_one_event(coder):
    # "ouvrir une enquête" and "enquête" both code an inquiry: one act, told once.
    events = code(coder, "Le parquet national financier a ouvert une enquête préliminaire pour détournement de fonds publics visant le ministre.", "fr")
    assert [e.cameo.root for e in events].count("09") == 1
    events = code(coder, "La Cour pénale internationale a ouvert une enquête sur la Russie.", "fr")
    assert [e.cameo.root for e in events].count("09") == 1


@pytest.mark.parametrize(
    "text,wanted",
    [
        # The act names whom it is aimed at ("contre"): its plain "de" complement is who does it.
        ("Dix civils ont été tués lors d'un bombardement de la Russie contre l'Ukraine.", ("RUS", "19", "UKR")),
        ("La France a condamné l'offensive de la Russie contre l'Ukraine.", ("RUS", "19", "UKR")),
    ],
)
def test_the_plain_complement_of_an_attack_against_someone_is_its_source(coder, text, wanted):
    assert wanted in dyads(code(coder, text, "fr"))


def test_a_place_attacked_is_no_source(coder):
    # "on Kyiv" is where the attack falls, not who attacks.
    events = code(coder, "Ten civilians were killed in the attack on Kyiv against civilians.", "en")
    assert all(e.source.actor.key != "UKR" for e in events)
