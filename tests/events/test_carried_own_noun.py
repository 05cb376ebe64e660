"""A verb expression's own noun named more precisely names the act (events/carried.py): "go on
strike" is a strike (143), but going on hunger strike is a hunger strike (142); a bare or less
precise noun leaves the verb's code. Sentences written for these tests."""

from __future__ import annotations

from .support import code, codes


def test_going_on_hunger_strike_is_a_hunger_strike(coder):
    found = codes(code(coder, "Dozens of Zambian miners went on hunger strike in Kitwe on Tuesday.", "en"))
    assert any(c[1] == "142" for c in found), found


def test_going_on_strike_stays_a_strike(coder):
    found = codes(code(coder, "Dozens of Zambian miners went on strike in Kitwe on Tuesday.", "en"))
    assert any(c[1] == "143" for c in found), found


def test_an_exchange_of_fire_between_armies_is_small_arms_fire(coder):
    found = codes(code(coder, "Jeudi, des échanges de tirs nourris ont opposé des soldats érythréens à des militaires éthiopiens.", "fr"))
    assert any(c[1] == "193" for c in found), found
