"""Session 11 (recall round 13), the language-independent core: whom a threat is made to.

Sentences written here for the construction each test shows, each with a decoy that must not
be coded the same way (events/threats.py):
- a warning that announces the speaker's own act ("warned that it would strike …") is a threat
  to that act's target, and the announced act is not coded as done;
- a threat whose condition names who must act ("si les manœuvres de Séoul …") is made to them;
- a participle of threatening set apart after another act ("…, menaçant d'appeler à …") is
  made by that act's subject to that act's target.
"""

from __future__ import annotations

from .support import code, pairs as _pairs


# A warning that announces one's own act ----------------------------------------------------


def test_a_warning_of_ones_own_strike_threatens_its_target(coder):
    found = _pairs(code(coder, "Le Kremlin a averti mardi qu'il frapperait l'Ukraine.", "fr"))
    assert ("RUS", "13", "UKR") in found, found
    assert ("RUS", "19", "UKR") not in found, found  # threatened, not done


def test_a_warning_of_ones_own_strike_in_english(coder):
    found = _pairs(code(coder, "Chad warned on Tuesday that it would strike Sudan if the raids continued.", "en"))
    assert ("TCD", "13", "SDN") in found, found
    assert not any(root == "19" for _, root, _ in found), found


def test_a_warning_about_what_others_will_see_is_no_threat(coder):
    # Decoy: what is warned of is no act of the speaker's ("growth would slow").
    found = _pairs(code(coder, "Economists warned on Tuesday that growth would slow in Germany.", "en"))
    assert not any(root == "13" for _, root, _ in found), found


# A threat made to whom its condition names ----------------------------------------------------


def test_a_threat_is_made_to_those_its_condition_names(coder):
    text = "La Corée du Nord a menacé vendredi de riposter si les manœuvres de Séoul se poursuivaient."
    found = _pairs(code(coder, text, "fr"))
    assert ("PRK", "13", "KOR") in found, found


def test_a_condition_about_no_one_gives_the_threat_no_target(coder):
    # Decoy: the condition's subject names no actor; the threat stays without a target.
    text = "La Corée du Nord a menacé vendredi de riposter si les provocations se poursuivaient."
    found = _pairs(code(coder, text, "fr"))
    assert not any(root == "13" and target is not None for _, root, target in found), found


# A participle of threatening set apart after another act ----------------------------------------


def test_a_threat_set_apart_is_made_to_the_target_of_the_act_it_follows(coder):
    text = "L'opposition camerounaise a sommé lundi le Conseil constitutionnel de proclamer les résultats, menaçant d'appeler à la grève."
    found = _pairs(code(coder, text, "fr"))
    assert ("CMR", "13", "CMR") in found, found


def test_a_threat_set_apart_in_english(coder):
    text = "The European Union gave Hungary until Friday to change the law, warning that it would otherwise freeze funds."
    found = _pairs(code(coder, text, "en"))
    assert ("EU", "13", "HUN") in found, found


def test_a_participle_with_its_own_subject_is_not_set_apart(coder):
    # Decoy: the participle is another actor's ("the EU asked Hungary to act, Poland threatening …").
    text = "L'Union européenne a demandé lundi à la Hongrie de modifier la loi, la Pologne menaçant de bloquer le budget."
    found = _pairs(code(coder, text, "fr"))
    assert ("EU", "13", "HUN") not in found, found


# An act done by saying one wants to do it (events/performed.py) ---------------------------------


def test_i_want_to_thank_is_thanking(coder):
    text = '"I want to thank Canada for its help," the French president said on Monday.'
    found = {(e.source.actor.country, e.cameo.code, e.target.actor.country if e.target else None) for e in code(coder, text, "en")}
    assert ("FRA", "051", "CAN") in found, found


def test_je_tiens_a_remercier_is_thanking(coder):
    text = "« Je tiens à remercier le Canada pour son aide », a déclaré lundi le président français."
    found = _pairs(code(coder, text, "fr"))
    assert ("FRA", "05", "CAN") in found, found
    assert ("FRA", "03", "CAN") not in found, found


def test_a_wish_to_thank_told_in_the_past_stays_an_intent(coder):
    # Decoy: told of the past, in the third person: no thanks given in the saying.
    text = "The French president wanted to thank Canada for its help, his office said on Monday."
    found = _pairs(code(coder, text, "en"))
    assert ("FRA", "05", "CAN") not in found, found


def test_a_wish_to_meet_stays_an_intent(coder):
    # Decoy: a meeting is not done by saying one wants it.
    text = "« Je souhaite rencontrer le président chinois », a déclaré lundi le président français."
    found = _pairs(code(coder, text, "fr"))
    assert ("FRA", "04", "CHN") not in found, found
    assert ("FRA", "03", "CHN") in found, found


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

