"""Fire set by a crowd is a riot (145): the "torch" and "set fire" entries of patterns/en.toml.
Sentences written for these tests, each with a decoy that must not be read so."""

from __future__ import annotations

from .support import code, pairs


def test_protesters_setting_fire_to_a_building_riot(coder):
    found = pairs(code(coder, "Protesters set fire to the parliament building in Kampala on Thursday.", "en"))
    assert ("UGA", "14", "UGA") in found
    assert not any(root == "17" for _, root, _ in found)


def test_protesters_torching_an_embassy_riot(coder):
    found = pairs(code(coder, "Angry Bolivian protesters torched the Peruvian consulate in La Paz.", "en"))
    assert ("BOL", "14", "PER") in found


def test_setting_a_building_on_fire_is_the_same_act(coder):
    found = pairs(code(coder, "Kenyan demonstrators set the town hall on fire on Friday.", "en"))
    assert any(src == "KEN" and root == "14" for src, root, _ in found)


def test_an_army_torching_homes_across_a_border_is_no_riot(coder):
    # decoy: the force of an army on another side is military force, not a riot
    found = pairs(code(coder, "Israeli troops torched Palestinian homes in the West Bank.", "en"))
    assert not any(root == "14" for _, root, _ in found)
    assert ("ISR", "19", "PSE") in found
