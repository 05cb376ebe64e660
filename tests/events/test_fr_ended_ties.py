"""French verbs of ending over what binds or constrains (events/patterns/fr.toml): ties ceased or
ended are broken (161), cooperation ceased 160, sanctions repealed or ended eased (085), a state of
emergency ended 0814. Sentences written for these tests, with a decoy."""

from __future__ import annotations

from .support import code, codes, pairs


def test_ties_ceased_are_broken(coder):
    found = pairs(code(coder, "Mardi, la Colombie a cessé toute relation avec le Nicaragua.", "fr"))
    assert ("COL", "16", "NIC") in found, found


def test_cooperation_ended_is_reduced(coder):
    found = pairs(code(coder, "Le Mali a mis fin à sa coopération sécuritaire avec l'Allemagne.", "fr"))
    assert ("MLI", "16", "DEU") in found, found


def test_sanctions_repealed_are_eased(coder):
    found = {(s, c, t) for s, c, t in codes(code(coder, "L'Union européenne a abrogé les sanctions visant le Monténégro.", "fr"))}
    assert any(c == "085" for _, c, _ in found), found


def test_a_club_ending_its_cooperation_with_a_coach_is_no_event(coder):
    # Decoy: no political actor on either side.
    found = pairs(code(coder, "Le club lyonnais a mis fin à sa coopération avec son entraîneur.", "fr"))
    assert not [p for p in found if p[0] is not None], found
