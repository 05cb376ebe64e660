"""English vocabulary of this round (patterns/en.toml): rejecting or dismissing an accusation is
denying it (016); letting aid, trucks or a convoy in is allowing its delivery (0863); downing tools
is a strike (143). Sentences written for these tests, with decoys."""

from __future__ import annotations

from .support import code, pairs


def test_rejected_accusation_is_a_denial_toward_the_accuser(coder):
    events = code(coder, "Algeria rejected accusations by Morocco that it arms the Polisario Front.", "en")
    assert ("DZA", "01", "MAR") in pairs(events)
    assert not any(e.cameo.root == "12" for e in events)


def test_accusation_dismissed_in_a_relative_clause(coder):
    # "a charge Tehran dismissed as baseless": the head noun is the verb's object
    events = code(coder, "Israel accused Iran of arming the Houthis, a charge Tehran dismissed as baseless.", "en")
    assert ("IRN", "016") in {(e.source.actor.country, e.cameo.code) for e in events}


def test_rejected_plan_stays_a_rejection(coder):
    # decoy: a plan rejected is no denial
    events = code(coder, "Hamas rejected Egypt's plan for a truce.", "en")
    assert not any(e.cameo.code == "016" for e in events)


def test_aid_let_in_is_allowing_delivery(coder):
    events = code(coder, "Sudan's army let UN aid into Darfur on Sunday.", "en")
    assert any(e.cameo.code == "0863" for e in events)


def test_allowing_journalists_is_no_aid_delivery(coder):
    # decoy: "allowed journalists into the camp" lets no aid in
    events = code(coder, "Israel allowed foreign journalists into the camp on Sunday.", "en")
    assert not any(e.cameo.code == "0863" for e in events)


def test_downed_tools_is_a_strike(coder):
    events = code(coder, "Nigerian nurses downed tools on Tuesday over unpaid wages.", "en")
    assert ("NGA", "14", "NGA") in pairs(events)


def test_downed_drone_is_no_strike(coder):
    # decoy: "downed a drone" shoots it down: no labour strike
    events = code(coder, "Turkish jets downed a Syrian drone near the border.", "en")
    assert not any(e.cameo.code == "143" for e in events)
