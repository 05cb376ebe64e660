"""English entries of force (events/patterns/en.toml): "shoot dead" (a
killing: of a named person an assassination), "beat up" and "beat ... to death" (assault), and
armed forces that "entered" a place (force on its state), each with a decoy that must not be coded so."""

from __future__ import annotations

import pytest

from .support import code, codes, pairs


def _pairs(coder, text):
    return pairs(code(coder, text, "en"))


def _roots(coder, text):
    return {root for _, root, _ in _pairs(coder, text)}


def test_shooting_dead_a_named_candidate_is_an_assassination(coder):
    found = codes(code(coder, "Colombian rebels shot dead presidential candidate Carlos Pizarro in Bogota.", "en"))
    assert any(code_ == "186" for _, code_, _ in found), found


def test_shooting_without_killing_stays_a_shooting(coder):
    # decoy: "shot" alone is no killing, so no assassination
    found = codes(code(coder, "Colombian rebels shot and wounded presidential candidate Carlos Pizarro in Bogota.", "en"))
    assert not any(code_ == "186" for _, code_, _ in found), found


@pytest.mark.parametrize(
    "text,wanted",
    [
        ("Ugandan police beat up three opposition lawmakers in Kampala on Monday.", ("UGA", "18", "UGA")),
        ("Iranian security forces beat a Kurdish woman to death in Tehran.", ("IRN", "18", "IRN")),
    ],
)
def test_beatings_are_assaults(coder, text, wanted):
    assert wanted in _pairs(coder, text)


def test_beating_a_team_is_no_assault(coder):
    # decoy: "beat" alone is the sports sense
    assert "18" not in _roots(coder, "Morocco beat Portugal in the World Cup quarter-final.")


@pytest.mark.parametrize(
    "text,wanted",
    [
        ("Azerbaijani troops entered the Armenian village of Sotk on Tuesday.", ("AZE", "19", "ARM")),
        ("Ethiopian soldiers entered the Somali town of Baidoa overnight.", ("ETH", "19", "SOM")),
    ],
)
def test_forces_entering_a_place_use_force_on_its_state(coder, text, wanted):
    assert wanted in _pairs(coder, text)


def test_an_accord_entering_into_force_is_no_force(coder):
    # decoy: "entered into force" has the accord for its subject, no armed forces
    assert "19" not in _roots(coder, "The peace accord between Ethiopia and Eritrea entered into force on Monday.")


def test_a_leader_entering_a_hall_is_no_force(coder):
    # decoy: only armed forces entering a place use force
    assert "19" not in _roots(coder, "The Kenyan president entered the conference hall in Addis Ababa on Monday.")


def test_a_missile_launched_over_a_country_is_a_show_of_force_to_it(coder):
    found = codes(code(coder, "The launch of two ballistic missiles over Japan by North Korea drew protests from Tokyo.", "en"))
    assert ("PRK", "150", "JPN") in found, found
    # "over the weekend" names when, no one the launch is aimed at.
    found = codes(code(coder, "North Korea carried out a missile launch over the weekend.", "en"))
    assert ("PRK", "150", None) in found, found
