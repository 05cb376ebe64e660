"""French objects told right after a place name in a preposition ("a reçu lundi à Rabat son
homologue"), read by fr_core_news_md as a modifier of the name: fr_phrases.object_read_on_place_name
gives them back to the verb. Sentences written here, parsed and repaired by the real pipeline."""

from __future__ import annotations

import pytest

from ..events.support import code, dyads
from .support import parsed, word


@pytest.mark.parametrize(
    "text,noun,verb",
    [
        ("Le ministre a reçu lundi à Rabat son homologue espagnol.", "homologue", "reçu"),
        ("Le gouvernement colombien a repris samedi à Caracas les négociations avec la guérilla.", "négociations", "repris"),
    ],
)
def test_phrase_after_a_place_name_is_the_verbs_object(coder, text, noun, verb):
    thing = word(parsed(coder, text), noun)
    assert thing.dep_ == "obj" and thing.head.text == verb


def test_phrase_after_a_place_name_lets_the_act_be_coded(coder):
    events = dyads(code(coder, "Le gouvernement soudanais a repris samedi à Djeddah les négociations avec le Tchad.", "fr"))
    assert any(s.startswith("SDN") and root == "04" and t is not None and t.startswith("TCD") for s, root, t in events)


@pytest.mark.parametrize(
    "text,noun",
    [
        # The verb has its object already: the phrase stays where the parser put it.
        ("L'armée a bombardé le camp lundi à Kidal la ville du nord.", "ville"),
        # A time phrase is no object.
        ("L'armée a frappé à Kidal la nuit dernière.", "nuit"),
    ],
)
def test_phrase_that_is_no_object_is_left(coder, text, noun):
    thing = word(parsed(coder, text), noun)
    assert thing.dep_ != "obj"
