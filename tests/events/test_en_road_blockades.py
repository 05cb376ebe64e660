"""Roads and ways blockaded or blocked by a crowd are passage obstructed (144) (patterns/en.toml
"blockade road", "blockade crossroad", "blockade highway", "block street", "block motorway",
"block avenue", "block traffic"): no rejection (120) of anyone's act, no military blockade.
Sentences written for these tests, with decoys."""

from __future__ import annotations

import pytest

from .support import code


@pytest.mark.parametrize(
    "text",
    [
        "Serbian students blockaded the main crossroads in Nis on Friday.",
        "Angry Spanish farmers blocked the motorway near Seville with tractors on Monday.",
        "Chilean students blocked the main avenue of Santiago for three hours.",
        "Thousands of Dutch farmers drove into The Hague, blocking traffic for hours.",
    ],
)
def test_a_way_blocked_by_a_crowd_is_obstruction(coder, text):
    events = code(coder, text, "en")
    assert any(e.cameo.code == "144" for e in events), events
    assert not any(e.cameo.root in ("12", "19") for e in events), events


def test_relative_clause_of_blockaders(coder):
    events = code(coder, "Farmers who have blockaded the highway to Lima for a week demanded new subsidies.", "en")
    assert any(e.cameo.code == "144" for e in events)


def test_blockaded_place_stays_a_blockade(coder):
    # decoy: a state blockading a territory imposes a blockade (191), no protest
    events = code(coder, "Azerbaijan blockaded Nagorno-Karabakh for nine months.", "en")
    assert not any(e.cameo.code == "144" for e in events)


def test_a_blocked_bill_stays_a_rejection(coder):
    # decoy: blocking a decision is rejecting it (120), no road is blocked
    events = code(coder, "Hungary blocked the European Union's new sanctions package.", "en")
    assert not any(e.cameo.code == "144" for e in events)
