"""Toponyms and their resolution."""

from __future__ import annotations

import datetime as dt

from diurna.records import CodedArticle


def places(coder, text, lang):
    result = coder.code_text(text, date=dt.date(2022, 3, 24), lang=lang)
    assert isinstance(result, CodedArticle)
    return {p.span.text: p.place for p in result.places}


def test_french_exonyms_resolve(coder):
    found = places(coder, "Les ministres se sont réunis à Bruxelles puis à Varsovie et à Pékin.", "fr")
    assert found["Bruxelles"].country == "BEL" and found["Bruxelles"].geonameid == 2800866
    assert found["Varsovie"].country == "POL"
    assert found["Pékin"].country == "CHN"


def test_context_decides_ambiguous_names(coder):
    assert places(coder, "A tornado damaged homes in Paris, Texas, on Sunday.", "en")["Paris"].country == "USA"
    assert places(coder, "Clashes erupted in Tripoli, Lebanon, on Monday.", "en")["Tripoli"].country == "LBN"
    assert places(coder, "Des combats ont éclaté à Tripoli, en Libye.", "fr")["Tripoli"].country == "LBY"
    assert places(coder, "Les ministres se sont réunis à Paris.", "fr")["Paris"].country == "FRA"


def test_unknown_place_keeps_its_mention(coder):
    found = places(coder, "Les combats ont repris à Zqxvbourg.", "fr")
    assert "Zqxvbourg" in found and found["Zqxvbourg"] is None


def test_capital_as_actor_is_not_a_place(coder):
    found = places(coder, "Moscou a dénoncé les sanctions.", "fr")
    assert "Moscou" not in found
