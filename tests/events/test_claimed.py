"""Acts whose doer is who claims them (events/claimed.py). Sentences written for these tests, each with
a decoy that must not be read so."""

from __future__ import annotations

import pytest

from .support import code, dyads, pairs


@pytest.mark.parametrize(
    "text,lang,wanted",
    [
        ("Islamic State claimed responsibility for the bombing that killed 12 soldiers in Mogadishu.", "en", ("ISIS", "19", "SOM")),
        ("L'État islamique a revendiqué l'attentat qui a tué douze soldats nigériens à Tillabéri.", "fr", ("ISIS", "18", "NER")),
    ],
)
def test_a_claimed_attack_is_the_claimers(coder, text, lang, wanted):
    found = dyads(code(coder, text, lang))
    assert wanted in found
    assert ("ISIS", "01", None) in found or ("ISIS", "01", wanted[2]) in found
    # The relative clause is the attack's toll: no act of the victims' own country.
    assert not any(d[0] in ("SOM", "NER") for d in found)


def test_an_attack_that_is_not_claimed_takes_no_claimer(coder):
    # Decoy: "condemned" is no claim: the condemner did not do the attack.
    found = dyads(code(coder, "France condemned the bombing that killed 12 soldiers in Mogadishu.", "en"))
    assert not any(d[0] == "FRA" and d[1] in ("18", "19") for d in found)


@pytest.mark.parametrize(
    "text",
    [
        # The act told beside the verb: "in an attack claimed … by …".
        "Two suicide bombers blew themselves up at a checkpoint in Baidoa on Tuesday, killing nine soldiers, in an attack claimed within hours by al-Shabaab.",
        # The verb told inside the claimed act: "claimed the attack on …, where …".
        "Al-Shabaab claimed the attack on a police post in Baidoa, where a suicide bomber killed nine officers on Tuesday.",
    ],
)
def test_an_unnamed_doer_of_a_claimed_act_acts_for_the_claimer(coder, text):
    found = pairs(code(coder, text, "en"))
    assert any(d[0] == "AL-SHABAAB" and d[1] in ("18", "19") and d[2] == "SOM" for d in found)
    # No act of Somalis the article only guesses.
    assert not any(d[0] == "SOM" and d[1] in ("18", "19") for d in found)


def test_a_named_doer_keeps_its_act_beside_a_claim(coder):
    # Decoy: the doer is named; a claim by another group told beside does not make it theirs.
    found = pairs(code(coder, "Somali troops killed nine fighters near Baidoa on Tuesday, in an attack claimed within hours by al-Shabaab.", "en"))
    assert not any(d[0] == "AL-SHABAAB" and d[1] in ("18", "19") for d in found)



def test_a_states_own_forces_do_not_act_for_a_claimer(coder):
    # Decoy: soldiers the article only places keep their state's side inside a claimed attack.
    text = "Al-Shabaab claimed the attack on a base near Baidoa, where soldiers killed three villagers on Tuesday."
    found = pairs(code(coder, text, "en"))
    assert ("SOM", "19", "SOM") in found
    assert ("AL-SHABAAB", "18", "SOM") not in found


def test_a_claim_told_by_a_passive_participle_is_coded_too(coder):
    # "…, in an attack claimed soon after by X": the claim is an act of its own (015, aimed at no one), beside the bombing it names.
    found = pairs(code(coder, "A suicide bomber killed seven police officers in Bannu on Friday, in an attack claimed soon after by the Pakistani Taliban.", "en"))
    assert ("TTP", "01", None) in found, found
    assert not any(d[1] == "01" and d[2] is not None for d in found), found


def test_a_passive_participle_that_claims_nothing_adds_no_claim(coder):
    # Decoy: "condemned by" is no claim.
    found = pairs(code(coder, "A suicide bomber killed seven police officers in Bannu on Friday, in an attack condemned soon after by the United Nations.", "en"))
    assert not any(d[1] == "01" and d[0] != "UN" for d in found), found


def test_claiming_to_have_carried_out_an_act_claims_it(coder):
    found = {(e.source.actor.organization, e.cameo.code) for e in code(coder, "Boko Haram claimed in a video to have carried out the raid on a school in Yobe.", "en")}
    assert ("BOKO-HARAM", "015") in found, found


@pytest.mark.parametrize(
    "text,lang,group",
    [
        # Its members, counted out of it, did the bombing the group tells.
        ("Islamic State said on Friday that three of its members had detonated suicide vests at a bus station in Kirkuk.", "en", "ISIS"),
        ("The ELN guerrillas said one of their fronts abducted a mayor near Arauca.", "en", "ELN"),
        # Said to be behind the act: the speaker did it, and claims it.
        ("Islamic State militants said last week they were behind the bombing of a mosque in Kabul.", "en", "ISIS"),
        ("L'État islamique a assuré mardi être à l'origine de cet attentat-suicide commis dans une mosquée de Kaboul.", "fr", "ISIS"),
    ],
)
def test_an_armed_group_telling_its_own_assault_claims_it(coder, text, lang, group):
    found = pairs(code(coder, text, lang))
    assert (group, "01", None) in found, found
    assert any(d[0] == group and d[1] in ("18", "19") for d in found), found


def test_the_owner_of_the_doers_a_group_tells_of_is_the_group(coder):
    # "its fighters" are the speaker's, not the country the article guesses for them.
    found = pairs(code(coder, "Islamic State declared its fighters carried out the blasts at two hotels in Colombo.", "en"))
    assert ("ISIS", "18", "LKA") in found, found
    assert not any(d[0] == "LKA" for d in found), found


def test_a_state_army_telling_its_strikes_claims_nothing(coder):
    # Decoy: a state's forces report their strikes; no claim of responsibility.
    found = pairs(code(coder, "The Israeli army said its jets bombed a Hezbollah depot in southern Lebanon.", "en"))
    assert not any(d[1] == "01" for d in found), found


def test_an_act_someone_else_is_said_to_be_behind_is_theirs_and_no_claim(coder):
    # Decoy: the police tell who did it; they claim nothing, and the act is the group's.
    found = pairs(code(coder, "Somali police said al-Shabaab was behind the bombing of a hotel in Kismayo, which killed nine people.", "en"))
    assert any(d[0] == "AL-SHABAAB" and d[1] in ("18", "19") for d in found), found
    assert not any(d[1] == "01" for d in found), found


def test_an_attack_owned_up_to_keeps_its_toll_in_the_relative_clause(coder):
    found = pairs(code(coder, "Les shebab ont assuré être à l'origine des attentats qui ont tué dix soldats à Mogadiscio.", "fr"))
    assert ("AL-SHABAAB", "01", None) in found, found
    assert ("AL-SHABAAB", "18", "SOM") in found, found


@pytest.mark.parametrize(
    "text,lang,group,target",
    [
        ("The Shabab said in a statement that its gunmen were behind the raid on a police post near Garissa in Kenya.", "en", "AL-SHABAAB", "KEN"),
        ("Les shebab ont affirmé dimanche que leurs hommes étaient derrière l'assaut contre une base kényane.", "fr", "AL-SHABAAB", "KEN"),
    ],
)
def test_a_group_saying_its_own_men_were_behind_an_attack_claims_it(coder, text, lang, group, target):
    found = pairs(code(coder, text, lang))
    assert (group, "01", None) in found
    assert any(d[0] == group and d[1] in ("18", "19") and d[2] == target for d in found)


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Gunmen abducted 40 pupils from a school in Zamfara on Monday, a kidnapping which Boko Haram afterwards said it had staged.", "en"),
        ("Des hommes armés ont enlevé vingt élèves dans l'État de Zamfara, un rapt que Boko Haram a ensuite affirmé avoir commis.", "fr"),
    ],
)
def test_a_claim_in_a_relative_clause_on_the_act_names_its_doer(coder, text, lang):
    found = pairs(code(coder, text, lang))
    assert ("BOKO-HARAM", "18", "NGA") in found
    assert ("BOKO-HARAM", "01", None) in found
    # The noun retells the verb's act: one abduction, not a second one with no victim.
    assert ("BOKO-HARAM", "18", None) not in found


def test_a_relative_clause_reporting_another_s_act_claims_nothing(coder):
    # Decoy: the relative's speaker tells what others did ("blamed on"): no claim, no doer.
    found = pairs(code(coder, "Gunmen abducted 40 pupils from a school in Zamfara on Monday, a kidnapping which the governor said bandits had staged.", "en"))
    assert not any(d[1] == "01" for d in found)


def test_a_french_claim_is_aimed_at_no_one(coder):
    # GUIDELINES: a claim is 015 with no target; the condemners of what is claimed are not its targets.
    text = "Pyongyang a revendiqué lundi le lancement réussi d'un satellite, son troisième tir de l'année, condamné aussitôt par Séoul et Washington."
    found = pairs(code(coder, text, "fr"))
    assert ("PRK", "01", None) in found
    assert not any(d[1] == "01" and d[2] is not None for d in found)
