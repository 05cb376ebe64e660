"""Materiel handed over to a state's forces is military aid (072) (patterns/en.toml "hand over vessel",
"hand over ship", "hand over drone", "hand over helicopter", "hand over aircraft", "hand over system"),
as tanks, jets and boats; other things handed over stay a return (084) or a transfer of power.
Sentences written for these tests, with decoys."""

from __future__ import annotations

import pytest

from .support import code, pairs


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Denmark handed over three offshore patrol vessels to the Estonian navy on Monday.", "DNK", "EST"),
        ("The United States handed over a decommissioned cutter ship to the Sri Lankan navy.", "USA", "LKA"),
        ("Turkey handed over eight combat drones to the Malian army last week.", "TUR", "MLI"),
        ("Russia handed over two attack helicopters to the Burkinabe air force.", "RUS", "BFA"),
        ("India handed over a maritime patrol aircraft to the Maldives on Thursday.", "IND", "MDV"),
        ("Japan handed over an air defence radar system to the Philippine air force.", "JPN", "PHL"),
    ],
)
def test_materiel_handed_over_is_military_aid(coder, text, source, target):
    events = code(coder, text, "en")
    assert (source, "07", target) in pairs(events), events
    assert any(e.cameo.code == "072" for e in events), events
    assert not any(e.cameo.code == "084" for e in events), events


def test_documents_handed_over_are_no_aid(coder):
    # decoy: handing over documents is no military aid
    events = code(coder, "The Russian hackers handed over the stolen files to Chinese agents.", "en")
    assert not any(e.cameo.root == "07" for e in events), events


def test_power_handed_over_is_no_aid(coder):
    # decoy: power handed over to a government is a transfer, no materiel
    events = code(coder, "The Malian junta handed over power to a civilian government.", "en")
    assert not any(e.cameo.root == "07" for e in events), events
