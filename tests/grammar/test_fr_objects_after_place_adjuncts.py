"""French objects told after a weekday and a place adjunct ("ont entamé mardi près de Manille des
manœuvres"), read by fr_core_news_md as an adjunct of the verb or a complement of the place name:
fr_phrases.object_read_after_place_adjunct gives them back to the verb. Sentences written here,
parsed and repaired by the real pipeline."""

from __future__ import annotations

import pytest

from ..events.support import code, dyads
from .support import parsed, word


@pytest.mark.parametrize(
    "text,noun,verb",
    [
        ("Les marines japonaise et philippine ont entamé mardi près de Manille des manœuvres conjointes.", "manœuvres", "entamé"),
        ("Les garde-côtes ont saisi lundi près de Dakar des filets illégaux.", "filets", "saisi"),
    ],
)
def test_phrase_after_a_place_adjunct_is_the_verbs_object(coder, text, noun, verb):
    thing = word(parsed(coder, text), noun)
    assert thing.dep_ == "obj" and thing.head.text == verb


def test_each_navy_of_a_joint_drill_is_a_party(coder):
    events = dyads(code(coder, "Les marines japonaise et philippine ont entamé mardi près de Manille des manœuvres conjointes.", "fr"))
    assert any(s.startswith("JPN") and root == "06" and t is not None and t.startswith("PHL") for s, root, t in events)


def test_a_complement_of_a_common_noun_is_left(coder):
    # "au nom des pays": "nom" is no bare name; "des pays" is its complement.
    thing = word(parsed(coder, "Le ministre a parlé mardi au nom des pays du Sud."), "pays")
    assert thing.dep_ != "obj"
