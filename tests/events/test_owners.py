"""Whom an act is done to: the owner a possessive names wins over the country guessed for an
office from where it stands (events/frames.py, ``_actors_of_one``); the unnamed members of a
side whose named member is a target are that side again (events/coding.py, ``_events_for``)."""

from __future__ import annotations

from .support import code, dyads


def test_a_possessive_owner_wins_over_the_place_of_an_office(coder):
    text = "Mexico broke off relations with Ecuador on Saturday. Its embassy in Quito condemned Ecuador on Sunday."
    found = dyads(code(coder, text, "en"))
    assert ("MEX", "11", "ECU") in found, found
    assert ("ECU", "11", "ECU") not in found, found


def test_a_named_target_and_others_of_its_side_are_one_target(coder):
    text = "The African Union demanded the release of President Ibrahim Boubacar Keita and other officials."
    demands = [e for e in code(coder, text, "en") if e.cameo.root == "10"]
    assert len(demands) == 1, [(e.source.actor.key, e.target.actor.key if e.target else None) for e in demands]


def test_two_named_targets_are_two_events(coder):
    text = "The European Union froze the assets of Vladimir Putin and Sergei Lavrov."
    freezes = [e for e in code(coder, text, "en") if e.cameo.root == "16"]
    assert len(freezes) == 2
