"""A finite verb read as coordinated with the verb of a subordinate clause in another form
(grammar/en_clauses.py: finite_verb_read_inside_subordinate_clause). Sentences written for these
tests, with decoys that must stay as they are."""

from __future__ import annotations

from ..events.support import code, pairs
from .support import parsed, word


def test_a_past_verb_after_a_mandative_clause_is_the_main_verb_conjunct(coder):
    doc = parsed(coder, "Macron insisted that Moscow withdraw its troops and urged Kyiv to resume talks.", "en")
    assert word(doc, "urged").head.text == "insisted"
    found = pairs(code(coder, "Macron insisted that Moscow withdraw its troops and urged Kyiv to resume talks.", "en"))
    assert ("FRA", "02", "UKR") in found and ("RUS", "02", "UKR") not in found, found


def test_a_past_verb_after_a_relative_clause_in_the_perfect_is_the_main_verb_conjunct(coder):
    doc = parsed(coder, "Erdogan rejected the demands the Kurdish militia had made and vowed to continue the offensive.", "en")
    assert word(doc, "vowed").head.text == "rejected"


def test_a_verb_in_the_subordinate_verb_form_stays_its_conjunct(coder):
    # Decoy: both verbs are the rebels' ("freed … and kept").
    doc = parsed(coder, "The president said that rebels freed two hostages and kept ten others.", "en")
    assert word(doc, "kept").head.text == "freed"


def test_a_past_after_a_perfect_in_a_that_clause_stays_its_conjunct(coder):
    # Decoy: "had crossed … and ignored": the drone ignored the warnings, not the speaker.
    doc = parsed(coder, "Warsaw said the drone had crossed its border and ignored repeated warnings.", "en")
    ignored = word(doc, "ignored")
    assert ignored.head.text != "said"


def test_a_that_clause_complement_shares_no_object_with_the_next_verb(coder):
    # events/slots.py: "demanded that … and urged Israel": Israel is the urging's, not the demand's.
    found = pairs(code(coder, "Macron demanded that Moscow withdraw its troops and urged Kyiv to resume talks.", "en"))
    assert ("FRA", "10", "RUS") in found and ("FRA", "10", "UKR") not in found, found
