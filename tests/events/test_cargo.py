"""What a sent carrier is (events/cargo.py): coordinated words that say what a team is. Sentences
written for these tests, with a decoy."""

from __future__ import annotations

from .support import code, pairs


def test_a_search_and_rescue_team_sent_is_aid(coder):
    # "search-and-rescue teams": "rescue" is coordinated with "search", the team's modifier
    found = pairs(code(coder, "Chile and Peru sent search-and-rescue teams to Ecuador on Monday.", "en"))
    assert {("CHL", "07", "ECU"), ("PER", "07", "ECU")} <= found


def test_a_team_of_lawyers_sent_is_no_aid(coder):
    # decoy: coordinated words that name no relief
    found = pairs(code(coder, "Chile sent a team of lawyers and judges to Ecuador on Monday.", "en"))
    assert not any(r == "07" for _, r, _ in found)
