"""French entries of patterns/fr.toml reviewed in recall round 19, on sentences written for
these tests (each group with a decoy):

- "incendier" is a riot (145) when a crowd sets the fire, as "saccager" and the English "torch";
  the police's fire is a seizure (171), an army's across a border military force (190);
- "enquête" as the verb's present, which the model may tag a noun with a subject, is an
  investigation (09);
- stopping aid or financing told by a noun ("l'arrêt de son aide", "la suspension de ses
  financements") reduces aid (16);
- the auxiliary of "a débloqué" / "a gelé" no longer reads as the noun "avoirs" (assets);
- a declaration signed with no one named is a plain statement, not coded;
- an act someone is suspected of ("soupçonnés de financer") is alleged, not done;
- "voler au secours de" defends someone in words (052);
- a "mobilisation" alone (a protest movement's as often as an army's) is no military call-up;
  one of troops, reservists, or one ordered or decreed, is (154).
"""

from __future__ import annotations

import pytest

from .support import code, pairs


def roots(events):
    return {root for _, root, _ in pairs(events)}


@pytest.mark.parametrize(
    "text,source",
    [
        ("Des manifestants ont incendié samedi le ministère des Finances à Lilongwe.", "MWI"),
        ("Des émeutiers ont incendié lundi soir plusieurs commissariats à Conakry.", "GIN"),
        ("À Antananarivo, des partisans de l'opposition ont incendié des bus et des kiosques.", "MDG"),
    ],
)
def test_a_crowd_setting_fire_riots(coder, text, source):
    found = pairs(code(coder, text, "fr"))
    assert any(src == source and root == "14" for src, root, _ in found)
    assert not any(root == "17" for _, root, _ in found)


def test_the_police_setting_fire_is_a_seizure_not_a_riot(coder):
    found = pairs(code(coder, "La police kényane a incendié les étals des marchands ambulants à Mombasa.", "fr"))
    assert ("KEN", "17", "KEN") in found
    assert not any(root == "14" for _, root, _ in found)


def test_an_army_setting_fire_across_a_border_is_military_force(coder):
    found = pairs(code(coder, "Des soldats russes ont incendié des maisons ukrainiennes près de Soumy.", "fr"))
    assert ("RUS", "19", "UKR") in found
    assert not any(root == "14" for _, root, _ in found)


def test_unknown_arsonists_are_no_actor(coder):
    # decoy: no identifiable source, no event
    assert not code(coder, "Des inconnus cagoulés ont incendié samedi le local d'une association à Lyon.", "fr")


def test_the_present_enquete_tagged_a_noun_investigates(coder):
    text = "La police espagnole enquête sur des soupçons d'espionnage visant le consulat marocain."
    assert ("ESP", "09", "MAR") in pairs(code(coder, text, "fr"))


@pytest.mark.parametrize(
    "text,wanted",
    [
        ("Le Danemark a décidé l'arrêt immédiat de son aide au Nicaragua.", ("DNK", "16", "NIC")),
        ("L'Allemagne a annoncé vendredi la suspension de ses financements au Gabon.", ("DEU", "16", "GAB")),
        ("Les Pays-Bas ont annoncé l'arrêt de leurs financements à l'Ouganda.", ("NLD", "16", "UGA")),
    ],
)
def test_stopping_aid_or_financing_reduces_aid(coder, text, wanted):
    assert wanted in pairs(code(coder, text, "fr"))


def test_aid_released_is_no_unfreezing_of_assets(coder):
    found = pairs(code(coder, "Le Canada a débloqué lundi une aide de quinze millions de dollars en faveur des réfugiés du Soudan.", "fr"))
    assert not any(root == "08" for _, root, _ in found)
    assert ("CAN", "07", "SDN") in found


@pytest.mark.parametrize(
    "text,wanted",
    [
        ("Washington a débloqué mardi les avoirs de la banque centrale afghane.", ("USA", "08", "AFG")),
        ("L'Union européenne a gelé les avoirs de plusieurs généraux birmans.", ("EU", "16", "MMR")),
    ],
)
def test_assets_released_or_frozen_stay_so(coder, text, wanted):
    assert wanted in pairs(code(coder, text, "fr"))


def test_a_declaration_signed_with_no_one_named_is_no_event(coder):
    found = pairs(code(coder, "Le Chili n'a finalement pas signé la déclaration commune du forum de Lima.", "fr"))
    assert ("CHL", "05", None) in found
    assert not any(root == "01" for _, root, _ in found)


def test_an_act_suspected_is_not_coded_as_done(coder):
    text = (
        "Washington a sanctionné lundi deux généraux soudanais ainsi que trois commerçants émiratis "
        "soupçonnés de financer les Forces de soutien rapide."
    )
    found = roots(code(coder, text, "fr"))
    assert "16" in found
    assert "07" not in found


def test_rushing_to_someones_defence_defends_them(coder):
    found = pairs(code(coder, "Ankara a volé lundi au secours de Bakou, critiqué par plusieurs ONG.", "fr"))
    assert ("TUR", "05", "AZE") in found


def test_a_protest_mobilisation_is_no_call_up(coder):
    text = "Des milliers d'enseignants ont marché dimanche à Lisbonne, au troisième mois d'une mobilisation menée par les syndicats."
    assert "15" not in roots(code(coder, text, "fr"))


@pytest.mark.parametrize(
    "text,wanted",
    [
        ("Le président ivoirien a ordonné la mobilisation de dix mille réservistes.", ("CIV", "15", None)),
        ("L'armée israélienne a annoncé dimanche la mobilisation de ses réservistes.", ("ISR", "15", None)),
    ],
)
def test_a_call_up_of_forces_mobilises(coder, text, wanted):
    assert wanted in pairs(code(coder, text, "fr"))
