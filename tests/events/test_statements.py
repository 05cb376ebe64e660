"""Plain statements as CAMEO 010, when the configuration asks for them ([coding] statements)."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt

import pytest

from diurna.ingest import article_from_text


@pytest.fixture(scope="module")
def stating_coder(coder):
    """The session's coder with statements on: same models and knowledge, another configuration."""
    stating = copy.copy(coder)
    stating.config = dataclasses.replace(coder.config, statements=True)
    return stating


def coded(coder, text, lang):
    article = article_from_text(text, "statement", lang=lang, published=dt.date(2022, 3, 24))
    return [(e.source.actor.country, e.target.actor.country if e.target else None, e.cameo.code) for e in coder.code(article).events]


@pytest.mark.parametrize("text, lang, expected", [
    ("The French foreign minister said on Monday that the talks would resume in Geneva next week.", "en", ("FRA", None, "010")),
    ("The German chancellor told Poland that the pipeline was safe.", "en", ("DEU", "POL", "010")),
    ("Le ministre français des Affaires étrangères a déclaré lundi que les discussions reprendraient à Genève.", "fr", ("FRA", None, "010")),
    ("La chancelière allemande a dit à la Pologne que le gazoduc était sûr.", "fr", ("DEU", "POL", "010")),
])
def test_a_plain_statement_is_010_only_when_asked_for(coder, stating_coder, text, lang, expected):
    assert expected in coded(stating_coder, text, lang)
    assert all(code != "010" for _, _, code in coded(coder, text, lang))


@pytest.mark.parametrize("text, lang", [
    ("The French foreign minister said that Russia had bombed Kharkiv.", "en"),
    ("Le ministre français des Affaires étrangères a affirmé que la Russie avait bombardé Kharkiv.", "fr"),
])
def test_the_reported_act_keeps_its_own_actors_beside_the_statement(stating_coder, text, lang):
    events = coded(stating_coder, text, lang)
    assert ("FRA", None, "010") in events
    assert any(source == "RUS" and target == "UKR" and code.startswith("19") for source, target, code in events)


def test_a_statement_holding_the_speakers_own_act_is_that_act(coder, stating_coder):
    text = "Russia said it would send troops to Syria."
    assert coded(coder, text, "en"), "the intent itself must be coded for this test to mean anything"
    assert all(code != "010" for _, _, code in coded(stating_coder, text, "en"))


def test_a_question_or_a_statement_with_no_clause_is_no_statement(stating_coder):
    assert coded(stating_coder, "Did the French foreign minister say that the talks would resume?", "en") == []
    assert coded(stating_coder, "The French foreign minister said nothing on Monday.", "en") == []
