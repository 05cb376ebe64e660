"""A phrase in "de" after a weekday is the verb's, not the weekday's (grammar/fr_objects.py,
complement_after_weekday): "s'est emparé mercredi de la ville" takes the town, "a discuté jeudi de
la crise" its subject. A feast after a weekday stays the weekday's. Sentences written here."""

from __future__ import annotations

import pytest

from ..events.support import code, pairs
from .support import parsed, word


@pytest.mark.parametrize(
    "text,verb,noun",
    [
        ("Les rebelles se sont emparés jeudi de la ville de Bria, dans le nord-est du pays.", "emparés", "ville"),
        ("Les jihadistes se sont emparés vendredi de Ménaka, dans le nord-est du Mali.", "emparés", "Ménaka"),
        ("Le ministre a discuté mercredi de la crise avec son homologue.", "discuté", "crise"),
    ],
)
def test_a_de_phrase_after_a_weekday_is_the_verbs(coder, text, verb, noun):
    doc = parsed(coder, text)
    assert word(doc, noun).head.text == verb


def test_a_feast_stays_the_weekdays(coder):
    doc = parsed(coder, "Le président recevra lundi de Pâques les chefs des partis.")
    assert word(doc, "Pâques").head.text != "recevra"


def test_the_seizure_is_coded_against_the_towns_country(coder):
    events = code(coder, "Les jihadistes se sont emparés vendredi de Ménaka, dans le nord-est du Mali.", "fr")
    assert any(root == "19" and target == "MLI" for _, root, target in pairs(events))
