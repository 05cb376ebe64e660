"""A mediation between the parties of the act it brought about (events/mediated.py). Sentences written
for these tests, each with a decoy that must not be read so."""

from __future__ import annotations

from .support import code, pairs as _pairs


# A mediation between the parties of the act it brought about (events/mediated.py) ----------------


def test_a_mediation_is_with_each_party_of_the_act_it_brought_about(coder):
    text = "Grâce à la médiation du Qatar, la Russie a rendu mardi neuf enfants à l'Ukraine."
    found = _pairs(code(coder, text, "fr"))
    assert {("QAT", "04", "RUS"), ("QAT", "04", "UKR")} <= found, found


def test_talks_held_under_a_mediation(coder):
    text = "Russia and Ukraine held talks in Istanbul on Tuesday under Turkish mediation."
    found = _pairs(code(coder, text, "en"))
    assert {("RUS", "04", "UKR"), ("TUR", "04", "RUS"), ("TUR", "04", "UKR")} <= found, found


def test_a_mediation_that_does_the_act_mediates_with_no_one_more(coder):
    # Decoy: the mediation is the subject of the act, not a phrase on it; and an act of one party
    # alone has no two sides to mediate between.
    found = _pairs(code(coder, "La médiation du Qatar a échoué mardi.", "fr"))
    assert not any(s == "QAT" for s, _, _ in found), found
    found = _pairs(code(coder, "Russia held talks in Istanbul on Tuesday under Turkish mediation.", "en"))
    assert not any(s == "TUR" for s, _, _ in found), found


def test_a_deal_mediated_with_one_side_targets_that_side(coder):
    # The mediator's counterpart is named on the deal ("with"), not between two sides.
    found = _pairs(code(coder, "The Omani sultan mediated a prisoner swap with Tehran.", "en"))
    assert ("OMN", "04", "IRN") in found, found
