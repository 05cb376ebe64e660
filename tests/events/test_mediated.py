"""A mediation between the parties of the act it brought about (events/mediated.py). Sentences written
for these tests, each with a decoy that must not be read so."""

from __future__ import annotations

from .support import code, pairs as _pairs


# A mediation between the parties of the act it brought about (events/mediated.py) ----------------


def test_a_mediation_is_with_each_party_of_the_act_it_brought_about(coder):
    text = "Grâce à la médiation du Qatar, la Russie a rendu mardi neuf enfants à l'Ukraine."
    found = _pairs(code(coder, text, "fr"))
    assert {("QAT", "04", "RUS"), ("QAT", "04", "UKR")} <= found, found


def test_talks_held_under_a_mediation(coder):
    text = "Russia and Ukraine held talks in Istanbul on Tuesday under Turkish mediation."
    found = _pairs(code(coder, text, "en"))
    assert {("RUS", "04", "UKR"), ("TUR", "04", "RUS"), ("TUR", "04", "UKR")} <= found, found


def test_a_mediation_that_does_the_act_mediates_with_no_one_more(coder):
    # Decoy: the mediation is the subject of the act, not a phrase on it; and an act of one party
    # alone has no two sides to mediate between.
    found = _pairs(code(coder, "La médiation du Qatar a échoué mardi.", "fr"))
    assert not any(s == "QAT" for s, _, _ in found), found
    found = _pairs(code(coder, "Russia held talks in Istanbul on Tuesday under Turkish mediation.", "en"))
    assert not any(s == "TUR" for s, _, _ in found), found


def test_a_deal_mediated_with_one_side_targets_that_side(coder):
    # The mediator's counterpart is named on the deal ("with"), not between two sides.
    found = _pairs(code(coder, "The Omani sultan mediated a prisoner swap with Tehran.", "en"))
    assert ("OMN", "04", "IRN") in found, found


# A mediator or host named by a hyphen on the participle ("Qatari-mediated talks", events/hosts.py) ---


def test_a_name_hyphened_to_a_mediating_participle_mediates_between_the_parties(coder):
    text = "Envoys of Ghana and Togo held Senegalese-mediated talks in Dakar on Monday."
    found = _pairs(code(coder, text, "en"))
    assert {("SEN", "04", "GHA"), ("SEN", "04", "TGO")} <= found, found
    found = _pairs(code(coder, "Peru and Chile signed a Brazil-brokered accord over the fisheries quarrel.", "en"))
    assert {("BRA", "04", "PER"), ("BRA", "04", "CHL")} <= found, found


def test_a_name_hyphened_to_a_hosting_participle_hosts_each_party(coder):
    found = _pairs(code(coder, "Ghana and Togo opened Nigerian-hosted talks on Monday.", "en"))
    assert {("NGA", "04", "GHA"), ("NGA", "04", "TGO")} <= found, found


def test_a_name_hyphened_to_another_participle_does_no_act(coder):
    # Decoys: "Iranian-backed" names the militia's patron, "UN-patrolled" what the zone is.
    found = _pairs(code(coder, "Iranian-backed militias fired rockets at the base outside Erbil.", "en"))
    assert not any(s == "IRN" for s, _, _ in found), found
    found = _pairs(code(coder, "Israeli troops entered the UN-patrolled buffer zone at dawn.", "en"))
    assert not any(s == "UN" for s, _, _ in found), found
