"""Round 12 actor rules and data: the nearest noun takes a country word, a country word before a
noun that modifies another is both nouns'; electoral bodies, military councils, opposition groups,
youths, national companies."""

from __future__ import annotations

import datetime as dt

import pytest


def _mentions(coder, text: str, lang: str, day: str = "2024-05-06") -> list[tuple[str, str | None, str | None, str | None]]:
    """(span text, country, organization, sector) of every actor mention, in reading order."""
    coded = coder.code_text(text, date=dt.date.fromisoformat(day), lang=lang)
    return [(m.span.text, m.actor.country, m.actor.organization, m.actor.sector) for m in coded.actors]


def _with(mentions, word: str):
    """The mentions whose text holds ``word``."""
    return [m for m in mentions if word in m[0]]


# Nearest noun -----------------------------------------------------------------------------------


def test_a_second_noun_hung_on_the_first_keeps_its_own_country_word(coder):
    mentions = _mentions(coder, "Selon l'armée malienne, des soldats burkinabés ont tiré sur une patrouille près de la frontière.", "fr")
    assert [m[1:] for m in _with(mentions, "soldats")] == [("BFA", None, "MIL")]
    assert [m[1:] for m in _with(mentions, "armée")] == [("MLI", None, "MIL")]


def test_an_apposed_title_keeps_its_own_country_word(coder):
    text = "Après avoir reçu à Nairobi le ministre chinois des Affaires étrangères, le président kényan a téléphoné à son homologue."
    mentions = _mentions(coder, text, "fr")
    assert [m[1] for m in _with(mentions, "président kényan")] == ["KEN"]
    assert all(m[1] == "CHN" for m in _with(mentions, "ministre chinois"))


def test_a_noun_with_no_country_word_of_its_own_still_takes_one_through_another_noun(coder):
    # Decoy for the rule above: the soldiers have no country word of their own.
    mentions = _mentions(coder, "Des soldats de l'armée malienne ont été déployés à Gao.", "fr")
    assert [m[1:] for m in _with(mentions, "soldats")] == [("MLI", None, "MIL")]


def test_a_country_word_before_a_noun_modifying_another_is_both_nouns(coder):
    mentions = _mentions(coder, "Kenya granted asylum on Monday to a Somali opposition journalist who fled Mogadishu.", "en")
    journalist = [m for m in mentions if m[0].endswith("journalist")]
    assert [m[1:] for m in journalist] == [("SOM", None, "MED")]


def test_a_noun_without_the_country_word_does_not_take_it(coder):
    # Decoy: "Somali" qualifies the officials only; the journalist after "and" is not Somalia's.
    mentions = _mentions(coder, "Somali officials and a Kenyan journalist met in Nairobi on Monday.", "en")
    assert [m[1] for m in mentions if m[0].endswith("journalist")] == ["KEN"]


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
    mentions = _mentions(coder, "Des jeunes ont érigé des barricades samedi à Lomé.", "fr")
    assert [m[1:] for m in _with(mentions, "jeunes")] == [("TGO", None, "CVL")]


def test_the_adjective_young_is_no_actor(coder):
    # Decoy: "jeune" as an adjective ("un jeune homme") names no crowd of young people.
    mentions = _mentions(coder, "Un jeune homme a été arrêté samedi à Lomé par la police togolaise.", "fr")
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
