"""French: the verb of an idiom with a bare noun ("faire irruption"), read by fr_core_news_md as a
dependent of that noun at the sentence's root when a weekday and "soir" follow
(grammar/fr_clauses.py: light_verb_read_under_its_noun). Sentences written here, parsed and
repaired by the real pipeline."""

from __future__ import annotations

from ..events.support import code, pairs
from .support import parsed, word

RAID = "Des gendarmes tchadiens ont fait irruption lundi soir dans l'ambassade du Soudan."


def test_the_light_verb_is_the_root_and_its_noun_the_object(coder):
    doc = parsed(coder, RAID)
    assert word(doc, "fait").dep_ == "ROOT"
    assert word(doc, "irruption").dep_ == "obj" and word(doc, "irruption").head.text == "fait"
    assert word(doc, "ambassade").head.text == "fait"


def test_the_raid_on_the_embassy_is_coded(coder):
    assert ("TCD", "17", "SDN") in pairs(code(coder, RAID, "fr"))
