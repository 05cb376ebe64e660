"""A court fining someone or handing them a sentence or prison term is a legal finding (116)
(patterns/en.toml "fine", "hand sentence"); "representations"
lodged are an official complaint (114, "lodge representation"); asylum given is asylum granted (075,
"give asylum"). Sentences written for these tests, with decoys."""

from __future__ import annotations

import pytest

from .support import code, codes, pairs


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The EU Court of Justice fined Slovakia a large sum on Thursday.", "CJEU", "SVK"),
        ("A court in Tehran handed the French tourist an eight-year sentence.", "IRN", "FRA"),
        ("The Russian opposition activist was handed a 25-year sentence by a court in Moscow.", "RUS", "RUS"),
    ],
)
def test_a_court_finding_is_116(coder, text, source, target):
    events = code(coder, text, "en")
    assert (source, "11", target) in pairs(events), events
    assert any(e.cameo.code == "116" for e in events), events


def test_a_contract_handed_is_no_sentence(coder):
    # decoy: "handed ... a contract" is no court's finding
    events = code(coder, "The Spanish club handed the Brazilian striker a new contract.", "en")
    assert not any(e.cameo.code == "116" for e in events), events


def test_a_term_handed_by_voters_is_no_sentence(coder):
    # decoy: voters handing a leader a new term pass no judgement
    events = code(coder, "Indian voters handed Narendra Modi a third term in office.", "en")
    assert not any(e.cameo.code == "116" for e in events), events


def test_lodged_representations_are_a_complaint(coder):
    events = code(coder, "Vietnam lodged stern representations with China over the seizure of its boats.", "en")
    assert ("VNM", "114", "CHN") in codes(events), events


def test_asylum_given_by_a_state(coder):
    events = code(coder, "The Bolivian opposition leader was given asylum by Brazil on Friday.", "en")
    assert ("BRA", "07", "BOL") in pairs(events), events
    assert any(e.cameo.code == "075" for e in events), events
