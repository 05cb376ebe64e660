"""Ways blocked by a crowd are passage obstructed (144), as roads are (patterns/en.toml "block
motorway", "block avenue", "block traffic"): no veto (120) of anyone's act. Sentences written for
these tests, with a decoy."""

from __future__ import annotations

from .support import code


def test_blocked_motorway_is_obstruction(coder):
    events = code(coder, "Angry Spanish farmers blocked the motorway near Seville with tractors on Monday.", "en")
    assert any(e.cameo.code == "144" for e in events)
    assert not any(e.cameo.root == "12" for e in events)


def test_blocked_avenue_is_obstruction(coder):
    events = code(coder, "Chilean students blocked the main avenue of Santiago for three hours.", "en")
    assert any(e.cameo.code == "144" for e in events)
    assert not any(e.cameo.root == "12" for e in events)


def test_blocking_traffic_after_a_march_is_obstruction(coder):
    events = code(coder, "Thousands of Dutch farmers drove into The Hague, blocking traffic for hours.", "en")
    assert any(e.cameo.code == "144" for e in events)
    assert not any(e.cameo.root == "12" for e in events)


def test_a_blocked_bill_stays_a_veto(coder):
    # decoy: blocking a decision is rejecting it (120), no road is blocked
    events = code(coder, "Hungary blocked the European Union's new sanctions package.", "en")
    assert not any(e.cameo.code == "144" for e in events)
