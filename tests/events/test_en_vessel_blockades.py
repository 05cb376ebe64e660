"""Boats, ships, vessels and convoys kept from their way by another side's forces are a blockade
(191) (patterns/en.toml "block boat", "block ship", "block vessel", "block convoy"), not the
diplomatic blocking of a decision (120, "block"). Sentences written for these tests, with decoys."""

from __future__ import annotations

import pytest

from .support import code, pairs


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Turkish gunboats blocked a Greek fishing boat near the islet on Sunday.", "TUR", "GRC"),
        ("Russian warships blocked a Ukrainian grain ship in the Black Sea.", "RUS", "UKR"),
        ("Iranian patrol boats blocked a British tanker vessel in the Gulf on Friday.", "IRN", "GBR"),
        ("Serbian police blocked a Kosovar aid convoy at the crossing.", "SRB", "XKX"),
    ],
)
def test_a_vessel_or_convoy_blocked_is_a_blockade(coder, text, source, target):
    events = code(coder, text, "en")
    assert (source, "19", target) in pairs(events), events
    assert any(e.cameo.code == "191" for e in events), events
    assert not any(e.cameo.root == "12" for e in events), events


def test_a_blocked_bid_stays_a_rejection(coder):
    # decoy: blocking a bid is rejecting it (120), no blockade
    events = code(coder, "Turkey blocked Sweden's bid to join NATO.", "en")
    assert any(e.cameo.root == "12" for e in events), events
    assert not any(e.cameo.root == "19" for e in events), events
