"""Pattern families (events/patterns/*.toml `[[family]]`): one frame for every verb of a class with
every word of a class; an entry written for one pair keeps its own frame."""

from __future__ import annotations

import pytest

from diurna.knowledge.patterns import PatternSet


@pytest.fixture(scope="module")
def english():
    return PatternSet.load("en")


def _named(patterns, kind, name):
    return [p for p in patterns.patterns if p.kind == kind and p.name == name]


def test_a_family_gives_each_verb_each_word(english):
    # "rush" and "airlift" have no entry of their own: the family of relief sent gives them one
    for name in ("rush paramedic", "airlift tent", "fly medic"):
        found = _named(english, "verb", name)
        assert len(found) == 1 and found[0].code == "073", name


def test_an_entry_written_for_one_pair_keeps_its_frame(english):
    # "send police" is written with target_required = false; the family's own pair is not added again
    found = _named(english, "verb", "send police")
    assert len(found) == 1 and not found[0].target_required


def test_a_family_verb_of_several_words_keeps_them(english):
    assert _named(english, "verb", "take custody")[0].particles == ("custody",)
