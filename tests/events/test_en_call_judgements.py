"""A judgement put on the object of "call" is criticism (111): the "call blow", "call attack",
"call motivated" and "call abrupt" entries of patterns/en.toml. Sentences written for these tests,
each with a decoy that must not be read so."""

from __future__ import annotations

import pytest

from .support import code, codes, pairs


@pytest.mark.parametrize(
    "text,wanted",
    [
        ("Norway called Russia's ban on its journalists a blow to press freedom.", ("NOR", "11", "RUS")),
        ("Guyana called Venezuela's referendum an attack on its sovereignty.", ("GUY", "11", "VEN")),
        ("Georgia called the Russian charges against its citizens politically motivated.", ("GEO", "11", "RUS")),
        ("Morocco called Algeria's sudden change of position abrupt.", ("MAR", "11", "DZA")),
    ],
)
def test_a_judgement_on_the_object_is_criticism(coder, text, wanted):
    assert wanted in pairs(code(coder, text, "en"))


def test_a_call_for_attacks_is_no_criticism(coder):
    # decoy: "called for attacks" asks for them; the judgement entry needs the object predicate
    found = codes(code(coder, "Hamas called for attacks on Israeli targets.", "en"))
    assert not any(c.startswith("11") for _, c, _ in found)


def test_a_praising_judgement_is_no_criticism(coder):
    # decoy: a word of praise is no criticism
    found = pairs(code(coder, "Chile called the Argentine proposal a success.", "en"))
    assert not any(root == "11" for _, root, _ in found)


@pytest.mark.parametrize(
    "text,wanted",
    [
        ("Chile called the Peruvian closure of the border deeply regrettable.", ("CHL", "11", "PER")),
        ("Lithuania called the Belarusian treatment of migrants deplorable.", ("LTU", "11", "BLR")),
        ("Kosovo called the Serbian police operation treacherous.", ("XKX", "11", "SRB")),
        ("Ecuador called the Mexican asylum decision unjustifiable.", ("ECU", "11", "MEX")),
    ],
)
def test_regret_and_reproach_put_on_the_object_are_criticism(coder, text, wanted):
    # the "call regrettable", "call deplorable", "call treacherous" and "call unjustifiable" entries
    assert wanted in pairs(code(coder, text, "en"))
