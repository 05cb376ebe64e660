"""The home country of a bare noun (actors/homes.py, actors/datelines.py): the article's sole country
in the noun's own sentence, a place inside a person's name saying nothing of where the article is,
the dateline as the last home. Sentences written for these tests, each with a decoy that must not be
read so."""

from __future__ import annotations

from diurna.actors.homes import outside_names, sole_in_own_sentence
from diurna.records import Actor, ActorMention, Place, PlaceMention, TextSpan

from .support import actor_mentions, with_word


def _place(start: int, end: int) -> PlaceMention:
    place = Place("Town", "SOM", 0.0, 0.0, "city", None)
    return PlaceMention(TextSpan("Town", start, end), place, 0, 0, 0)


# The sole country in the bare noun's own sentence ------------------------------------------------


def test_the_sole_country_named_by_a_body_is_home_in_its_own_sentence(coder):
    mentions = actor_mentions(coder, "Police fired tear gas at demonstrators outside Kenya's parliament on Tuesday.", "en")
    assert [m[1:4] for m in with_word(mentions, "Police")] == [("KEN", None, "COP")]


def test_the_sole_country_named_by_its_name_is_home_in_its_own_sentence(coder):
    mentions = actor_mentions(coder, "The IMF froze its loans to Bolivia after soldiers surrounded the presidential palace.", "en")
    assert [m[1:4] for m in with_word(mentions, "soldiers")] == [("BOL", None, "MIL")]


def test_a_nationality_adjective_alone_is_no_home_in_its_own_sentence(coder):
    # Decoy: the sentence names the state only by the nationality of the people arrested.
    mentions = actor_mentions(coder, "Police arrested two Kenyan nationals at the airport on Tuesday.", "en")
    assert not with_word(mentions, "Police")


def test_sole_in_own_sentence_reads_how_the_state_is_named():
    def mention(how: str, sentence: int) -> ActorMention:
        return ActorMention(TextSpan("x", 0, 1), Actor("KEN", "KEN", None, None, None, how), sentence, 0, 0)

    assert sole_in_own_sentence(0, "KEN", [mention("name", 0)])
    assert not sole_in_own_sentence(0, "KEN", [mention("adjective", 0)])
    assert not sole_in_own_sentence(0, "KEN", [mention("name", 1)])
    assert not sole_in_own_sentence(0, "UGA", [mention("name", 0)])


def test_a_place_inside_a_persons_name_is_dropped():
    inside, outside = _place(10, 16), _place(40, 46)
    assert outside_names([inside, outside], [(10, 27)]) == [outside]


def test_a_place_overlapping_no_name_is_kept():
    # Decoy: the name ends before the place starts.
    place = _place(30, 36)
    assert outside_names([place], [(10, 27)]) == [place]


# The dateline as the last home -------------------------------------------------------------------


def test_a_datelines_capital_is_home_to_a_bare_noun(coder):
    mentions = actor_mentions(coder, "DHAKA, May 20 (Reuters) - Police fired tear gas at students blocking a highway on Monday.", "en")
    assert [m[1:4] for m in with_word(mentions, "Police")] == [("BGD", None, "COP")]


def test_a_state_named_in_the_text_wins_over_the_dateline(coder):
    # Decoy: the text names its own state; the dateline is where the story was filed.
    mentions = actor_mentions(coder, "NAIROBI, May 20 (Reuters) - Police fired tear gas at students in Mogadishu, Somalia, on Monday.", "en")
    assert [m[1] for m in with_word(mentions, "Police")] == ["SOM"]


def test_a_dateline_town_that_is_no_capital_gives_no_home(coder):
    # Decoy: a town's name is no state's name or seat.
    mentions = actor_mentions(coder, "GOMA, May 20 (Reuters) - Police fired tear gas at students on Monday.", "en")
    assert not with_word(mentions, "Police")


def test_dateline_country_reads_names_and_seats(coder):
    from diurna.actors.datelines import dateline_country

    knowledge = coder.actor_resources(["en"]).knowledge
    assert dateline_country("DHAKA", knowledge) == "BGD"
    assert dateline_country("BRUXELLES", knowledge) == "BEL"
    assert dateline_country("GOMA", knowledge) is None
    assert dateline_country(None, knowledge) is None
