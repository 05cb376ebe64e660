"""Whose side people are on: people "from" a country (origin nouns by their head noun, troops as
subjects only), people at a national body are its state's, groups linked to a side, a bare noun and
its owner after "of" / "from", a country's own group named with its adjective. Sentences written for
these tests, each with a decoy that must not be read so."""

from __future__ import annotations

from diurna.actors.resolved import own_group

from .support import actor_mentions, with_word


# People from a side --------------------------------------------------------------------------------


def test_troops_from_countries_as_a_subject_are_those_countries(coder):
    mentions = actor_mentions(coder, "Troops from Chad and Niger launched a joint operation on Tuesday.", "en")
    assert [m[1:4] for m in mentions] == [("TCD", None, "MIL"), ("NER", None, "MIL")]


def test_troops_pulled_from_a_country_are_not_its(coder):
    # Decoys: troops as an object or inside "withdrawal of" are moved from the place, not its own.
    for text in ("France pulled its troops from Chad on Tuesday.", "The withdrawal of troops from Chad began on Tuesday."):
        mentions = actor_mentions(coder, text, "en")
        assert not any(m[1] == "TCD" and m[3] == "MIL" for m in mentions), text


def test_an_origin_noun_counts_by_its_head_noun(coder):
    mentions = actor_mentions(coder, "Defence ministers from Chile and Peru met in Lima on Monday.", "en")
    assert [m[1] for m in with_word(mentions, "ministers")] == ["CHL"]
    assert [m[1] for m in with_word(mentions, "Peru")] == ["PER"]


# People at a national body ------------------------------------------------------------------------


def test_workers_at_a_national_company_are_its_states(coder):
    mentions = actor_mentions(coder, "Workers at Gazprom walked out on Thursday over unpaid wages.", "en")
    assert [m[1:4] for m in with_word(mentions, "Workers")] == [("RUS", None, "LAB")]


def test_workers_chez_a_national_company_are_its_states(coder):
    mentions = actor_mentions(coder, "Les salariés chez Renault ont cessé le travail jeudi pour réclamer des hausses de salaire.", "fr")
    assert [m[1:4] for m in with_word(mentions, "salariés")] == [("FRA", None, "LAB")]


def test_workers_with_an_owner_of_their_own_keep_it(coder):
    # Decoy: a country adjective already qualifies the noun; the company is no second owner.
    mentions = actor_mentions(coder, "German workers at Gazprom walked out on Thursday over unpaid wages.", "en")
    assert [m[1:4] for m in with_word(mentions, "workers")] == [("DEU", None, "LAB")]


# A group noun tied to a side --------------------------------------------------------------------


def test_a_group_linked_to_a_states_agency_is_that_states(coder):
    mentions = actor_mentions(coder, "A group linked to Iran's intelligence ministry hacked the water utility on Monday.", "en")
    assert [m[1] for m in mentions if m[0] == "A group"] == ["IRN"]


def test_a_group_close_to_an_organisation_is_that_organisations(coder):
    mentions = actor_mentions(coder, "Un groupe proche du Hamas a revendiqué lundi l'attaque.", "fr")
    assert [m[2] for m in mentions if m[0] == "Un groupe"] == ["HAMAS"]


def test_a_group_linked_to_no_actor_is_no_actor(coder):
    # Decoy: what the group is linked to is no actor.
    mentions = actor_mentions(coder, "A group linked to the bombing was dismantled on Monday.", "en")
    assert not [m for m in mentions if m[0].endswith("group")]


def test_a_linked_group_does_not_vote_for_the_home_country(coder):
    # The group stands for a side already named: the bare minister stays the article's own state's.
    text = "A group linked to Iran's intelligence ministry hacked Israel's water utility and Israeli banks, the cyber minister said."
    mentions = actor_mentions(coder, text, "en")
    assert [m[1] for m in mentions if m[0].endswith("cyber minister")] == ["ISR"]


# A bare noun and its owner after "from" / "of" ----------------------------------------------------


def test_a_bare_noun_takes_the_side_and_sector_of_its_owner_after_of(coder):
    text = "Leaders of the opposition called a general strike on Monday. Kenya's president rejected the call in Kenya."
    mentions = actor_mentions(coder, text, "en")
    assert [m[1:4] for m in mentions if m[0] == "Leaders"] == [("KEN", None, "OPP")]


def test_a_bare_noun_keeps_its_sector_after_a_persons_name(coder):
    # Decoy: a person's supporters are not of the person's sector.
    text = "Supporters of William Ruto rallied in Nairobi on Monday."
    mentions = actor_mentions(coder, text, "en")
    supporters = [m for m in mentions if m[0].startswith("Supporters")]
    assert supporters and all(m[3] != "GOV" for m in supporters)


def test_negotiators_take_the_side_they_come_from(coder):
    text = "Negotiators from the federal government began talks with the rebels on Tuesday. Ethiopia's army said the talks had stalled in Ethiopia."
    mentions = actor_mentions(coder, text, "en")
    assert [m[1] for m in mentions if m[0] == "Negotiators"] == ["ETH"]


def test_negotiators_with_no_owner_are_no_actor(coder):
    # Decoy: negotiators are either side's, never guessed.
    text = "Negotiators began talks with the rebels on Tuesday. Ethiopia's army said the talks had stalled in Ethiopia."
    mentions = actor_mentions(coder, text, "en")
    assert not [m for m in mentions if m[0] == "Negotiators"]


# A country's own group named with its adjective ----------------------------------------------------


def test_a_sector_noun_with_its_countrys_own_group_is_that_group(coder):
    mentions = actor_mentions(coder, "Les rebelles ougandais des ADF ont incendié un marché dans la nuit de samedi.", "fr")
    assert [m[1:4] for m in with_word(mentions, "rebelles")] == [("UGA", "ADF", "REB")]


def test_a_sector_noun_with_another_countrys_group_keeps_the_adjective(coder):
    # Decoy: the adjective names another state than the group's own.
    mentions = actor_mentions(coder, "Les combattants syriens du Hamas ont quitté la ville samedi.", "fr")
    assert [m[1:3] for m in with_word(mentions, "combattants")] == [("SYR", None)]


def test_troops_of_an_alliance_with_a_nationality_stay_their_states(coder):
    # Decoy: an intergovernmental body is no group of the adjective's state.
    mentions = actor_mentions(coder, "Les soldats français de l'OTAN sont arrivés lundi en Roumanie.", "fr")
    assert [m[1:4] for m in with_word(mentions, "soldats")] == [("FRA", None, "MIL")]


def test_own_group_needs_the_same_state_and_no_igo(coder):
    knowledge = coder.actor_resources(["en"]).knowledge
    assert own_group(knowledge, "UGA", "ADF")
    assert not own_group(knowledge, "COD", "ADF")
    assert not own_group(knowledge, "FRA", "NATO")
