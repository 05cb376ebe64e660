"""A killing told in a relative clause on an act of force retells that act's toll ("l'attentat
des chabab qui a tué douze soldats"): the act is coded once, with its own root, not a second
act of killing beside it (events/claimed.py, ``toll_of_a_claimed_act``).

Sentences written here, each with a decoy that must not be coded that way.
"""

from __future__ import annotations

from .support import code, pairs as _pairs


def test_un_attentat_qui_a_tue_est_code_une_fois(coder):
    text = "Un attentat des chabab qui a tué douze soldats a frappé Mogadiscio mardi."
    found = _pairs(code(coder, text, "fr"))
    assert any(s == "AL-SHABAAB" and r == "18" for s, r, _ in found), found
    # "a tué" retells the attack's toll: no killing beside it.
    events = code(coder, text, "fr")
    assert not any(e.trigger.text.endswith("tué") for e in events), [(e.trigger.text, e.cameo.code) for e in events]


def test_a_bombing_that_killed_people_is_one_act(coder):
    text = "The bombing by Al-Shabaab that killed 12 people in Mogadishu was condemned by the UN."
    events = code(coder, text, "en")
    assert any(e.trigger.text == "bombing" and e.cameo.root in ("18", "19") for e in events), [(e.trigger.text, e.cameo.code) for e in events]
    assert not any(e.trigger.text == "killed" for e in events), [(e.trigger.text, e.cameo.code) for e in events]


def test_a_killing_in_a_relative_clause_on_a_person_is_an_act(coder):
    # Decoy: the relative hangs on a person, not on an act of force: it is the killing itself.
    text = "Police arrested the Houthi commander who killed two Saudi soldiers last week."
    events = code(coder, text, "en")
    assert any(e.trigger.text == "killed" for e in events), [(e.trigger.text, e.cameo.code) for e in events]
