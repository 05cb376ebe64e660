"""Acts named by wordings of their own in patterns/en.toml: property burned by an armed side (1712)
and the downing of an aircraft (190, as "shoot down").
Sentences written for these tests, with decoys that must not be read so."""

from __future__ import annotations

from .support import code, pairs


def test_soldiers_burning_houses_destroy_property(coder):
    found = pairs(code(coder, "Ethiopian soldiers burned dozens of Eritrean houses near the border on Tuesday.", "en"))
    assert ("ETH", "17", "ERI") in found


def test_burning_down_is_the_same_act(coder):
    found = pairs(code(coder, "Serbian paramilitaries burned down Kosovar barns in the valley.", "en"))
    assert any(src == "SRB" and root == "17" for src, root, _ in found)


def test_a_fire_burning_land_is_no_act(coder):
    # decoy: a wildfire is no actor
    found = pairs(code(coder, "A wildfire burned thousands of hectares of Chilean pine forest.", "en"))
    assert not any(root == "17" for _, root, _ in found)


def test_the_downing_of_a_drone_is_force(coder):
    found = pairs(code(coder, "Iran's downing of an American surveillance drone drew a sharp response.", "en"))
    assert any(src == "IRN" and root == "19" and tgt == "USA" for src, root, tgt in found)
