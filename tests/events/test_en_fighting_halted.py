"""Fighting halted or stopped by the sides named together, a pause announced in operations against
another side: a ceasefire observed (0871; patterns/en.toml "halt fighting", "stop fighting", "pause
operation", and [senses] reciprocal); operations suspended are a withdrawal (087, "suspend
operation"), so the operations an order asks to suspend are no attack (190).
Sentences written for these tests, with decoys."""

from __future__ import annotations

from .support import code, codes, pairs


def test_sides_halting_fighting_observe_a_ceasefire(coder):
    events = code(coder, "Serbia and Kosovo halted fighting along the Ibar river on Sunday.", "en")
    assert ("SRB", "0871", "XKX") in codes(events), events


def test_a_pause_in_operations_is_a_ceasefire(coder):
    events = code(coder, "The Sudanese army announced a three-day pause in operations against the RSF.", "en")
    assert ("SDN", "08", "RSF-SDN") in pairs(events), events
    assert not any(e.cameo.root == "19" for e in events), events


def test_operations_an_order_asks_to_suspend_are_no_attack(coder):
    events = code(coder, "The UN court ordered Israel to suspend its military operations in Rafah on Friday.", "en")
    assert not any(e.cameo.root == "19" for e in events), events


def test_operations_launched_stay_force(coder):
    # decoy: operations launched against another side are military force (190)
    events = code(coder, "Turkey launched military operations against Kurdish fighters in northern Syria.", "en")
    assert any(e.cameo.root == "19" for e in events), events
