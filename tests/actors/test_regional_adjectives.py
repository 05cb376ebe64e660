"""A sector noun a regional adjective qualifies names people of several states: it takes no home
country (actors/homes.py ``regional``, actor_words.toml [regional]). Sentences written for these
tests, each with a decoy that must keep its country."""

from __future__ import annotations

import datetime as dt

import pytest

from diurna.knowledge.actors import ActorKnowledge


def mention_codes(coder, text: str, lang: str) -> list[tuple[str, str]]:
    """(span text, actor code) of every actor mention, in reading order."""
    coded = coder.code_text(text, date=dt.date(2024, 5, 20), lang=lang)
    return [(m.span.text, m.actor.code) for m in coded.actors]


@pytest.mark.parametrize(
    ("text", "lang", "noun"),
    [
        # ("European ministers" are EU ministers, the Council of the EU: GUIDELINES, "Compound actors")
        ("African ministers met their Ukrainian counterpart in Kyiv on Monday.", "en", "ministers"),
        ("Western diplomats criticised the Ukrainian government on Monday.", "en", "diplomats"),
        ("Arab foreign ministers met in Cairo on Sunday.", "en", "ministers"),
        ("Latin American leaders gathered in Brasilia on Friday.", "en", "leaders"),
        ("Des ministres africains ont rencontré le président ukrainien à Kiev.", "fr", "ministres"),
        ("Les diplomates occidentaux ont quitté Niamey jeudi.", "fr", "diplomates"),
    ],
)
def test_people_of_a_region_take_no_home_country(coder, text, lang, noun):
    found = mention_codes(coder, text, lang)
    assert not [code for span, code in found if noun in span], found


@pytest.mark.parametrize(
    ("text", "lang", "noun", "code"),
    [
        # Decoys: a bare noun still takes the article's country; a nationality adjective names its state.
        ("The ministers met in Kyiv on Monday.", "en", "ministers", "UKRGOV"),
        ("Ukrainian ministers met European officials in Kyiv.", "en", "Ukrainian ministers", "UKRGOV"),
        ("Les ministres nigériens ont quitté Niamey jeudi.", "fr", "ministres", "NERGOV"),
    ],
)
def test_people_of_a_state_keep_it(coder, text, lang, noun, code):
    found = mention_codes(coder, text, lang)
    assert any(noun in span and c == code for span, c in found), found


def test_an_organisation_named_by_a_regional_adjective_is_still_read(coder):
    # "European leaders" is the European Council's alias: read as the organisation, before any sector noun.
    found = mention_codes(coder, "European leaders met in Brussels on Thursday.", "en")
    assert any("European leaders" in span and code.startswith("IGO") for span, code in found), found


def test_the_regional_table_is_loaded_per_language():
    words = ActorKnowledge.load().words.regional
    assert "european" in words["en"] and "africain" in words["fr"]
    assert "africain" not in words["en"]
