"""One act told twice in a sentence is coded once (events/overlap.py).

Every sentence is written here for the construction it shows.
"""

from __future__ import annotations

from .support import code, codes


def test_two_verbs_of_one_act_give_one_event(coder):
    # "pardoned and freed": one release of the same people by the same president.
    events = code(coder, "The Kazakh president pardoned and freed 12 jailed opposition activists on Monday.", "en")
    releases = [e for e in events if e.cameo.code == "0841" and e.target is not None and e.target.actor.country == "KAZ"]
    assert len(releases) == 1


def test_the_same_act_done_to_others_is_kept(coder):
    # Decoy: two releases of different people are two events.
    found = codes(code(coder, "The Kazakh president freed 12 jailed opposition activists on Monday and pardoned two Russian journalists.", "en"))
    assert {(code_, target) for _, code_, target in found if code_ == "0841"} >= {("0841", "KAZ"), ("0841", "RUS")}


def test_a_headline_run_into_its_first_line_keeps_both_acts(coder):
    # Decoy: the parser joins the headline and the line after it into one sentence; the two verbs
    # are far apart, each the act of its own line.
    events = code(coder, "Chile halts new aid to Peru over border row Chile suspended new aid to Peru on Tuesday, the ministry said.", "en")
    assert len([e for e in events if e.cameo.code == "162"]) == 2
