"""French constructions that hid an act or its actors (recall).

Each sentence is written here for the construction it shows; none is from the gold sets or the
pattern examples. Every case is coded by the real pipeline.
"""

from __future__ import annotations

import pytest

from .support import code, codes, dyads


def found(coder, text):
    return codes(code(coder, text, "fr"))


@pytest.mark.parametrize(
    "text,wanted",
    [
        # Firing on someone is an attack; on a crowd, by the police, it is repression.
        ("Des soldats azerbaïdjanais ont tiré sur des militaires arméniens.", ("AZE", "190", "ARM")),
        ("La police bangladaise a tiré sur des manifestants à Dacca.", ("BGD", "175", "BGD")),
        # Weapons launched at someone, carried by a light verb.
        ("Moscou a lancé une centaine de drones sur l'Ukraine.", ("RUS", "1952", "UKR")),
        ("Le Hamas a tiré des dizaines de roquettes contre Israël.", ("PSE", "190", "ISR")),
    ],
)
def test_fire_on(coder, text, wanted):
    assert wanted in found(coder, text)


def test_firing_with_no_target_is_no_attack(coder):
    events = code(coder, "La Corée du Nord a tiré plusieurs missiles de croisière en mer Jaune.", "fr")
    assert not any(e.cameo.root == "19" for e in events)


def test_holding_a_person_is_detention(coder):
    assert ("MMR", "17", "JPN") in dyads(code(coder, "La junte birmane retient depuis juillet un journaliste japonais.", "fr"))


def test_retaining_a_thing_is_no_act(coder):
    events = code(coder, "La Commission européenne a retenu la proposition allemande.", "fr")
    assert not any(e.cameo.root == "17" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "La Maison-Blanche s'est refusée à tout commentaire sur les accusations chinoises.",
        "Le ministère russe de la Défense a refusé de commenter l'explosion.",
    ],
)
def test_declining_to_comment_is_no_rejection(coder, text):
    events = code(coder, text, "fr")
    assert any(e.cameo.code == "011" for e in events)
    assert not any(e.cameo.root == "12" for e in events)


def test_a_suspended_member_is_the_target(coder):
    assert ("ECOWAS", "16", "GIN") in dyads(code(coder, "La Cédéao a suspendu la Guinée de ses instances.", "fr"))


def test_proceeding_to_an_act_is_the_act(coder):
    # "procéder à" carries its noun as "participer à" does: the exchange is between the two sides.
    events = code(coder, "Le Soudan et le Tchad ont procédé à un échange de prisonniers sous l'égide du Qatar.", "fr")
    assert any(d[1] == "08" and {d[0], d[2]} == {"SDN", "TCD"} for d in dyads(events))


@pytest.mark.parametrize("text, lang", [
    ("L'Ukraine a accusé la Russie d'avoir bombardé des civils à Kharkiv.", "fr"),
    ("Le quotidien français Libération a accusé le gouvernement espagnol de purger la télévision publique.", "fr"),
])
def test_the_act_an_accusation_alleges_is_not_coded_as_the_accusers(coder, text, lang):
    # Only the accusation is an act: what it alleges is neither done by the accuser nor known as done.
    events = code(coder, text, lang)
    assert [e.cameo.root for e in events] == ["11"]


def test_a_definite_act_answered_is_the_one_told_before(coder):
    # "les accusations" rejected: the accusation of the sentence before, so it was aimed at the accuser.
    text = "L'Ukraine a accusé la Russie d'avoir bombardé des civils à Kharkiv. Le Kremlin a rejeté les accusations."
    assert ("RUS", "01", "UKR") in dyads(code(coder, text, "fr"))


def test_coordinated_sides_fight_each_other(coder):
    # "s'affronter" is reciprocal: one event per pair of the coordinated subject.
    events = code(coder, "Les forces arméniennes et azerbaïdjanaises se sont affrontées dans la nuit.", "fr")
    assert any(d[1] == "19" and {d[0], d[2]} == {"ARM", "AZE"} for d in dyads(events))


@pytest.mark.parametrize(
    "text,wanted",
    [
        # Light verbs of raising or extending a measure carry its noun.
        ("Washington a relevé les droits de douane sur l'acier canadien.", ("USA", "163", "CAN")),
        ("L'UE a prolongé de six mois les sanctions contre la Russie.", ("EU", "163", "RUS")),
        # Customs duties imposed on a state named with "à".
        ("Washington a imposé des droits de douane au Canada.", ("USA", "163", "CAN")),
        # An act decided is told as done.
        ("Les chefs d'État de la Cédéao ont décidé de geler les avoirs du Mali.", ("ECOWAS", "163", "MLI")),
        # "la reprise des négociations": the light noun passes its verb to the talks.
        ("La Chine a annoncé la reprise des négociations avec les États-Unis.", ("CHN", "046", "USA")),
        # Arriving in a capital is visiting the country.
        ("Le ministre indien des Affaires étrangères est arrivé lundi à Moscou.", ("IND", "042", "RUS")),
    ],
)
def test_constructions_of_news(coder, text, wanted):
    assert wanted in found(coder, text)


def test_reaching_an_agreement_is_the_agreement(coder):
    # "parvenir à un accord" carries its noun as "participer à" does.
    events = code(coder, "Israël et le Hamas sont parvenus à un accord de cessez-le-feu.", "fr")
    assert any(d[1] == "05" and {d[0], d[2]} == {"ISR", "PSE"} for d in dyads(events))


def test_an_investigation_opened_with_no_target_is_coded(coder):
    events = code(coder, "Le Conseil des droits de l'homme de l'ONU a décidé de créer une mission d'enquête.", "fr")
    assert any(e.cameo.root == "09" for e in events)


@pytest.mark.parametrize(
    "text,wanted",
    [
        # War declared on a state ("déclarer la guerre à").
        ("Le Soudan a déclaré la guerre au Soudan du Sud.", ("SDN", "190", "SSD")),
        # A light verb of showing ("afficher son soutien à").
        ("Le Japon a affiché son soutien aux Philippines.", ("JPN", "051", "PHL")),
        # Days or weeks of an act are the act ("deux jours de négociations").
        ("La Russie et l'Ukraine ont mené trois semaines de négociations.", ("RUS", "046", "UKR")),
    ],
)
def test_light_verbs_and_amounts_of_time(coder, text, wanted):
    assert wanted in found(coder, text)


def test_ready_to_meet_is_an_intent(coder):
    # "s'est dit prêt à rencontrer": an adjective of intending, as "a promis de".
    assert ("USA", "036", "RUS") in found(coder, "Joe Biden s'est dit prêt à rencontrer Vladimir Poutine.")

