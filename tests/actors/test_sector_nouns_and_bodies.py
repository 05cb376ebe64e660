"""Sector nouns and named bodies in the actor data (knowledge/data/sectors.toml, organizations.toml,
institutions.toml): inmates, union members, people without papers, youths, group nouns; the UN's
human rights council, electoral bodies, national companies, "la province de l'Ituri". Sentences
written for these tests, each with a decoy that must not be read so."""

from __future__ import annotations

import datetime as dt
import pytest

from .support import actor_mentions, mentions_without_entity, with_word


# Sector nouns: inmates, union members, people without papers --------------------------------------


def test_inmates_are_civilians_of_their_place(coder):
    mentions = actor_mentions(coder, "Hundreds of inmates at a prison in Manama refused food on Monday.", "en")
    assert [m[1:4] for m in with_word(mentions, "inmates")] == [("BHR", None, "CVL")]


def test_union_members_are_labour(coder):
    mentions = actor_mentions(coder, "Des syndiqués ont bloqué lundi l'entrée du port de Casablanca, au Maroc.", "fr")
    assert [m[1:4] for m in with_word(mentions, "syndiqués")] == [("MAR", None, "LAB")]


def test_people_without_papers_are_civilians_of_their_place(coder):
    mentions = actor_mentions(coder, "Une centaine de sans-papiers ont occupé dimanche une église de Liège, en Belgique.", "fr")
    assert [m[1:4] for m in with_word(mentions, "sans-papiers")] == [("BEL", None, "CVL")]


def test_papers_alone_are_no_actor(coder):
    # Decoy: "papiers" alone names nobody.
    mentions = actor_mentions(coder, "Les papiers ont été saisis lundi à Liège, en Belgique.", "fr")
    assert not with_word(mentions, "papiers")


# The UN's human rights council -------------------------------------------------------------------


def test_the_human_rights_council_in_french_is_the_uns(coder):
    mentions = actor_mentions(coder, "Le Conseil des droits de l'homme a voté jeudi l'envoi d'enquêteurs au Soudan.", "fr")
    assert [m[2] for m in with_word(mentions, "Conseil")] == ["UNHRC"]


def test_a_national_human_rights_council_is_no_uns(coder):
    # Decoy: a national council with its own adjective.
    mentions = actor_mentions(coder, "Le Conseil national des droits de l'homme a publié jeudi un rapport à Rabat.", "fr")
    assert all(m[2] != "UNHRC" for m in mentions)


# "la province de l'Ituri" ---------------------------------------------------------------------------


def test_the_province_of_ituri_in_french_is_congos(coder):
    coded = coder.code_text("Des miliciens ont attaqué dimanche un camp de déplacés dans la province de l'Ituri.", date=dt.date(2024, 5, 20), lang="fr")
    assert [p.place and p.place.country for p in coded.places if "Ituri" in p.span.text] == ["COD"]


# Sector nouns -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("Mozambique's electoral commission", "en", ("MOZ", None, "GOV")),
        ("la commission électorale ivoirienne", "fr", ("CIV", None, "GOV")),
        ("le Conseil national électoral vénézuélien", "fr", ("VEN", None, "GOV")),
        ("Chad's transitional military council", "en", ("TCD", None, "MIL")),
        ("le conseil militaire guinéen", "fr", ("GIN", None, "MIL")),
        ("the Georgian opposition groups", "en", ("GEO", None, "OPP")),
        ("la coalition d'opposition camerounaise", "fr", ("CMR", None, "OPP")),
        ("Senegalese youths", "en", ("SEN", None, "CVL")),
        ("les instituteurs gabonais", "fr", ("GAB", None, "EDU")),
        ("les contrôleurs aériens français", "fr", ("FRA", None, "LAB")),
    ],
)
def test_group_nouns(coder, text, lang, expected):
    result = coder.resolve_actor(text, lang=lang, date=dt.date(2024, 5, 6))
    assert (result["country"], result["organization"], result["sector"]) == expected


def test_young_people_are_civilians(coder):
    mentions = mentions_without_entity(coder, "Des jeunes ont érigé des barricades samedi à Lomé.", "fr")
    assert [m[1:] for m in with_word(mentions, "jeunes")] == [("TGO", None, "CVL")]


def test_the_adjective_young_is_no_actor(coder):
    # Decoy: "jeune" as an adjective ("un jeune homme") names no crowd of young people.
    mentions = mentions_without_entity(coder, "Un jeune homme a été arrêté samedi à Lomé par la police togolaise.", "fr")
    assert not [m for m in mentions if m[3] == "CVL" and "jeune" in m[0]]


def test_a_commission_alone_is_no_actor(coder):
    assert coder.resolve_actor("the commission", lang="en")["sector"] is None


# Organisations and national companies ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("Sonatrach", "fr", ("DZA", None, "BUS")),
        ("Gazprom", "en", ("RUS", None, "BUS")),
        ("Saudi Aramco", "en", ("SAU", None, "BUS")),
        ("Eskom", "fr", ("ZAF", None, "BUS")),
        ("the SDF", "en", ("SYR", "SDF", "REB")),
        ("le Haut-Commissariat pour les réfugiés", "fr", (None, "UNHCR", "IGO")),
    ],
)
def test_named_bodies(coder, text, lang, expected):
    result = coder.resolve_actor(text, lang=lang, date=dt.date(2024, 5, 6))
    assert (result["country"], result["organization"], result["sector"]) == expected


def test_french_sdf_are_the_homeless_not_the_syrian_forces(coder):
    # Decoy: "les SDF" (sans domicile fixe) in French.
    assert coder.resolve_actor("les SDF", lang="fr")["organization"] is None
