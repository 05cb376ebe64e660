"""French: a person's name after a verb read as a part of a name, a modifier or a complement of the
verb (grammar/fr_names.py: object_name_read_on_verb). Sentences written for these tests, with a
decoy that must stay as it is."""

from __future__ import annotations

import pytest

from ..events.support import code, pairs
from .support import parsed, word


@pytest.mark.parametrize(
    "text,first,last,source,target",
    [
        ("Emmanuel Macron recevra Olaf Scholz lundi à Paris, a annoncé l'Élysée.", "Olaf", "Scholz", "FRA", "DEU"),
        ("Le Premier ministre japonais recevra Narendra Modi jeudi à Tokyo.", "Narendra", "Modi", "JPN", "IND"),
    ],
)
def test_a_name_after_a_verb_is_its_object(coder, text, first, last, source, target):
    doc = parsed(coder, text, "fr")
    assert word(doc, first).dep_ == "obj" and word(doc, last).head.text == first
    assert (source, "04", target) in pairs(code(coder, text, "fr")) or (source, "03", target) in pairs(code(coder, text, "fr"))


def test_a_name_after_its_preposition_stays_a_phrase(coder):
    # Decoy: "a parlé avec Olaf Scholz": the name has its preposition, no object.
    doc = parsed(coder, "Emmanuel Macron a parlé lundi avec Olaf Scholz.", "fr")
    assert word(doc, "Olaf").dep_ != "obj"
