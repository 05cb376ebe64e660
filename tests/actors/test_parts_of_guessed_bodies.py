"""The parts and agents of a body ("units of the army", "des agents des forces de l'ordre", "les
formations de l'opposition"; actor_words.toml [links] people_*) take the side of the body they are
hung on, also when that body's state is still the article's guess, settled with it; and men said to
belong to a group are that group's. Sentences written for these tests."""

from __future__ import annotations

from .support import mentions_without_entity, with_word


def test_agents_of_unnamed_forces_are_the_home_countrys_police(coder):
    found = mentions_without_entity(coder, "Des agents des forces de l'ordre ont interpellé trois étudiants mercredi à Dakar.", "fr")
    assert with_word(found, "agents") == [("Des agents", "SEN", None, "COP")]


def test_agents_of_unnamed_security_services_in_english(coder):
    found = mentions_without_entity(coder, "Agents of the security services detained a blogger in Minsk on Tuesday.", "en")
    assert with_word(found, "Agents") == [("Agents", "BLR", None, "SPY")]


def test_the_parties_of_the_opposition_are_the_opposition(coder):
    found = mentions_without_entity(coder, "Au Tchad, les cinq formations de l'opposition ont réclamé mardi un dialogue national.", "fr")
    assert with_word(found, "formations") == [("les cinq formations", "TCD", None, "OPP")]


def test_units_of_the_army_are_the_army(coder):
    found = mentions_without_entity(coder, "Des unités de l'armée ont bombardé mardi des positions rebelles autour de Goma, en RDC.", "fr")
    assert with_word(found, "unités") == [("Des unités", "COD", None, "MIL")]


def test_men_suspected_of_belonging_to_a_group_are_that_groups(coder):
    found = mentions_without_entity(coder, "Des hommes soupçonnés d'appartenir aux shebab ont attaqué un car près de Mandera, au Kenya.", "fr")
    assert [m[2] for m in with_word(found, "hommes")] == ["AL-SHABAAB"]


def test_a_part_noun_with_no_body_named_is_no_actor(coder):
    # Decoy: "unités de soins" are hung on no actor.
    found = mentions_without_entity(coder, "Des unités de soins ont été ouvertes à Bamako, au Mali.", "fr")
    assert not with_word(found, "unités")
