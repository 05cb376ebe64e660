"""A mediator is no party of the act it brokers (events/hosts.py ``mediator_participle``), and a
truce or talks that name no parties are those of the clause they are told in (events/mediated.py).
Sentences written for these tests, with a decoy that must not be read so."""

from __future__ import annotations

from .support import code, pairs


def test_a_truce_brokered_by_a_third_state_is_not_its_truce(coder):
    found = pairs(code(coder, "Armenia and Azerbaijan stopped the shelling on Friday under a truce brokered by Iran.", "en"))
    assert {("IRN", "04", "ARM"), ("IRN", "04", "AZE")} <= found, found
    assert not any(s == "IRN" and root == "08" for s, root, _ in found), found


def test_talks_mediated_by_a_neighbour_are_between_the_clauses_parties(coder):
    found = pairs(code(coder, "Sudan and South Sudan signed a border accord on Monday following talks mediated by Ethiopia.", "en"))
    assert {("ETH", "04", "SDN"), ("ETH", "04", "SSD")} <= found, found


def test_a_brokered_truce_with_no_parties_mediates_with_no_one(coder):
    # Decoy: no clause names the parties, so the mediator mediates with no one named.
    found = pairs(code(coder, "The truce brokered by Qatar collapsed on Monday.", "en"))
    assert not any(s == "QAT" and t is not None for s, _, t in found), found
