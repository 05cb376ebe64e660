"""The codes of acts ended, lifted or broken off (knowledge/data/cameo_undo.tsv, read by
Ontology.undone_code): the longest of an act's code, three-digit code and root with a row decides;
an empty cell says the act has no undoing."""

from __future__ import annotations

import pytest

from diurna.knowledge.language_profile import LANGUAGES, load_language_profile
from diurna.knowledge.ontology import Ontology


@pytest.fixture(scope="module")
def ontology():
    return Ontology.load()


@pytest.mark.parametrize(
    ("act", "expected"),
    [
        ("050", "161"),  # ties ended: relations broken
        ("054", "161"),  # recognition withdrawn
        ("062", "160"),  # military cooperation ended: by its root
        ("070", "162"),  # aid stopped
        ("073", "1623"),  # humanitarian aid stopped
        ("046", "164"),  # negotiations halted
        ("045", "165"),  # mediation halted
        ("163", "085"),  # sanctions lifted
        ("1724", "0814"),  # a state of emergency lifted
        ("1723", "0813"),  # a curfew lifted
        ("191", "0872"),  # a blockade lifted
    ],
)
def test_the_code_of_an_act_undone(ontology, act, expected):
    assert ontology.undone_code(act) == expected


def test_acts_with_no_undoing(ontology):
    assert ontology.undone_code("075") is None  # asylum: an empty cell under the aid root's row
    assert ontology.undone_code("043") is None  # a summit ended is no halt of talks
    assert ontology.undone_code("190") is None  # force has no row


def test_every_code_in_the_table_is_a_cameo_code(ontology):
    assert all(act in ontology.cameo for act in ontology.undone_codes)
    assert all(code in ontology.cameo for code in ontology.undone_codes.values() if code)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_words_of_ending_of_each_language(ontology, lang):
    profile = load_language_profile(lang)
    assert profile.ending_verbs and profile.ending_nouns and profile.ending_of_prepositions <= profile.ending_prepositions | {"d'"}
    assert all(1 <= len(expression.split()) <= 2 for expression in profile.ending_verbs)
    # A bond names an act that has an undoing: ties ended are relations broken.
    assert profile.bond_nouns and all(ontology.undone_code(code) for code in profile.bond_nouns.values())
    assert profile.leaving_verbs
