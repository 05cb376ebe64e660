"""English parse repairs (grammar/en.py), each shown by a sentence written here and coded by the
real pipeline: the repair is what lets the coder find the act and its actors."""

from __future__ import annotations

import pytest

from ..events.support import code, codes, dyads


@pytest.mark.parametrize(
    "text,wanted",
    [
        # A finite past verb read as the modifier of the noun phrase after it ("extradited/amod gang
        # leader ... Macias/ROOT"): the verb heads the clause and takes the phrase as its object.
        ("Ecuador extradited gang leader Adolfo Macias to the United States on Sunday.", ("ECU", "063", "USA")),
        ("Turkey detained journalist Can Dundar in Ankara.", ("TUR", "173", "TUR")),
    ],
)
def test_past_verb_read_as_modifier(coder, text, wanted):
    assert wanted in codes(code(coder, text, "en"))


@pytest.mark.parametrize(
    "text,wanted",
    [
        # "dismissed as hypocrisy X's order": the object comes after the "as" predicate.
        ("Kyiv dismissed as hypocrisy President Vladimir Putin's order for a ceasefire.", ("UKR", "12", "RUS")),
        ("China denounced as interference the remarks of the German minister.", ("CHN", "11", "DEU")),
    ],
)
def test_object_after_as_predicate(coder, text, wanted):
    assert wanted in dyads(code(coder, text, "en"))


def test_as_predicate_without_shifted_object_is_left_alone(coder):
    assert ("RUS", "12", None) in dyads(code(coder, "Russia dismissed the report as a hoax.", "en"))


def test_locative_preposition_read_as_particle(coder):
    # "which Royal Marines seized off/prt Gibraltar/dobj": Gibraltar is where, not what was seized.
    text = "Tehran condemned the seizure of the oil tanker, which Royal Marines seized off Gibraltar."
    found = dyads(code(coder, text, "en"))
    assert any(s == "GBR" and r == "17" for s, r, _ in found)
    assert not any(t == "GIB" for _, _, t in found)


@pytest.mark.parametrize(
    "text,wanted",
    [
        # Lemmas the model gets wrong: "staged" -> "stag", "waging" -> "wag", "lambasted" -> "lambast".
        ("China staged military drills near Taiwan.", ("CHN", "15", "TWN")),
        ("Russia is waging a war against Ukraine.", ("RUS", "19", "UKR")),
        ("The Kremlin lambasted Finland over its NATO bid.", ("RUS", "11", "FIN")),
    ],
)
def test_verb_lemmas_mended(coder, text, wanted):
    assert wanted in dyads(code(coder, text, "en"))
