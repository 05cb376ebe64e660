"""Bare "Congress" is a shared institution name (institutions.toml): the US Congress unless the article
is about another state that has one (``shared_with``): "approved aid to Ukraine" names no Ukrainian
congress. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .support import mentions_without_entity, with_word


def _congress(coder, text: str) -> tuple:
    (found,) = with_word(mentions_without_entity(coder, text, "en"), "Congress")
    return found[1:]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Peru's president said Congress had blocked the pension reform for a year.", "PER"),
        ("Brazil's finance minister urged Congress to pass the tax bill before the recess.", "BRA"),
        ("The White House asked Congress for more money to fight wildfires.", "USA"),
        ("Congress passed the spending bill late on Friday.", "USA"),
    ],
)
def test_bare_congress_is_the_article_state_s_else_the_us(coder, text, country):
    assert _congress(coder, text) == (country, None, "LEG")


@pytest.mark.parametrize(
    "text",
    [
        "Congress approved more military aid to Ukraine on Thursday.",
        "Congress approved new sanctions on Venezuela on Thursday.",
    ],
)
def test_congress_is_no_state_without_one(coder, text):
    assert _congress(coder, text) == ("USA", None, "LEG")


def test_a_congress_named_with_its_state_stays_that_state_s(coder):
    assert _congress(coder, "The US Congress approved new sanctions on Venezuela.") == ("USA", None, "LEG")
