"""Session 12: force its own actor announces in what a reporting verb says is a threat of force
(CAMEO 138), not an attack to come (events/threats.py ``force_announced_by_speaker``).

Sentences written here, each with a decoy that must not be coded as a threat.
"""

from __future__ import annotations

from .support import code


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
