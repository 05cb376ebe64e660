"""An accusation told beside another act (events/beside.py): a participle set off by a comma, or
a relative clause on the act's noun, accuses whom that act was done to when its own slots name no
one the actors stage read. Sentences written for these tests."""

from __future__ import annotations

from .support import pairs, code


def test_a_french_reproach_beside_a_suspension_is_aimed_at_the_state_it_stops_working_with(coder):
    # "La Haye" is read as a place, not the Dutch government: the suspension's target stands for it.
    events = code(coder, "Le Bénin a suspendu jeudi sa coopération avec les Pays-Bas, reprochant notamment à La Haye de financer l'opposition.", "fr")
    assert ("BEN", "11", "NLD") in pairs(events), pairs(events)


def test_an_english_accusation_beside_severed_relations_is_aimed_at_the_state_cut_off(coder):
    events = code(coder, "Benin severed relations with the Netherlands on Friday, accusing The Hague of funding the opposition.", "en")
    assert ("BEN", "11", "NLD") in pairs(events), pairs(events)


def test_a_relative_clause_on_the_break_accuses_the_state_broken_with(coder):
    events = code(coder, "Le Rwanda a proclamé mardi la rupture de tout lien avec l'Italie, qu'il accuse de partialité dans la crise du Kivu.", "fr")
    assert ("RWA", "11", "ITA") in pairs(events), pairs(events)


def test_an_accusation_beside_an_act_with_no_target_gets_none(coder):
    # Decoy: the order names only the accuser's own army, which is no one the accusation is aimed at.
    events = code(coder, "Benin's president ordered the army to secure the northern border on Friday, accusing smugglers of arming bandits.", "en")
    assert not any(e.cameo.root == "11" and e.target is not None and e.target.actor.country == "BEN" for e in events), pairs(events)
