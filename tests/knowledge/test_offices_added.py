"""Offices added for the states that had none in offices.toml (issue 5, actors): their holders are
resolved by name and by title on a date inside their term, and not outside it. Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from diurna.knowledge.actors import ActorKnowledge

from ..actors.support import actor_mentions, with_word

# States that had no office before this round: each now has its head of state (and of government
# where the office exists).
ADDED_STATES = (
    "AGO BEN BWA BDI CPV CMR CAF COM COG CIV DJI ERI SWZ GMB GIN GNB GNQ LSO LBR MDG MWI MRT MUS SEN SYC STP TZA UGA "
    "ZMB ZWE DOM SLV GTM HND CRI PRY URY JAM TTO BHS BRB KHM LAO VNM NPL KAZ KGZ TJK TKM UZB MNG SGP BRN TLS BHR KWT "
    "OMN MDV BTN TWN BIH XKX NZL PNG FJI"
).split()


@pytest.fixture(scope="module")
def actors() -> ActorKnowledge:
    return ActorKnowledge.load()


def test_every_added_state_has_an_office_held_in_2025(actors):
    day = dt.date(2025, 1, 15)
    for iso3 in ADDED_STATES:
        held = [o for o in actors.offices.values() if o.country == iso3 and o.holder_on(day) is not None]
        assert held, iso3


@pytest.mark.parametrize(
    ("name", "inside", "outside", "office"),
    [
        ("Mohamed Ould Cheikh El Ghazouani", dt.date(2024, 12, 21), dt.date(2018, 6, 1), "MRT-PRES"),
        ("Bassirou Diomaye Faye", dt.date(2024, 6, 1), dt.date(2023, 6, 1), "SEN-PRES"),
        ("Macky Sall", dt.date(2020, 6, 1), dt.date(2024, 6, 1), "SEN-PRES"),
        ("Mamadi Doumbouya", dt.date(2022, 3, 1), dt.date(2021, 6, 1), "GIN-PRES"),
        ("Samia Suluhu Hassan", dt.date(2022, 3, 1), dt.date(2020, 3, 1), "TZA-PRES"),
        ("Hakainde Hichilema", dt.date(2023, 3, 1), dt.date(2020, 3, 1), "ZMB-PRES"),
        ("Kassym-Jomart Tokayev", dt.date(2022, 1, 6), dt.date(2018, 1, 6), "KAZ-PRES"),
        ("Tokaïev", dt.date(2022, 1, 6), dt.date(2018, 1, 6), "KAZ-PRES"),
        ("Hun Manet", dt.date(2024, 1, 6), dt.date(2022, 1, 6), "KHM-PM"),
        ("Albin Kurti", dt.date(2023, 5, 30), dt.date(2020, 12, 1), "XKX-PM"),
        ("Jacinda Ardern", dt.date(2019, 3, 16), dt.date(2024, 3, 16), "NZL-PM"),
        ("Emmerson Mnangagwa", dt.date(2019, 1, 15), dt.date(2017, 1, 15), "ZWE-PRES"),
    ],
)
def test_a_holder_holds_the_office_only_in_the_term(actors, name, inside, outside, office):
    role, _ = actors.person(name, inside)
    assert role is not None and role.office is not None and role.office.id == office, (name, role)
    assert role.sector == "GOV"
    # Outside the term the name is still known (a former holder) but holds no role.
    role_outside, canonical = actors.person(name, outside)
    assert role_outside is None and canonical is not None


def test_a_person_holding_two_offices_in_turn_has_each_on_its_dates(actors):
    lai_premier, _ = actors.person("William Lai", dt.date(2018, 6, 1))
    lai_president, _ = actors.person("William Lai", dt.date(2025, 6, 1))
    assert lai_premier.office.id == "TWN-PM" and lai_president.office.id == "TWN-PRES"
    mirziyoyev, _ = actors.person("Shavkat Mirziyoyev", dt.date(2012, 6, 1))
    assert mirziyoyev.office.id == "UZB-PM"


@pytest.mark.parametrize(
    ("title", "lang", "iso3", "day", "holder"),
    [
        ("président", "fr", "MRT", dt.date(2024, 12, 21), "Mohamed Ould Ghazouani"),
        ("président", "fr", "MRT", dt.date(2016, 12, 21), "Mohamed Ould Abdel Aziz"),
        ("President", "en", "UGA", dt.date(2021, 1, 14), "Yoweri Museveni"),
        ("Premier ministre", "fr", "SEN", dt.date(2023, 1, 1), "Amadou Ba"),
        ("Premier ministre", "fr", "SEN", dt.date(2025, 1, 1), "Ousmane Sonko"),
        ("Premier", "en", "TWN", dt.date(2020, 1, 1), "Su Tseng-chang"),
        ("King", "en", "SWZ", dt.date(2021, 7, 1), "Mswati III"),
        ("émir", "fr", "KWT", dt.date(2021, 7, 1), "Nawaf al-Ahmad al-Jaber al-Sabah"),
        ("chef de l'État", "fr", "CMR", dt.date(2020, 1, 1), "Paul Biya"),
    ],
)
def test_a_title_names_the_holder_of_the_day(actors, title, lang, iso3, day, holder):
    office = actors.office_for(title, lang, country=iso3)
    assert office is not None
    assert office.holder_on(day).name == holder


def test_a_title_between_two_holders_names_no_one(actors):
    # Gambia's Barrow took office on 2017-01-19: the day before, Jammeh; Madagascar's president
    # resigned on 2023-09-09 to run again and was sworn in anew on 2023-12-16.
    gambia = actors.office_for("President", "en", country="GMB")
    assert gambia.holder_on(dt.date(2017, 1, 18)).name == "Yahya Jammeh"
    madagascar = actors.office_for("President", "en", country="MDG")
    assert madagascar.holder_on(dt.date(2023, 10, 20)) is None
    assert madagascar.holder_on(dt.date(2024, 3, 1)).name == "Andry Rajoelina"


def test_a_name_in_a_sentence_is_its_state(coder):
    mentions = actor_mentions(
        coder, "Mohamed Ould Cheikh El Ghazouani a reçu jeudi à Nouakchott le ministre espagnol de l'Intérieur.", "fr", "2024-12-19"
    )
    assert [(m[1], m[3]) for m in with_word(mentions, "Ghazouani")] == [("MRT", "GOV")]


def test_a_national_title_in_a_sentence_is_its_state(coder):
    mentions = actor_mentions(coder, "Kenya's President William Ruto met Ugandan President Yoweri Museveni in Kampala.", "en", "2024-03-02")
    assert [(m[1], m[3]) for m in with_word(mentions, "Museveni")] == [("UGA", "GOV")]


def test_a_former_holder_after_the_term_holds_no_office_but_comes_from_the_state(actors):
    role, canonical = actors.person("Robert Mugabe", dt.date(2018, 7, 29))
    assert role is None and canonical == "Robert Mugabe"
    former = actors.last_role("Robert Mugabe", dt.date(2018, 7, 29))
    assert former is not None and former.country == "ZWE"


def test_a_title_many_bodies_bear_names_no_branch_of_an_organisation(actors):
    # "the EU's chief negotiator" is no ECB president: "chief" is the title of many bodies' heads.
    assert actors.office_for("chief", "en", organization="EU") is None
    # A title one body alone bears still names that branch's office ("the UN human rights chief").
    branch = actors.office_for("human rights chief", "en", organization="UN")
    assert branch is not None and branch.organization == "OHCHR"
