"""Names and nouns the press uses for bodies and groups: the UN mission in Congo (MONUSCO), the UN's
human rights office (OHCHR) and its court (ICJ) by their descriptive names, Lebanon's Internal
Security Forces, Rwanda's president, armed bandits, hired killers and schoolchildren as sector nouns.
Sentences written for these tests; each with a decoy that must not change."""

from __future__ import annotations

import datetime as dt

import pytest


def _mentions(coder, text: str, lang: str, day: str = "2024-05-20") -> list[tuple[str, str | None, str | None, str | None]]:
    coded = coder.code_text(text, date=dt.date.fromisoformat(day), lang=lang)
    return [(m.span.text, m.actor.country, m.actor.organization, m.actor.sector) for m in coded.actors]


@pytest.mark.parametrize(
    ("text", "lang", "organization"),
    [
        ("La Mission des Nations unies en RDC a dénoncé des exactions à Beni.", "fr", "MONUSCO"),
        ("The UN mission in the DRC reported new displacement near Bunia.", "en", "MONUSCO"),
        ("Le bureau onusien des droits humains a dénoncé des arrestations à Bamako.", "fr", "OHCHR"),
        ("Le Haut-Commissariat de l'ONU aux droits humains a publié un rapport sur le Tigré.", "fr", "OHCHR"),
        ("La juridiction onusienne a ordonné des mesures conservatoires jeudi.", "fr", "ICJ"),
        ("The top UN court will rule on the case next month.", "en", "ICJ"),
    ],
)
def test_descriptive_names_of_un_bodies(coder, text, lang, organization):
    assert organization in [m[2] for m in _mentions(coder, text, lang)]


def test_the_un_itself_is_still_the_un(coder):
    # Decoy: the United Nations by name, with no mission or office around it.
    mentions = _mentions(coder, "Les Nations unies ont dénoncé des exactions en RDC.", "fr")
    assert "UN" in [m[2] for m in mentions]
    assert "MONUSCO" not in [m[2] for m in mentions]


def test_lebanons_internal_security_forces(coder):
    mentions = _mentions(coder, "The Internal Security Forces arrested three men in Tripoli's old market.", "en")
    assert ("The Internal Security Forces", "LBN", None, "COP") in mentions


def test_rwandas_president_by_name(coder):
    mentions = _mentions(coder, "Paul Kagame a reçu mardi à Kigali une délégation burundaise.", "fr")
    assert [m[1:] for m in mentions if m[0] == "Paul Kagame"] == [("RWA", None, "GOV")]
    # Before his presidency the name holds no office of the data that day.
    before = _mentions(coder, "Paul Kagame a reçu mardi une délégation burundaise.", "fr", day="1990-05-20")
    assert [m[3] for m in before if m[0] == "Paul Kagame"] != ["GOV"]


@pytest.mark.parametrize(
    ("text", "lang", "noun", "sector"),
    [
        ("Armed bandits stormed a village in Zamfara state on Tuesday.", "en", "bandits", "CRM"),
        ("Des bandits armés ont attaqué un village de l'État de Zamfara mardi.", "fr", "bandits", "CRM"),
        ("Le maire a été abattu par des tueurs à gages mexicains.", "fr", "tueurs à gages", "CRM"),
        ("Des écoliers nigérians ont été libérés samedi.", "fr", "écoliers", "EDU"),
    ],
)
def test_sector_nouns_added(coder, text, lang, noun, sector):
    assert sector in [m[3] for m in _mentions(coder, text, lang) if noun in m[0]]


def test_hired_killers_take_their_own_nationality(coder):
    mentions = _mentions(coder, "Le maire a été abattu par des tueurs à gages mexicains.", "fr")
    assert [m[1] for m in mentions if "tueurs" in m[0]] == ["MEX"]


def test_a_bandwagon_is_no_bandit(coder):
    # Decoy: a word that starts like the noun names no actor.
    mentions = _mentions(coder, "Voters jumped on the bandwagon in Zamfara state.", "en")
    assert not [m for m in mentions if m[3] == "CRM"]


def test_isf_is_lebanons_police_unless_the_article_is_about_another_state(coder):
    lebanon = _mentions(coder, "Lebanon's ISF arrested two men in Beirut on Sunday.", "en")
    assert [m[1:] for m in lebanon if m[0].endswith("ISF")] == [("LBN", None, "COP")]
    # Decoy: in an article about Iraq, "the ISF" are Iraq's security forces.
    iraq = _mentions(coder, "Iraqi troops advanced on Mosul. After seizing the district, the ISF repelled two counterattacks.", "en")
    assert [m[1] for m in iraq if m[0].endswith("ISF")] == ["IRQ"]
