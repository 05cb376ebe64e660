"""Tear gas and live ammunition fired at a crowd are repression (grammar/en_modifiers.py keeps
the target phrase on "fired"): sentences written here, with a decoy."""

from __future__ import annotations

from .support import code, pairs


def test_tear_gas_and_live_ammunition_at_protesters(coder):
    found = pairs(code(coder, "Soldiers fired tear gas and live ammunition at protesters in Khartoum on Monday.", "en"))
    assert ("SDN", "17", "SDN") in found


def test_live_ammunition_at_no_one_is_no_repression(coder):
    # decoy: fired in the air, at no one
    found = pairs(code(coder, "Soldiers fired tear gas and live ammunition into the air on Monday.", "en"))
    assert not any(root == "17" and target is not None for _, root, target in found)
