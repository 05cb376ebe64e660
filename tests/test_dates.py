"""Event dates in a sentence, absolute and relative to the article's date."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

from diurna.dates import date_expressions
from diurna.knowledge.language_profile import load_language_profile

ARTICLE = dt.date(2022, 3, 24)  # a Thursday


@pytest.fixture(scope="module")
def blank():
    return {"fr": spacy.blank("fr"), "en": spacy.blank("en")}


def dates(blank, lang, text, future=False):
    doc = blank[lang](text)
    return [(e.date, e.precision) for e in date_expressions(doc[:], load_language_profile(lang), ARTICLE, future=future)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("fr", "Ce jeudi, les Alliés se sont réunis.", dt.date(2022, 3, 24)),
        ("fr", "Lundi, la Russie a frappé Kiev.", dt.date(2022, 3, 21)),
        ("fr", "Jeudi dernier, la Russie a frappé Kiev.", dt.date(2022, 3, 17)),
        ("fr", "Hier, la Russie a frappé Kiev.", dt.date(2022, 3, 23)),
        ("fr", "Avant-hier, la Russie a frappé Kiev.", dt.date(2022, 3, 22)),
        ("fr", "Le 24 février, la Russie a envahi l'Ukraine.", dt.date(2022, 2, 24)),
        ("fr", "Le 1er mars 2021, rien.", dt.date(2021, 3, 1)),
        ("en", "On Thursday, NATO met.", dt.date(2022, 3, 24)),
        ("en", "Yesterday, Russia struck Kyiv.", dt.date(2022, 3, 23)),
        ("en", "On March 3, Russia struck Kyiv.", dt.date(2022, 3, 3)),
        ("en", "Last Monday, Russia struck Kyiv.", dt.date(2022, 3, 21)),
    ],
)
def test_dates(blank, lang, text, expected):
    assert dates(blank, lang, text)[0][0] == expected


def test_weekday_follows_the_tense(blank):
    assert dates(blank, "fr", "Lundi, les ministres se réuniront.", future=True)[0][0] == dt.date(2022, 3, 28)
    assert dates(blank, "fr", "Lundi prochain, les ministres se réuniront.")[0][0] == dt.date(2022, 3, 28)


def test_impossible_and_far_future_dates_are_not_used(blank):
    assert dates(blank, "fr", "Le 31 février 2022, rien ne s'est passé.") == []
    assert dates(blank, "en", "On March 3, 2090, nothing happened.") == []


def test_yearless_date_after_the_article_is_last_year(blank):
    assert dates(blank, "fr", "Le 28 décembre, la Russie a frappé Kiev.")[0][0] == dt.date(2021, 12, 28)
