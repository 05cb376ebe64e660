"""A verb of taking part whose event noun English hangs on a preposition ("remained on hunger
strike"): the support-verb reading (events/frames.py, profile participation_verbs) looks through
the preposition to the verb. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .support import code


def _hunger_strikes(events):
    return {(e.source.actor.country, e.cameo.code) for e in events if e.cameo.code.startswith("142")}


@pytest.mark.parametrize(
    "text",
    [
        "The jailed Kenyan activist remained on hunger strike in Nairobi on Sunday.",
        "A detained Kenyan blogger is on hunger strike, his lawyer said.",
    ],
)
def test_a_hunger_strike_one_is_on_is_coded(coder, text):
    assert ("KEN", "142") in _hunger_strikes(code(coder, text, "en")), code(coder, text, "en")


def test_a_verb_not_listed_does_not_carry_the_noun(coder):
    # "report on" is no taking part in the strike: its reporter does not strike.
    events = code(coder, "A Kenyan newspaper reported on the hunger strike in Nairobi.", "en")
    assert not [e for e in events if e.cameo.code.startswith("142") and e.source.actor.sector == "MED"], events


def test_the_purpose_of_a_strike_one_is_on_is_no_second_protest(coder):
    # "to protest against" tells why the strike is held (events/overlap.py), not another act.
    events = code(coder, "The jailed Kenyan activist is on hunger strike since May to protest against his detention.", "en")
    assert [e.cameo.code for e in events if e.cameo.root == "14"] == ["142"], events
