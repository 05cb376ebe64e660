"""Targets an act's own frame leaves untold, found in its sentence (events/elsewhere.py,
events/deployments.py, events/vetoes.py, events/verb_roles.py). Sentences written for these
tests, each with a decoy that must not be read so."""

from __future__ import annotations

from .support import code, pairs, side_codes


def test_a_third_coordinated_act_inherits_the_first_acts_target(coder):
    text = "Kenya expelled Somalia's ambassador, cut diplomatic ties and halted bilateral trade."
    found = side_codes(code(coder, text, "en"))
    assert ("KEN", "160", "SOM") in found, found


def test_a_border_with_a_state_hung_on_the_verb_names_the_other_side(coder):
    text = "Le Venezuela a massé 5 000 soldats à sa frontière avec la Colombie."
    found = pairs(code(coder, text, "fr"))
    assert ("VEN", "15", "COL") in found, found


def test_a_with_phrase_far_from_the_border_noun_is_no_other_side(coder):
    # Decoy: "avec" after the place names a partner, not the other side of the border.
    text = "Le Venezuela a massé des soldats à sa frontière, en coordination avec la Colombie."
    found = pairs(code(coder, text, "fr"))
    assert ("VEN", "15", "COL") not in found, found


def test_a_veto_cast_at_a_meeting_of_eu_ministers_stops_their_council(coder):
    text = "La Slovaquie a opposé mardi son veto à un programme d'aide au Kosovo, pendant une réunion en ligne des ministres européens de l'Énergie."
    found = [(e.source.actor.country, e.cameo.code, e.target.actor.organization if e.target else None) for e in code(coder, text, "fr")]
    assert ("SVK", "129", "COUNCIL-EU") in found, found


def test_a_relative_on_the_noun_inside_the_object_names_the_target(coder):
    text = "Les Nations unies ont levé jeudi l'embargo sur les diamants qui frappait le Liberia depuis 2001."
    found = pairs(code(coder, text, "fr"))
    assert any(r == "08" and t == "LBR" for _, r, t in found), found


def test_a_relative_inside_what_is_denied_is_no_target(coder):
    # Decoy: a denial is aimed at the accuser, not at whom the damaged thing links.
    text = "Moscou a nié toute implication dans la rupture du gazoduc qui relie la Norvège à la Pologne."
    found = pairs(code(coder, text, "fr"))
    assert not any(r == "01" and t in ("NOR", "POL") for _, r, t in found), found
