"""A body's name inside a longer sector phrase is no mention of that body (actors.mentions
``within_longer_sectors``): "the Nigeria Labour Congress" is Nigeria's labour, not the US Congress;
"Congress" alone stays the US Congress. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt


def _mentions(coder, text: str, lang: str = "en") -> list[tuple[str, str | None, str | None, str | None]]:
    coded = coder.code_text(text, date=dt.date(2024, 5, 20), lang=lang)
    return [(m.span.text, m.actor.country, m.actor.organization, m.actor.sector) for m in coded.actors]


def test_a_union_congress_is_its_countrys_labour(coder):
    mentions = _mentions(coder, "The Ghana Labour Congress called a nationwide strike over fuel prices on Monday.")
    assert ("The Ghana Labour Congress", "GHA", None, "LAB") in mentions
    assert not [m for m in mentions if m[1] == "USA"]


def test_a_trades_union_congress_after_a_possessive_country(coder):
    mentions = _mentions(coder, "Britain's Trades Union Congress backed the nurses' walkout.")
    assert [m[1:] for m in mentions if "Congress" in m[0]] == [("GBR", None, "LAB")]


def test_congress_alone_is_still_the_us_congress(coder):
    # Decoy: no sector phrase holds the name.
    mentions = _mentions(coder, "Congress approved new sanctions on Venezuela on Thursday.")
    assert ("Congress", "USA", None, "LEG") in mentions
