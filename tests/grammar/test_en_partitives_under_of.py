"""A part named before its whole inside a noun's "of" phrase (grammar/en_partitives.py,
``part_read_as_head_of_whole_in_of_phrase``). Sentences written for these tests, with decoys."""

from __future__ import annotations

import datetime as dt

from .support import parsed, word


def test_the_whole_after_a_quantifier_is_the_object_of_of(coder):
    # "seized control of most/pobj of Hodeidah/pobj": Hodeidah is what is controlled
    doc = parsed(coder, "The militia seized control of most of Hodeidah on Sunday.", "en")
    whole, most, control = word(doc, "Hodeidah"), word(doc, "most"), word(doc, "control")
    # the "of" right after "control" (hung on "control" or on "took") now takes the town
    assert whole.dep_ == "pobj" and whole.head.i == control.i + 1
    assert most.head.i == whole.i and most.dep_ == "amod"


def test_the_town_controlled_is_the_target(coder):
    events = coder.code_text("Turkish troops took control of most of Afrin on Sunday.", date=dt.date(2023, 6, 15), lang="en").events
    assert any(e.cameo.root == "19" and e.target is not None and e.target.actor.country == "SYR" for e in events)


def test_a_quantifier_under_another_preposition_is_left_alone(coder):
    # decoy: "as part of a deal" is no part of the deal acted on
    doc = parsed(coder, "Kenya sent the officers as part of a deal with Haiti.", "en")
    assert word(doc, "deal").head.lower_ == "of" and word(doc, "deal").head.head.lower_ == "part"


def test_a_number_under_of_is_left_alone(coder):
    # decoy: amounts are not quantifiers of a whole ("the release of thousands of prisoners")
    doc = parsed(coder, "They demanded the release of thousands of prisoners.", "en")
    assert word(doc, "prisoners").head.head.lower_ == "thousands"
