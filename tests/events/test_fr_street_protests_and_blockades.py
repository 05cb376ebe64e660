"""French entries (patterns/fr.toml) of protest told with common news wording: blocking the ways
to a place ("ont bloqué les accès au port", "les abords", "un pont", "le quartier"), cutting a
road, "battre le pavé", refusing food; and "jeunes" as a crowd ([senses] crowd_nouns): their
force is a riot, force used on them repression. Sentences written here."""

from __future__ import annotations

import pytest

from .support import code, codes, pairs


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Des routiers espagnols ont bloqué mardi les accès au port de Bilbao.", ("ESP", "14", "ESP")),
        ("Des taxis portugais ont bloqué lundi les abords de l'aéroport de Porto.", ("PRT", "14", "PRT")),
        ("Des étudiants géorgiens ont bloqué un pont de Tbilissi toute la nuit.", ("GEO", "14", "GEO")),
        ("Des agriculteurs polonais ont bloqué avec leurs tracteurs le quartier des ministères à Varsovie.", ("POL", "14", "POL")),
        ("Des habitants nigériens en colère ont coupé la route nationale près de Zinder.", ("NER", "14", "NER")),
    ],
)
def test_blocking_the_ways_to_a_place_is_obstruction(coder, text, expected):
    found = pairs(code(coder, text, "fr"))
    assert expected in found
    # Not a veto or a refusal: "bloquer" alone is 120.
    assert not any(root == "12" for _, root, _ in found)
    assert any(c == "144" for _, c, _ in codes(code(coder, text, "fr")))


def test_blocking_a_decision_stays_a_rejection(coder):
    # Decoy: what is blocked is a decision, no place: no obstruction.
    found = codes(code(coder, "La Pologne a bloqué lundi l'adoption du budget européen.", "fr"))
    assert any(c.startswith("12") for _, c, _ in found)
    assert not any(c.startswith("14") for _, c, _ in found)


def test_battre_le_pavé_is_a_demonstration(coder):
    found = codes(code(coder, "Des milliers de Slovaques ont battu le pavé samedi à Košice contre le gouvernement.", "fr"))
    assert any(c == "141" for _, c, _ in found)


def test_battre_alone_is_no_demonstration(coder):
    # Decoy: an army that beats rebels does not demonstrate.
    found = codes(code(coder, "L'armée tchadienne a battu les rebelles du FACT dans le Tibesti.", "fr"))
    assert not any(c.startswith("14") for _, c, _ in found)


def test_refusing_all_food_is_a_hunger_strike(coder):
    found = codes(code(coder, "Un journaliste égyptien détenu au Caire refuse toute nourriture depuis lundi.", "fr"))
    assert any(c == "142" for _, c, _ in found)


def test_refusing_food_aid_is_no_hunger_strike(coder):
    # Decoy: a state refusing food aid is no hunger strike.
    found = codes(code(coder, "Le Niger a refusé l'aide alimentaire de la France.", "fr"))
    assert not any(c == "142" for _, c, _ in found)


def test_youths_clashing_with_the_police_riot(coder):
    found = codes(code(coder, "À Conakry, des jeunes ont affronté jeudi la police.", "fr"))
    assert any(c == "145" for _, c, _ in found)
    assert not any(c.startswith("19") for _, c, _ in found)


def test_police_firing_on_youths_is_repression(coder):
    found = codes(code(coder, "La police camerounaise a tiré sur des jeunes à Douala.", "fr"))
    assert any(c == "175" for _, c, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        # Decoys: one young man is no crowd; young soldiers are an army.
        "Un jeune Belge de 19 ans a été tué par un policier à Anvers.",
        "Des jeunes soldats ukrainiens ont affronté les troupes russes près de Bakhmout.",
    ],
)
def test_one_youth_or_young_soldiers_are_no_crowd(coder, text):
    found = codes(code(coder, text, "fr"))
    assert not any(c in ("145", "175") for _, c, _ in found)
