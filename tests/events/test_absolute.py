"""Acts told in an absolute clause beside the main clause (events/absolute.py): a clause opened
by "with" / "avec" whose subject is a weapon or an act of force takes the main clause's doer as
its source. Sentences written for these tests, each with a decoy."""

from __future__ import annotations

from .support import code, pairs, side_codes


def test_a_weapon_striking_beside_an_offensive_is_the_offensive_doer_act(coder):
    found = pairs(code(coder, "Russian forces pressed their assault on the city, with drones hitting Ukrainian positions along the river.", "en"))
    assert ("RUS", "19", "UKR") in found, found


def test_warplanes_bombing_in_an_absolute_clause(coder):
    found = pairs(code(coder, "Israel widened its offensive on Tuesday, with warplanes bombing Lebanese villages near the border.", "en"))
    assert ("ISR", "19", "LBN") in found, found


def test_a_french_strike_noun_with_its_participle(coder):
    found = side_codes(code(coder, "L'armée russe a lancé une offensive contre l'Ukraine, avec des frappes visant plusieurs villes ukrainiennes.", "fr"))
    assert ("RUS", "195", "UKR") in found, found


def test_an_absolute_clause_whose_subject_is_an_actor_keeps_it(coder):
    # Decoy: the jets are Israel's, not the doer of the main clause.
    found = pairs(code(coder, "Hamas fired a barrage at Israel, with Israeli jets striking Gaza in response.", "en"))
    assert ("ISR", "19", "PSE") in found, found
    assert not any(source == "HAMAS" and root == "19" and target == "PSE" for source, root, target in found), found


def test_each_side_blaming_the_other_goes_both_ways(coder):
    # The reciprocal pair split between the clause's subject and its object (events/reciprocal.py).
    found = pairs(code(coder, "Armenian and Azerbaijani troops exchanged fire along the border on Tuesday, with each side accusing the other of starting the clashes.", "en"))
    assert ("ARM", "11", "AZE") in found and ("AZE", "11", "ARM") in found, found


def test_air_strikes_as_the_subject_of_a_force_verb_are_aerial(coder):
    assert ("RUS", "195", "UKR") in side_codes(code(coder, "Russian air strikes hit Kharkiv on Monday.", "en"))


def test_an_absolute_clause_is_no_weapon_of_the_main_verb(coder):
    # Decoy: the fighting itself is no air strike because one follows it in a "with" clause.
    found = side_codes(code(coder, "Sudanese troops battled the RSF in Omdurman on Sunday, with air strikes hitting their camps near the river.", "en"))
    assert any(code_ == "190" for _, code_, _ in found), found


def test_a_with_clause_of_its_own_does_not_complete_a_trigger_expression(coder):
    # "beat X with Y" is an assault; a "with" clause with its own subject tells what went on
    # beside the act (here a match won), not what it was done with.
    found = side_codes(code(coder, "Brazil beat Croatia in the final on Sunday, with their captain raising the cup before a full stadium.", "en"))
    assert not any(root.startswith("18") for _, root, _ in found), found
    # Decoy: the instrument of a beating still makes it one.
    found = side_codes(code(coder, "Iranian riot police beat the students with batons, with bystanders filming from balconies.", "en"))
    assert ("IRN", "182", "IRN") in found, found
