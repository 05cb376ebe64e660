"""People's names (actors/mentions.py, actors/given_names.py): a surname after another given name is no
known bearer's; a name "of" a governor, a mayor or the police is a place. Sentences written for
these tests, each with a decoy that must not be read so."""

from __future__ import annotations

import pytest

from .support import actor_mentions, with_word


# A surname after another given name ---------------------------------------------------------------


def test_a_surname_after_another_given_name_is_no_known_bearer(coder):
    mentions = actor_mentions(coder, "Mexico granted asylum to the lawyer Roberta Chavez on Monday.", "en")
    assert not [m for m in mentions if m[4] == "Hugo Chavez"]


def test_a_known_full_name_is_still_its_bearer(coder):
    # Decoy: the given name is the known person's own.
    mentions = actor_mentions(coder, "Venezuela marked the anniversary of Hugo Chavez's death on Tuesday.", "en", "2016-03-05")
    assert [m[4] for m in with_word(mentions, "Chavez")] == ["Hugo Chavez"]


def test_a_bare_surname_is_still_its_bearer(coder):
    # Decoy: no given name before the surname.
    mentions = actor_mentions(coder, "Lavrov met the Chinese foreign minister in Beijing on Monday.", "en")
    assert [m[1] for m in with_word(mentions, "Lavrov")] == ["RUS"]


# A name "of" a governor, a mayor, the police is a place -------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "noun"),
    [
        ("The governor of Lagos ordered traders to leave the market by Friday.", "en", "governor"),
        ("Le gouverneur de Lagos a ordonné aux commerçants de quitter le marché.", "fr", "gouverneur"),
    ],
)
def test_a_name_of_a_governor_is_his_place(coder, text, lang, noun):
    mentions = actor_mentions(coder, text, lang)
    assert [m[1:4] for m in with_word(mentions, noun)] == [("NGA", None, "GOV")]
    assert all(m[1] != "CHL" for m in mentions)


def test_a_name_of_supporters_is_still_a_person(coder):
    # Decoy: supporters are no noun of people who rule where they are; "Lagos" is the Chilean.
    mentions = actor_mentions(coder, "Des partisans de Lagos ont défilé samedi à Santiago.", "fr", "2004-05-20")
    assert [m[1] for m in with_word(mentions, "partisans")] == ["CHL"]


# A known name inside a longer one (actors/atoms.name_goes_on) ----------------------------------------


def test_a_known_name_followed_by_more_of_the_same_name_is_not_its_bearer(coder):
    mentions = actor_mentions(coder, "The lawyer Juan Carlos Ortega criticised Peru on Friday.", "en", "2012-05-04")
    assert not [m for m in mentions if m[4] == "Juan Carlos I"], mentions


def test_the_known_name_alone_is_still_its_bearer(coder):
    # Decoy: nothing follows the known name.
    mentions = actor_mentions(coder, "Juan Carlos opened the new session of parliament on Friday.", "en", "2012-05-04")
    assert [m[1] for m in with_word(mentions, "Juan Carlos")] == ["ESP"], mentions
