"""A body's head noun alone stands for the body only in the same number (actors/earlier.py head_key):
"Reporters Without Borders … the reporter" is a journalist; "the interior ministry … the ministry"
is still the ministry. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt


def _mentions(coder, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    coded = coder.code_text(text, date=dt.date(2024, 5, 20), lang="en")
    return [(m.span.text, m.actor.country, m.actor.organization, m.actor.sector) for m in coded.actors]


def test_a_singular_noun_is_no_short_name_of_a_plural_headed_body(coder):
    mentions = _mentions(coder, "Reporters Without Borders said on Monday that the reporter had been detained in Kabul for a week.")
    reporter = [m for m in mentions if m[0] == "the reporter"]
    assert reporter and reporter[0][2] is None and reporter[0][3] == "MED"


def test_a_singular_short_name_of_a_singular_head_is_the_body(coder):
    # Decoy: same number, the short name still stands for the body.
    mentions = _mentions(coder, "Pakistan's interior ministry banned the rally. The ministry said the ban would last a week.")
    ministry = [m for m in mentions if m[0] == "The ministry"]
    assert ministry and ministry[0][1] == "PAK"
