"""Session 13 actor rules: a country's own group named with its adjective ("les rebelles ougandais des
ADF") is that group; a surname after another given name ("Betssy Chavez") is no known bearer's; a
name "of" a governor, mayor or police is a place ("the governor of Lagos"); regions of the Americas
are no United States ("Central American"); inmates, union members and "sans-papiers" are sector
nouns; "le Conseil des droits de l'homme" is the UN's; "province de l'Ituri" is a place.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from diurna.actors.resolved import own_group


def _mentions(coder, text: str, lang: str, day: str = "2024-05-20") -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    """(span text, country, organization, sector, entity) of every actor mention, in reading order."""
    coded = coder.code_text(text, date=dt.date.fromisoformat(day), lang=lang)
    return [(m.span.text, m.actor.country, m.actor.organization, m.actor.sector, m.actor.entity) for m in coded.actors]


def _with(mentions, word: str):
    return [m for m in mentions if word in m[0]]


# A country's own group named with its adjective ----------------------------------------------------


def test_a_sector_noun_with_its_countrys_own_group_is_that_group(coder):
    mentions = _mentions(coder, "Les rebelles ougandais des ADF ont incendié un marché dans la nuit de samedi.", "fr")
    assert [m[1:4] for m in _with(mentions, "rebelles")] == [("UGA", "ADF", "REB")]


def test_a_sector_noun_with_another_countrys_group_keeps_the_adjective(coder):
    # Decoy: the adjective names another state than the group's own.
    mentions = _mentions(coder, "Les combattants syriens du Hamas ont quitté la ville samedi.", "fr")
    assert [m[1:3] for m in _with(mentions, "combattants")] == [("SYR", None)]


def test_troops_of_an_alliance_with_a_nationality_stay_their_states(coder):
    # Decoy: an intergovernmental body is no group of the adjective's state.
    mentions = _mentions(coder, "Les soldats français de l'OTAN sont arrivés lundi en Roumanie.", "fr")
    assert [m[1:4] for m in _with(mentions, "soldats")] == [("FRA", None, "MIL")]


def test_own_group_needs_the_same_state_and_no_igo(coder):
    knowledge = coder.actor_resources(["en"]).knowledge
    assert own_group(knowledge, "UGA", "ADF")
    assert not own_group(knowledge, "COD", "ADF")
    assert not own_group(knowledge, "FRA", "NATO")


# A surname after another given name ---------------------------------------------------------------


def test_a_surname_after_another_given_name_is_no_known_bearer(coder):
    mentions = _mentions(coder, "Mexico granted asylum to the lawyer Roberta Chavez on Monday.", "en")
    assert not [m for m in mentions if m[4] == "Hugo Chavez"]


def test_a_known_full_name_is_still_its_bearer(coder):
    # Decoy: the given name is the known person's own.
    mentions = _mentions(coder, "Venezuela marked the anniversary of Hugo Chavez's death on Tuesday.", "en", "2016-03-05")
    assert [m[4] for m in _with(mentions, "Chavez")] == ["Hugo Chavez"]


def test_a_bare_surname_is_still_its_bearer(coder):
    # Decoy: no given name before the surname.
    mentions = _mentions(coder, "Lavrov met the Chinese foreign minister in Beijing on Monday.", "en")
    assert [m[1] for m in _with(mentions, "Lavrov")] == ["RUS"]


# A name "of" a governor, a mayor, the police is a place -------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "noun"),
    [
        ("The governor of Lagos ordered traders to leave the market by Friday.", "en", "governor"),
        ("Le gouverneur de Lagos a ordonné aux commerçants de quitter le marché.", "fr", "gouverneur"),
    ],
)
def test_a_name_of_a_governor_is_his_place(coder, text, lang, noun):
    mentions = _mentions(coder, text, lang)
    assert [m[1:4] for m in _with(mentions, noun)] == [("NGA", None, "GOV")]
    assert all(m[1] != "CHL" for m in mentions)


def test_a_name_of_supporters_is_still_a_person(coder):
    # Decoy: supporters are no noun of people who rule where they are; "Lagos" is the Chilean.
    mentions = _mentions(coder, "Des partisans de Lagos ont défilé samedi à Santiago.", "fr", "2004-05-20")
    assert [m[1] for m in _with(mentions, "partisans")] == ["CHL"]


# Regions of the Americas are no United States -----------------------------------------------------


def test_a_central_american_university_is_no_american_one(coder):
    mentions = _mentions(coder, "Nicaraguan police closed the Central American University in Managua on Wednesday.", "en")
    assert all(m[1] != "USA" for m in mentions)
    assert [m[1] for m in _with(mentions, "University")] == ["NIC"]


def test_latin_american_leaders_are_no_americans(coder):
    mentions = _mentions(coder, "Latin American leaders met in Brasilia on Tuesday.", "en")
    assert all(m[1] != "USA" for m in mentions)


def test_american_officials_are_still_americans(coder):
    # Decoy: the adjective alone is the United States'.
    mentions = _mentions(coder, "American officials met Mexican negotiators in Monterrey on Tuesday.", "en")
    assert [m[1] for m in _with(mentions, "American")] == ["USA"]


# Sector nouns: inmates, union members, people without papers --------------------------------------


def test_inmates_are_civilians_of_their_place(coder):
    mentions = _mentions(coder, "Hundreds of inmates at a prison in Manama refused food on Monday.", "en")
    assert [m[1:4] for m in _with(mentions, "inmates")] == [("BHR", None, "CVL")]


def test_union_members_are_labour(coder):
    mentions = _mentions(coder, "Des syndiqués ont bloqué lundi l'entrée du port de Casablanca, au Maroc.", "fr")
    assert [m[1:4] for m in _with(mentions, "syndiqués")] == [("MAR", None, "LAB")]


def test_people_without_papers_are_civilians_of_their_place(coder):
    mentions = _mentions(coder, "Une centaine de sans-papiers ont occupé dimanche une église de Liège, en Belgique.", "fr")
    assert [m[1:4] for m in _with(mentions, "sans-papiers")] == [("BEL", None, "CVL")]


def test_papers_alone_are_no_actor(coder):
    # Decoy: "papiers" alone names nobody.
    mentions = _mentions(coder, "Les papiers ont été saisis lundi à Liège, en Belgique.", "fr")
    assert not _with(mentions, "papiers")


# The UN's human rights council -------------------------------------------------------------------


def test_the_human_rights_council_in_french_is_the_uns(coder):
    mentions = _mentions(coder, "Le Conseil des droits de l'homme a voté jeudi l'envoi d'enquêteurs au Soudan.", "fr")
    assert [m[2] for m in _with(mentions, "Conseil")] == ["UNHRC"]


def test_a_national_human_rights_council_is_no_uns(coder):
    # Decoy: a national council with its own adjective.
    mentions = _mentions(coder, "Le Conseil national des droits de l'homme a publié jeudi un rapport à Rabat.", "fr")
    assert all(m[2] != "UNHRC" for m in mentions)


# "North and South Korea" ---------------------------------------------------------------------------


def test_north_coordinated_with_south_korea_is_north_korea(coder):
    mentions = _mentions(coder, "North and South Korea exchanged warning shots across the border on Monday.", "en")
    assert {m[1] for m in mentions} == {"PRK", "KOR"}


def test_a_north_with_nothing_after_it_is_no_state(coder):
    # Decoy: "North" before "and" and a lower-case word is a direction, even beside South Korea.
    mentions = _mentions(coder, "South Korea said troops moved north and east of the city on Monday.", "en")
    assert "PRK" not in {m[1] for m in mentions}


# The dateline as the last home -------------------------------------------------------------------


def test_a_datelines_capital_is_home_to_a_bare_noun(coder):
    mentions = _mentions(coder, "DHAKA, May 20 (Reuters) - Police fired tear gas at students blocking a highway on Monday.", "en")
    assert [m[1:4] for m in _with(mentions, "Police")] == [("BGD", None, "COP")]


def test_a_state_named_in_the_text_wins_over_the_dateline(coder):
    # Decoy: the text names its own state; the dateline is where the story was filed.
    mentions = _mentions(coder, "NAIROBI, May 20 (Reuters) - Police fired tear gas at students in Mogadishu, Somalia, on Monday.", "en")
    assert [m[1] for m in _with(mentions, "Police")] == ["SOM"]


def test_a_dateline_town_that_is_no_capital_gives_no_home(coder):
    # Decoy: a town's name is no state's name or seat.
    mentions = _mentions(coder, "GOMA, May 20 (Reuters) - Police fired tear gas at students on Monday.", "en")
    assert not _with(mentions, "Police")


def test_dateline_country_reads_names_and_seats(coder):
    from diurna.actors.datelines import dateline_country

    knowledge = coder.actor_resources(["en"]).knowledge
    assert dateline_country("DHAKA", knowledge) == "BGD"
    assert dateline_country("BRUXELLES", knowledge) == "BEL"
    assert dateline_country("GOMA", knowledge) is None
    assert dateline_country(None, knowledge) is None


# "la province de l'Ituri" ---------------------------------------------------------------------------


def test_the_province_of_ituri_in_french_is_congos(coder):
    coded = coder.code_text("Des miliciens ont attaqué dimanche un camp de déplacés dans la province de l'Ituri.", date=dt.date(2024, 5, 20), lang="fr")
    assert [p.place and p.place.country for p in coded.places if "Ituri" in p.span.text] == ["COD"]
