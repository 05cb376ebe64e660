"""Objects told after a run of time, place or manner adjuncts (grammar/interposed_adjuncts.py): the
noun phrase after the run is the verb's object, with its conjuncts, and the act is coded to it.
Sentences written here."""

from __future__ import annotations

import pytest

from ..events.support import code, pairs
from .support import parsed, word


@pytest.mark.parametrize(
    "text,verb,noun",
    [
        ("Kenya condemned as reckless on Tuesday threats by Ugandan officials to close the border.", "condemned", "threats"),
        ("Peru's government rejected on Monday Bolivia's request for a new border commission.", "rejected", "request"),
    ],
)
def test_english_object_after_adjuncts(coder, text, verb, noun):
    doc = parsed(coder, text, "en")
    found = word(doc, noun)
    assert found.dep_ == "dobj" and found.head.text == verb
    day = next(t for t in doc if t.text in ("Tuesday", "Monday"))
    assert day.dep_ == "pobj" and day.head.text == "on"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Kenya condemned as reckless on Tuesday threats by Ugandan officials to close the border.", ("KEN", "11", "UGA")),
        ("Peru's government rejected on Monday Bolivia's request for a new border commission.", ("PER", "12", "BOL")),
    ],
)
def test_english_act_coded_to_the_object(coder, text, expected):
    assert expected in pairs(code(coder, text, "en"))


@pytest.mark.parametrize(
    "text,verb,noun",
    [
        ("Des policiers ont passé à tabac mercredi à Conakry plusieurs militants de l'opposition guinéenne.", "passé", "militants"),
        ("Des émeutiers ont pris d'assaut jeudi, peu avant l'aube, le palais présidentiel à Bamako.", "pris", "palais"),
        ("Des jihadistes ont enlevé samedi avant l'aube quarante villageois dans le centre du Mali.", "enlevé", "villageois"),
    ],
)
def test_french_object_after_adjuncts(coder, text, verb, noun):
    doc = parsed(coder, text)
    found = word(doc, noun)
    assert found.dep_ == "obj" and found.head.text == verb


def test_french_count_stays_on_its_noun(coder):
    doc = parsed(coder, "Des jihadistes ont enlevé samedi avant l'aube quarante villageois dans le centre du Mali.")
    assert word(doc, "quarante").head.text == "villageois"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Des policiers ont passé à tabac mercredi à Conakry plusieurs militants de l'opposition guinéenne.", ("GIN", "18", "GIN")),
        ("Des émeutiers ont pris d'assaut jeudi, peu avant l'aube, le palais présidentiel à Bamako.", ("MLI", "14", "MLI")),
    ],
)
def test_french_act_coded_to_the_object(coder, text, expected):
    assert expected in pairs(code(coder, text, "fr"))


def test_second_conjunct_follows_the_object(coder):
    text = "Le Maroc a exhorté lundi soir l'Algérie et la Mauritanie à rouvrir leur frontière commune."
    doc = parsed(coder, text)
    assert word(doc, "Algérie").head.text == "exhorté"
    assert word(doc, "Mauritanie").head.text == "Algérie"
    found = pairs(code(coder, text, "fr"))
    assert ("MAR", "02", "DZA") in found and ("MAR", "02", "MRT") in found


@pytest.mark.parametrize(
    "text,lang,verb",
    [
        # A clause's subject, not an object.
        ("The minister said on Monday the talks had failed.", "en", "said"),
        # A verb of coming and going has no object.
        ("Le président sénégalais est rentré lundi à Dakar après une tournée en Europe.", "fr", "rentré"),
    ],
)
def test_no_object_is_made_up(coder, text, lang, verb):
    doc = parsed(coder, text, lang)
    assert not any(c.dep_ in ("dobj", "obj") for c in word(doc, verb).children)
