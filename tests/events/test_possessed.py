"""A named person under a state's possessive (events/possessed.py). Sentences written for these tests,
each with a decoy that must not be read so."""

from __future__ import annotations

from .support import code, pairs as _pairs


# A named person under a state's possessive ------------------------------------------------------


def test_a_name_under_a_states_possessive_is_met(coder):
    text = "The Kenyan foreign minister met Tanzania's John Mwakasege in Arusha on Monday."
    found = _pairs(code(coder, text, "en"))
    assert ("KEN", "04", "TZA") in found, found


def test_a_name_under_a_possessive_that_is_no_actor_is_no_target(coder):
    # Decoy: "his friend" names no state: the meeting has no target to code.
    text = "The Kenyan foreign minister met his friend John Mwakasege in Arusha on Monday."
    found = _pairs(code(coder, text, "en"))
    assert not any(root == "04" and target is not None for _, root, target in found), found
