"""Threats (events/threats.py): force its own actor announces is a threat of force (CAMEO 138), not an
attack to come; a warning that announces the speaker's own act threatens that act's target; a threat
whose condition names who must act is made to them; a participle of threatening set apart after
another act ("…, menaçant d'appeler à …") is made by that act's subject to that act's target.
Sentences written for these tests, each with a decoy that must not be read so."""

from __future__ import annotations

from .support import code, pairs as _pairs


def _coded(events):
    """(source country, code, target country) of each event."""
    return {(e.source.actor.country, e.cameo.code, e.target.actor.country if e.target else None) for e in events}


def test_saying_one_will_strike_another_state_is_a_threat_of_force(coder):
    found = _coded(code(coder, "Iran said on Monday it would strike Israeli bases.", "en"))
    assert ("IRN", "138", "ISR") in found, found
    assert not any(c.startswith("19") for _, c, _ in found), found  # threatened, not done


def test_a_conditional_of_ones_own_force_in_french_is_a_threat(coder):
    found = _coded(code(coder, "L'Azerbaïdjan a déclaré qu'il frapperait les positions arméniennes.", "fr"))
    assert ("AZE", "138", "ARM") in found, found


def test_force_said_of_another_actor_is_no_threat(coder):
    # Decoy: the speaker reports what someone else would do: no threat by the speaker.
    found = _coded(code(coder, "Iran said Israel would attack its nuclear sites.", "en"))
    assert not any(c.startswith("13") for _, c, _ in found), found


def test_force_reported_as_done_stays_an_attack(coder):
    # Decoy: a past attack the speaker reports is the attack.
    found = _coded(code(coder, "Russia said its troops attacked Ukrainian positions near Bakhmut.", "en"))
    assert ("RUS", "190", "UKR") in found, found


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


def test_a_threat_to_hit_things_is_made_to_whom_they_are_linked_to(coder):
    # events/verb_roles._threatened_targets: the tankers name no actor; the state they are linked to is the target.
    from .support import pairs

    events = code(coder, "The Houthis threatened on Monday to strike again any tanker linked to Qatar.", "en")
    assert ("HOUTHIS", "13", "QAT") in pairs(events), pairs(events)
