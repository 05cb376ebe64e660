"""Targets reached through a construction around the act, and acts kept in scope: the middle one of
three coordinated nationality adjectives, a veto aimed at the body rather than the text's author,
a second coordinated object of a verb expression, the partner of the doer's own act named as an
object, the complements of a light participle on an event noun, and acts only alleged. Sentences
written for these tests, with decoys."""

from __future__ import annotations

from .support import code, codes, pairs


def test_three_coordinated_nationality_adjectives_pair_every_two(coder):
    found = pairs(code(coder, "Dutch, Belgian and Danish frigates began joint naval exercises off Norway.", "en"))
    assert {("NLD", "06", "BEL"), ("NLD", "06", "DNK"), ("BEL", "06", "DNK")} <= found, found


def test_three_coordinated_nationality_adjectives_in_french(coder):
    text = "Des avions espagnols, portugais et grecs ont entamé jeudi des exercices conjoints."
    found = pairs(code(coder, text, "fr"))
    assert {("ESP", "06", "PRT"), ("PRT", "06", "GRC")} <= found, found


def test_a_veto_of_a_text_another_state_wrote_is_aimed_at_the_council(coder):
    found = pairs(code(coder, "China vetoed a Maltese draft on the Red Sea on Wednesday.", "en"))
    assert ("CHN", "12", "UNSC") in found and all(t != "MLT" for _, _, t in found), found


def test_a_joint_veto_of_a_drafted_text_in_french(coder):
    text = "Paris et Londres ont opposé jeudi leur veto à un texte russe sur le Mali."
    found = pairs(code(coder, text, "fr"))
    assert {("FRA", "12", "UNSC"), ("GBR", "12", "UNSC")} <= found, found


def test_a_veto_of_a_bloc_decision_keeps_the_bloc(coder):
    # Decoy: an organisation's own package is what the veto stops; it stays the target.
    found = pairs(code(coder, "Slovakia vetoed the EU's new loan for Moldova on Monday.", "en"))
    assert all(t != "UNSC" for _, _, t in found), found


def test_the_second_object_of_a_decree_is_coded(coder):
    text = "Le gouvernement moldave a décrété samedi l'état d'urgence et la mobilisation générale."
    found = pairs(code(coder, text, "fr"))
    assert ("MDA", "15", None) in found and any(r == "17" for _, r, _ in found), found


def test_defending_its_own_act_with_a_partner_targets_the_partner(coder):
    found = codes(code(coder, "Hungary justified its gas deals with Russia on Tuesday.", "en"))
    assert ("HUN", "052", "RUS") in found, found


def test_a_light_participle_carries_the_target_of_its_attack(coder):
    text = "Les shebab ont revendiqué une attaque menée contre une base de l'armée kényane."
    found = pairs(code(coder, text, "fr"))
    assert ("AL-SHABAAB", "19", "KEN") in found, found


def test_an_act_qualified_as_alleged_is_not_coded_as_done(coder):
    text = "Ethiopian troops committed alleged atrocities in Tigray, officials said."
    found = code(coder, text, "en")
    assert all(e.trigger.text != "atrocities" for e in found), pairs(found)


def test_an_act_qualified_as_alleged_in_french(coder):
    text = "Le parquet de Dakar examine des exécutions présumées de civils par des gendarmes sénégalais."
    found = code(coder, text, "fr")
    assert all("exécutions" not in e.trigger.text for e in found), pairs(found)


def test_an_act_not_qualified_as_alleged_is_still_coded(coder):
    # Decoy: the same kind of act, told as done.
    found = code(coder, "Ethiopian troops committed atrocities in Tigray, the prosecutor said.", "en")
    assert any(e.trigger.text == "atrocities" for e in found), pairs(found)
