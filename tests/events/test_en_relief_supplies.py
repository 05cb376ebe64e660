"""Relief supplies and rescue teams as humanitarian aid (events/patterns/en.toml "supply relief", "supply
humanitarian", "supply medical", "dispatch rescuer") and "fly" as a verb that only carries its object
(knowledge/data/lang/en.toml `support_verbs`): sentences written here, with decoys."""

from __future__ import annotations

import pytest

from .support import code, pairs


def _pairs(coder, text):
    return pairs(code(coder, text, "en"))


@pytest.mark.parametrize(
    "text,wanted",
    [
        ("Qatar flew relief supplies to Kabul on Thursday.", ("QAT", "07", "AFG")),
        ("Egypt sent humanitarian supplies to Sudan after the floods.", ("EGY", "07", "SDN")),
        # supplies coordinated with a team, carried by "flew" to a city
        ("Japan flew a medical team and medical supplies to Ankara on Monday.", ("JPN", "07", "TUR")),
    ],
)
def test_relief_supplies_sent_are_aid(coder, text, wanted):
    assert wanted in _pairs(coder, text)


def test_supplies_cut_are_no_aid(coder):
    # decoy: the supplies are what is cut, not given
    assert not any(root == "07" for _, root, _ in _pairs(coder, "Russia cut gas supplies to Moldova on Monday."))


def test_troops_flown_are_no_aid(coder):
    # decoy: "fly" carries no act of its own, and troops are no event
    assert not any(root == "07" for _, root, _ in _pairs(coder, "Russia flew troops to Belarus on Monday."))


def test_rescue_and_medical_teams_dispatched_to_a_state_are_humanitarian_aid(coder):
    found = pairs(code(coder, "After the cyclone, India dispatched rescuers and doctors to Myanmar.", "en"))
    assert ("IND", "07", "MMR") in found, found


def test_firefighters_sent_to_a_blaze_are_no_aid(coder):
    # Decoy: a fire, not a state, is where they go.
    found = pairs(code(coder, "The city dispatched firefighters to the warehouse blaze on Sunday.", "en"))
    assert not [p for p in found if p[1] == "07"], found
