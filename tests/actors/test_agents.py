"""A bare noun that is its clause's agent is read as its subject is (diurna.actors.agents): the sole
country's even in the sentence that names it; an object stays unguessed."""

from __future__ import annotations

from tests.actors.support import mentions_without_entity, with_word


def test_french_agent_of_an_act_noun_is_the_sole_countrys(coder):
    text = "Le ministère malien de la Défense a promis une enquête sur le pilonnage par l'armée d'un marché de Gao."
    found = with_word(mentions_without_entity(coder, text, "fr"), "armée")
    assert [m[1:] for m in found] == [("MLI", None, "MIL")]


def test_french_agent_of_a_passive_verb_is_the_sole_countrys(coder):
    text = "Selon le gouvernement malien, le convoi a été attaqué par les rebelles près de Kidal."
    found = with_word(mentions_without_entity(coder, text, "fr"), "rebelles")
    assert [m[1:] for m in found] == [("MLI", None, "REB")]


def test_french_object_stays_unguessed(coder):
    # Decoy: the army attacked may be anyone's; only a subject or an agent takes the sole country.
    text = "Le ministère malien de la Défense a dénoncé une attaque contre l'armée."
    assert with_word(mentions_without_entity(coder, text, "fr"), "armée") == []


def test_english_passive_agent_is_the_sole_countrys(coder):
    text = "Mali's government said the convoy was attacked by the rebels near Kidal."
    found = with_word(mentions_without_entity(coder, text, "en"), "rebels")
    assert [m[1:] for m in found] == [("MLI", None, "REB")]


def test_english_object_stays_unguessed(coder):
    text = "Mali's government condemned an attack on the rebels."
    assert with_word(mentions_without_entity(coder, text, "en"), "rebels") == []
