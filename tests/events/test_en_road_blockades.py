"""Roads blockaded by protesters are passage obstructed (144), as roads blocked (patterns/en.toml
"blockade road", "blockade crossroad", "blockade highway", "block street"). Sentences written for these
tests, with a decoy."""

from __future__ import annotations

from .support import code


def test_blockaded_crossroads_is_obstruction(coder):
    events = code(coder, "Serbian students blockaded the main crossroads in Nis on Friday.", "en")
    assert any(e.cameo.code == "144" for e in events)
    assert not any(e.cameo.root == "19" for e in events)


def test_relative_clause_of_blockaders(coder):
    events = code(coder, "Farmers who have blockaded the highway to Lima for a week demanded new subsidies.", "en")
    assert any(e.cameo.code == "144" for e in events)


def test_blockaded_place_stays_a_blockade(coder):
    # decoy: a state blockading a territory imposes a blockade (191), no protest
    events = code(coder, "Azerbaijan blockaded Nagorno-Karabakh for nine months.", "en")
    assert not any(e.cameo.code == "144" for e in events)
