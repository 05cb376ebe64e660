"""Clauses set apart after a comma ("…, accusing them of …", "…, accusant Bamako de …"): their
doer is the main clause's subject, not the one it orders about (events/frames.py ``subjects``),
also when the parser hangs them on that object (events/set_apart.py), and an object pronoun in
them is neither the subject's own state nor, for a plural, left without the owner of the people it
stands for (``pronoun_antecedent``, events/pronouns.py); a contact relative clause's object is the
noun it hangs on (events/slots.py). Sentences written for these tests, with decoys."""

from __future__ import annotations

from .support import code, pairs


def test_an_accusation_after_an_order_is_the_one_who_orders(coder):
    found = pairs(code(coder, "Kenya ordered two Somali envoys to leave the country, accusing them of spying.", "en"))
    assert ("KEN", "11", "SOM") in found, found
    assert not any(s == "SOM" and root == "11" for s, root, _ in found), found


def test_the_ordered_still_do_the_act_they_are_ordered_to(coder):
    # Decoy: the infinitive is the complement of the order, done by whom it orders.
    found = pairs(code(coder, "Kenya ordered its troops to attack the Somali militants on Friday.", "en"))
    assert not any(root == "11" for _, root, _ in found), found


def test_a_french_accusation_after_an_order_is_the_one_who_orders(coder):
    text = "Le Niger a ordonné à deux diplomates béninois de quitter le pays, accusant Cotonou d'ingérence."
    found = pairs(code(coder, text, "fr"))
    assert ("NER", "11", "BEN") in found, found
    assert not any(s == "BEN" and root == "11" for s, root, _ in found), found


def test_the_object_of_a_contact_relative_clause_is_its_noun(coder):
    found = pairs(code(coder, "Senegal expelled four Malian officials it accused of smuggling gold.", "en"))
    assert ("SEN", "11", "MLI") in found, found


def test_an_object_pronoun_is_not_the_subjects_own_state(coder):
    text = "Chad's junta gave the World Food Programme a week to leave Chad, accusing it of spying."
    found = pairs(code(coder, text, "en"))
    assert ("TCD", "11", "WFP") in found, found
    assert ("TCD", "11", "TCD") not in found, found


def test_a_plural_pronoun_stands_for_the_owner_of_the_people_it_names(coder):
    text = "The British Treasury imposed sanctions on two nephews of the Kenyan drug lord Ali Musa, accusing them of smuggling heroin."
    found = pairs(code(coder, text, "en"))
    assert ("GBR", "11", "KEN") in found, found


def test_a_plural_pronoun_for_people_of_no_one_stays_without_target(coder):
    # Decoy: the students belong to no actor named: no target is made up for them.
    text = "Chad's police arrested dozens of students on Friday, accusing them of plotting a coup."
    found = pairs(code(coder, text, "en"))
    assert [t for s, root, t in found if root == "11"] == [None], found


def test_a_participle_set_apart_on_the_object_is_the_subjects_act(coder):
    # The parser hangs "lui reprochant" on the envoy, the object: the government reproaches him.
    text = "Le gouvernement malien a déclaré lundi persona non grata l'ambassadeur de Suède, Karl Nilsson, lui reprochant une attitude hostile."
    found = pairs(code(coder, text, "fr"))
    assert ("MLI", "11", "SWE") in found, found
    assert ("SWE", "11", "MLI") not in found, found
