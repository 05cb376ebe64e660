"""An agent noun works for the side named after "for" (actor_words.toml [owners] agents_*): "Negotiators
for the Colombian government" are Colombia's government; an envoy "for Sudan" is sent to Sudan, not
Sudan's. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt


def _mentions(coder, text: str, lang: str = "en") -> list[tuple[str, str | None, str | None, str | None]]:
    """(span text, country, organization, sector) of every actor mention, in reading order."""
    coded = coder.code_text(text, date=dt.date(2024, 5, 20), lang=lang)
    return [(m.span.text, m.actor.country, m.actor.organization, m.actor.sector) for m in coded.actors]


def test_the_words_list_for_only_for_agent_nouns(coder):
    words = coder.knowledge.words
    assert "for" in words.owners_of("en", "negotiator")
    assert "from" in words.owners_of("en", "negotiator")
    assert "for" not in words.owners_of("en", "envoy")
    assert "for" not in words.owners_of("en", "ambassador")


def test_negotiators_for_a_government_are_that_governments(coder):
    mentions = _mentions(coder, "Negotiators for the Peruvian government resumed talks with the miners' union on Friday.")
    assert ("Negotiators", "PER", None, "GOV") in mentions


def test_fighters_for_a_group_are_that_groups(coder):
    mentions = _mentions(coder, "Fighters for Hezbollah fired anti-tank missiles at an Israeli post on Sunday.")
    assert [m[1:3] for m in mentions if m[0] == "Fighters"] == [("LBN", "HEZBOLLAH")]


def test_an_envoy_for_a_country_is_not_that_countrys(coder):
    # Decoy: an envoy "for Sudan" is sent there; "for" gives it no owner.
    mentions = _mentions(coder, "France said the envoy for Sudan would arrive in Port Sudan on Monday.")
    assert not [m for m in mentions if m[0] == "the envoy" and m[1] == "SDN"]
