"""Session 12 actor rules: a noun's apposed name wins ("the UN force UNIFIL", "a militant group,
al-Shabaab,"); people "at" a national body are its state's; the article's sole country is the home
of a bare noun of a sentence that names it otherwise than by a nationality adjective; a place inside
a person's name says nothing of where the article is; Togo's offices. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from diurna.actors.homes import outside_names, sole_in_own_sentence
from diurna.records import Actor, ActorMention, Place, PlaceMention, TextSpan


def _mentions(coder, text: str, lang: str, day: str = "2024-05-20") -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    """(span text, country, organization, sector, entity) of every actor mention, in reading order."""
    coded = coder.code_text(text, date=dt.date.fromisoformat(day), lang=lang)
    return [(m.span.text, m.actor.country, m.actor.organization, m.actor.sector, m.actor.entity) for m in coded.actors]


def _with(mentions, word: str):
    return [m for m in mentions if word in m[0]]


# A noun's own name after it ---------------------------------------------------------------------


def test_a_forces_apposed_name_wins_over_its_owner(coder):
    mentions = _mentions(coder, "Israel asked the UN peacekeeping force UNIFIL to move away from the border on Sunday.", "en")
    force = _with(mentions, "force")
    assert [m[2] for m in force] == ["UNIFIL"]


def test_a_force_with_no_name_stays_its_owners(coder):
    # Decoy: no name after the noun.
    mentions = _mentions(coder, "Israel asked the UN peacekeeping force to move away from the border on Sunday.", "en")
    assert [m[2] for m in _with(mentions, "force")] != ["UNIFIL"]
    assert all(m[2] != "UNIFIL" for m in mentions)


def test_a_group_noun_takes_its_apposed_organisation(coder):
    mentions = _mentions(coder, "A Somali militant group, al-Shabaab, said on Monday it had carried out the bombing.", "en")
    group = [m for m in mentions if m[0].endswith("group")]
    assert [m[2] for m in group] == ["AL-SHABAAB"]


def test_a_group_noun_with_no_apposed_name_is_no_actor(coder):
    # Decoy: the group is not named; nothing was named before it either.
    mentions = _mentions(coder, "An armed group attacked the village on Monday, residents said.", "en")
    assert not [m for m in mentions if m[0].endswith("group")]


def test_a_group_noun_with_an_apposed_person_is_no_organisation(coder):
    # Decoy: the name after the group is a person's, no organisation.
    mentions = _mentions(coder, "A rights group, Amina Yusuf said, had documented the killings.", "en")
    assert not [m for m in mentions if m[0].endswith("group") and m[2] is not None]


# People at a national body ------------------------------------------------------------------------


def test_workers_at_a_national_company_are_its_states(coder):
    mentions = _mentions(coder, "Workers at Gazprom walked out on Thursday over unpaid wages.", "en")
    assert [m[1:4] for m in _with(mentions, "Workers")] == [("RUS", None, "LAB")]


def test_workers_chez_a_national_company_are_its_states(coder):
    mentions = _mentions(coder, "Les salariés chez Renault ont cessé le travail jeudi pour réclamer des hausses de salaire.", "fr")
    assert [m[1:4] for m in _with(mentions, "salariés")] == [("FRA", None, "LAB")]


def test_workers_with_an_owner_of_their_own_keep_it(coder):
    # Decoy: a country adjective already qualifies the noun; the company is no second owner.
    mentions = _mentions(coder, "German workers at Gazprom walked out on Thursday over unpaid wages.", "en")
    assert [m[1:4] for m in _with(mentions, "workers")] == [("DEU", None, "LAB")]


# The sole country in the bare noun's own sentence ------------------------------------------------


def test_the_sole_country_named_by_a_body_is_home_in_its_own_sentence(coder):
    mentions = _mentions(coder, "Police fired tear gas at demonstrators outside Kenya's parliament on Tuesday.", "en")
    assert [m[1:4] for m in _with(mentions, "Police")] == [("KEN", None, "COP")]


def test_the_sole_country_named_by_its_name_is_home_in_its_own_sentence(coder):
    mentions = _mentions(coder, "The IMF froze its loans to Bolivia after soldiers surrounded the presidential palace.", "en")
    assert [m[1:4] for m in _with(mentions, "soldiers")] == [("BOL", None, "MIL")]


def test_a_nationality_adjective_alone_is_no_home_in_its_own_sentence(coder):
    # Decoy: the sentence names the state only by the nationality of the people arrested.
    mentions = _mentions(coder, "Police arrested two Kenyan nationals at the airport on Tuesday.", "en")
    assert not _with(mentions, "Police")


def test_sole_in_own_sentence_reads_how_the_state_is_named():
    def mention(how: str, sentence: int) -> ActorMention:
        return ActorMention(TextSpan("x", 0, 1), Actor("KEN", "KEN", None, None, None, how), sentence, 0, 0)

    assert sole_in_own_sentence(0, "KEN", [mention("name", 0)])
    assert not sole_in_own_sentence(0, "KEN", [mention("adjective", 0)])
    assert not sole_in_own_sentence(0, "KEN", [mention("name", 1)])
    assert not sole_in_own_sentence(0, "UGA", [mention("name", 0)])


# A place inside a person's name --------------------------------------------------------------------


def _place(start: int, end: int) -> PlaceMention:
    place = Place("Town", "SOM", 0.0, 0.0, "city", None)
    return PlaceMention(TextSpan("Town", start, end), place, 0, 0, 0)


def test_a_place_inside_a_persons_name_is_dropped():
    inside, outside = _place(10, 16), _place(40, 46)
    assert outside_names([inside, outside], [(10, 27)]) == [outside]


def test_a_place_overlapping_no_name_is_kept():
    # Decoy: the name ends before the place starts.
    place = _place(30, 36)
    assert outside_names([place], [(10, 27)]) == [place]


# Togo's offices ------------------------------------------------------------------------------------


def test_the_president_of_togos_council_of_ministers_is_faure_gnassingbe(coder):
    mentions = _mentions(coder, "Le président du Conseil des ministres, Faure Gnassingbé, a reçu lundi l'ambassadeur du Ghana.", "fr", "2025-09-01")
    assert [m[1:4] for m in _with(mentions, "Conseil des ministres")] == [("TGO", None, "GOV")]


def test_faure_gnassingbe_was_togos_president_before_2025(coder):
    mentions = _mentions(coder, "Faure Gnassingbé a reçu lundi l'ambassadeur du Ghana.", "fr", "2020-09-01")
    assert [m[1:4] for m in _with(mentions, "Gnassingbé")] == [("TGO", None, "GOV")]


# A group noun tied to a side --------------------------------------------------------------------


def test_a_group_linked_to_a_states_agency_is_that_states(coder):
    mentions = _mentions(coder, "A group linked to Iran's intelligence ministry hacked the water utility on Monday.", "en")
    assert [m[1] for m in mentions if m[0] == "A group"] == ["IRN"]


def test_a_group_close_to_an_organisation_is_that_organisations(coder):
    mentions = _mentions(coder, "Un groupe proche du Hamas a revendiqué lundi l'attaque.", "fr")
    assert [m[2] for m in mentions if m[0] == "Un groupe"] == ["HAMAS"]


def test_a_group_linked_to_no_actor_is_no_actor(coder):
    # Decoy: what the group is linked to is no actor.
    mentions = _mentions(coder, "A group linked to the bombing was dismantled on Monday.", "en")
    assert not [m for m in mentions if m[0].endswith("group")]


def test_a_linked_group_does_not_vote_for_the_home_country(coder):
    # The group stands for a side already named: the bare minister stays the article's own state's.
    text = "A group linked to Iran's intelligence ministry hacked Israel's water utility and Israeli banks, the cyber minister said."
    mentions = _mentions(coder, text, "en")
    assert [m[1] for m in mentions if m[0].endswith("cyber minister")] == ["ISR"]


# A bare noun and its owner after "from" / "of" ----------------------------------------------------


def test_a_bare_noun_takes_the_side_and_sector_of_its_owner_after_of(coder):
    text = "Leaders of the opposition called a general strike on Monday. Kenya's president rejected the call in Kenya."
    mentions = _mentions(coder, text, "en")
    assert [m[1:4] for m in mentions if m[0] == "Leaders"] == [("KEN", None, "OPP")]


def test_a_bare_noun_keeps_its_sector_after_a_persons_name(coder):
    # Decoy: a person's supporters are not of the person's sector.
    text = "Supporters of William Ruto rallied in Nairobi on Monday."
    mentions = _mentions(coder, text, "en")
    supporters = [m for m in mentions if m[0].startswith("Supporters")]
    assert supporters and all(m[3] != "GOV" for m in supporters)


def test_negotiators_take_the_side_they_come_from(coder):
    text = "Negotiators from the federal government began talks with the rebels on Tuesday. Ethiopia's army said the talks had stalled in Ethiopia."
    mentions = _mentions(coder, text, "en")
    assert [m[1] for m in mentions if m[0] == "Negotiators"] == ["ETH"]


def test_negotiators_with_no_owner_are_no_actor(coder):
    # Decoy: negotiators are either side's, never guessed.
    text = "Negotiators began talks with the rebels on Tuesday. Ethiopia's army said the talks had stalled in Ethiopia."
    mentions = _mentions(coder, text, "en")
    assert not [m for m in mentions if m[0] == "Negotiators"]
