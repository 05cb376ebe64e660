"""A criticism told in a relative clause that names the act only by its kind ("the move", "une
mesure") is aimed at the doer of the act the sentence told before it (events/criticised.py).
Sentences written for these tests."""

from __future__ import annotations

from .support import code, pairs


def test_a_french_decision_denounced_in_a_relative_clause_is_the_closure_before_it(coder):
    events = code(coder, "La Turquie a fermé sa frontière avec la Grèce, qui a dénoncé une décision unilatérale.", "fr")
    assert ("GRC", "11", "TUR") in pairs(events), pairs(events)


def test_an_english_move_condemned_in_a_relative_clause_is_the_closure_before_it(coder):
    events = code(coder, "Turkey closed its border crossing with Bulgaria, which condemned the move.", "en")
    assert ("BGR", "11", "TUR") in pairs(events), pairs(events)


def test_a_criticism_of_something_else_than_an_act_kind_gets_no_one(coder):
    # Decoy: corruption is no act told before; the criticism names no one.
    events = code(coder, "La Turquie a fermé sa frontière avec la Grèce, qui a dénoncé la corruption des douaniers.", "fr")
    assert not any(s == "GRC" and r == "11" and t == "TUR" for s, r, t in pairs(events)), pairs(events)


def test_a_critic_whose_own_act_comes_first_does_not_criticise_itself(coder):
    # Decoy: the only act before the clause is Bulgaria's own.
    events = code(coder, "Bulgaria closed its border crossing, which Sofia's critics called a mistake.", "en")
    assert not any(r == "11" and s == t for s, r, t in pairs(events)), pairs(events)
