"""Police raiding someone's home, house or offices search them (091) (patterns/en.toml "raid home",
"raid house", "raid office"), not an armed raid (190, "raid"); water cannon fired at someone is
repression or coercion (175, "fire cannon"), not a military attack (190, "fire").
Sentences written for these tests, with decoys."""

from __future__ import annotations

import pytest

from .support import code, pairs


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Peruvian police raided the home of a Peruvian congressman in Lima on Monday.", "PER", "PER"),
        ("Colombian prosecutors raided the offices of the Colombian electoral council.", "COL", "COL"),
        ("Chilean police raided the house of a Chilean senator on Friday.", "CHL", "CHL"),
    ],
)
def test_a_home_or_office_raided_is_searched(coder, text, source, target):
    events = code(coder, text, "en")
    assert (source, "09", target) in pairs(events), events
    assert not any(e.cameo.root == "19" for e in events), events


def test_a_camp_raided_stays_armed_force(coder):
    # decoy: troops raiding a camp use force (190), no search
    events = code(coder, "Israeli troops raided a refugee camp in the West Bank on Tuesday.", "en")
    assert any(e.cameo.root == "19" for e in events), events
    assert not any(e.cameo.root == "09" for e in events), events


def test_water_cannon_fired_is_no_military_attack(coder):
    events = code(coder, "Chinese coast guard ships fired water cannon at a Vietnamese fishing boat.", "en")
    assert any(e.cameo.code == "175" for e in events), events
    assert not any(e.cameo.root == "19" for e in events), events


def test_rockets_fired_stay_military_force(coder):
    # decoy: rockets fired are an attack (190)
    events = code(coder, "Hezbollah fired rockets at northern Israel on Sunday.", "en")
    assert any(e.cameo.root == "19" for e in events), events
