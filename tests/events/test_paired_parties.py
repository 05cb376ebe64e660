"""Coordinated actors acting together (events/roles.pairs_among): one event per pair, first-named as
source, every pair made however many are coordinated, not only the pairs with the last named (the
first two were dropped as one's own side when the act needs no target). Sentences written for these
tests."""

from __future__ import annotations

from .support import code, pairs


def test_three_countries_in_english_give_every_pair(coder):
    events = code(coder, "Chile, Peru and Colombia began their annual naval drills on Tuesday.", "en")
    found = {p for p in pairs(events) if p[1] == "06"}
    assert {("CHL", "06", "PER"), ("CHL", "06", "COL"), ("PER", "06", "COL")} <= found, found


def test_three_coordinated_adjectives_on_one_navy_noun_give_every_pair(coder):
    events = code(coder, "Les marines chilienne, péruvienne et colombienne ont commencé mardi leurs exercices annuels.", "fr")
    found = {p for p in pairs(events) if p[1] == "06"}
    assert {("CHL", "06", "PER"), ("CHL", "06", "COL"), ("PER", "06", "COL")} <= found, found


def test_two_countries_still_give_one_pair(coder):
    # Decoy: two coordinated parties make one event, not one each way.
    events = code(coder, "Ghana and Togo signed a free movement agreement on Tuesday.", "en")
    found = {p for p in pairs(events) if p[1] == "05"}
    assert found == {("GHA", "05", "TGO")}, found
