"""People named with a place through a place noun ("the governor of the Kursk region", "le
gouverneur de la région de Koursk") are that place's state's, and forces placed
by "in" while doing their clause's act ("Soldiers in Guinea-Bissau arrested …") too (actors/homes).
Sentences written for these tests, with decoys."""

from __future__ import annotations

from .support import mentions_without_entity, with_word


def test_a_governor_of_a_region_named_by_compound_is_its_state_s(coder):
    found = mentions_without_entity(coder, "The governor of the Belgorod region accused Ukraine of shelling two villages.", "en")
    assert [m[1:] for m in with_word(found, "governor")] == [("RUS", None, "GOV")], found


def test_le_gouverneur_de_la_region_de_est_celui_de_son_etat(coder):
    found = mentions_without_entity(coder, "Le gouverneur de la région de Belgorod a accusé l'Ukraine d'avoir bombardé deux villages.", "fr")
    assert [m[1:] for m in with_word(found, "gouverneur")] == [("RUS", None, "GOV")], found


def test_soldiers_in_a_country_who_arrest_are_that_state_s(coder):
    found = mentions_without_entity(
        coder, "Soldiers in Burkina Faso detained the interim president on Monday. They said he had struck a deal with Ghana.", "en"
    )
    assert [m[1:] for m in with_word(found, "Soldiers")] == [("BFA", None, "MIL")], found


def test_troops_in_a_country_are_not_placed_by_it(coder):
    # Decoy: troops are often sent abroad; where they are does not say whose they are.
    found = mentions_without_entity(coder, "Troops in Niger withdrew on Monday, the French ministry said.", "en")
    assert not any(m[1] == "NER" for m in with_word(found, "Troops")), found
