"""A body named in full, then by its head noun alone (diurna.actors.earlier)."""

from __future__ import annotations

import datetime as dt


def _mentions(coder, text: str, lang: str, day: str = "2024-03-10") -> list[tuple]:
    coded = coder.code_text(text, date=dt.date.fromisoformat(day), lang=lang)
    return [(m.span.text, m.actor.country, m.actor.organization, m.actor.sector) for m in coded.actors]


def _found(mentions, text: str):
    return [m[1:] for m in mentions if m[0] == text]


def test_a_sector_noun_alone_is_the_body_named_in_full_before(coder):
    # Pakistan is named once and Afghans too: no home country, the ministry is the one named.
    text = "Pakistan's interior ministry announced the deportation plan. The ministry said Afghans had until November to leave."
    found = _mentions(coder, text, "en")
    assert _found(found, "The ministry") == [("PAK", None, "GOV")]


def test_a_short_name_that_is_no_actor_word_takes_the_institution_named_before(coder):
    text = "Le Conseil constitutionnel sénégalais a rendu sa décision jeudi. Le Conseil a annulé le décret du président Macky Sall."
    found = _mentions(coder, text, "fr")
    assert _found(found, "Le Conseil") == [("SEN", None, "JUD")]


def test_a_short_name_stands_for_nothing_when_no_body_has_that_head(coder):
    text = "Le conseil municipal de Lyon s'est réuni. Le Conseil a voté le budget."
    found = _mentions(coder, text, "fr")
    assert _found(found, "Le Conseil") == []


def test_an_indefinite_noun_is_no_short_name(coder):
    # "a ministry" is another one.
    text = "Pakistan's interior ministry announced the plan. A ministry in Kabul rejected it."
    found = _mentions(coder, text, "en")
    assert ("PAK", None, "GOV") not in _found(found, "A ministry")
