"""English recall entries of session 9's dev-e round, each shown by a sentence written here and
coded by the real pipeline (the entries' own examples are checked by test_pattern_examples)."""

from __future__ import annotations

import pytest

from .support import code, codes


@pytest.mark.parametrize(
    "text, wanted",
    [
        # weapons handed on with "transfer", as with "send" and "provide"
        ("Poland transferred its last MiG-29 jets to Ukraine in April.", ("POL", "072", "UKR")),
        ("Iran transferred combat drones to Russia last year.", ("IRN", "072", "RUS")),
        # a sum of money given to a state: economic aid
        ("Qatar gave Lebanon 20 million dollars to pay its soldiers.", ("QAT", "071", "LBN")),
        # aid parcels dropped from the air
        ("Jordanian planes dropped food parcels over northern Gaza.", ("JOR", "073", "PSE")),
        # forces brought up toward a neighbour
        ("Ethiopia moved tanks and soldiers toward its border with Eritrea.", ("ETH", "154", "ERI")),
        # a labour strike, against the strikers' own state when no one else is named
        ("French rail workers went on strike on Tuesday.", ("FRA", "143", "FRA")),
        # speaking up for another state
        ("Serbia's president came to Beijing's defence on Thursday.", ("SRB", "051", "CHN")),
    ],
)
def test_recall_entries(coder, text, wanted):
    assert wanted in codes(code(coder, text, "en"))
