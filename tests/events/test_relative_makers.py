"""A rejection aimed at who made what it rejects, told by a relative clause on it
(events/object_owners.py): "rejected the deadline that four capitals had set". Sentences written
for these tests."""

from __future__ import annotations

from .support import code, pairs


def test_a_deadline_set_by_coordinated_states_is_rejected_against_each(coder):
    events = code(coder, "Kiir brushed aside on Monday the ten-day deadline that Kenya and Uganda had set for a new cabinet.", "en")
    assert {("SSD", "12", "KEN"), ("SSD", "12", "UGA")} <= pairs(events), pairs(events)


def test_a_proposal_put_forward_in_a_relative_clause_is_rejected_against_its_author(coder):
    events = code(coder, "Peru rejected the proposal, which Bolivia had put forward in May.", "en")
    assert ("PER", "12", "BOL") in pairs(events), pairs(events)


def test_a_french_plan_proposed_in_a_relative_clause_is_rejected_against_its_author(coder):
    events = code(coder, "Le Pérou a rejeté le plan que la Bolivie a proposé en mai.", "fr")
    assert ("PER", "12", "BOL") in pairs(events), pairs(events)


def test_reports_whose_content_names_troops_are_rejected_against_no_one(coder):
    # Decoy: a "that" clause telling what the reports say names no maker of them.
    events = code(coder, "Peru rejected reports that Bolivian troops had fled.", "en")
    assert ("PER", "12", "BOL") not in pairs(events), pairs(events)


def test_a_relative_clause_whose_pronoun_is_the_subject_names_no_maker(coder):
    # Decoy: "that came" tells what the offer did; Bolivia made nothing.
    events = code(coder, "Peru rejected the offer that came with Bolivian support.", "en")
    assert ("PER", "12", "BOL") not in pairs(events), pairs(events)
