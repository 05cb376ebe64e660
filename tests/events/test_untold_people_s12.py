"""Session 12, the core: people no actor names, standing for the country an act happens in.

Sentences written here for the construction each test shows, each with a decoy that must not
be coded the same way:
- a protest noun no one is named as holding is held by the people of the place it happens in
  (events/crowds.py), not when it is what another act is done to, nor when no place is named,
  nor when a verb of the clause already tells the protest;
- people a relative clause says protested are where the clause their noun is in happens
  (events/domestic.py);
- aid given to unnamed people goes to the country of the place they or the giving are in
  (events/aided.py), and to no one when no place is named;
- a name under a state's possessive ("Tanzania's John Mwakasege") is that state's own person, a
  direct target even of a meeting, which takes no owner (events/roles.py).
"""

from __future__ import annotations

from .support import code, pairs as _pairs


# Protests held by the people of their place ----------------------------------------------------


def test_protests_sparked_in_a_country_are_its_peoples(coder):
    text = "The jailing of the opposition leader on Monday sparked large street protests in Kenya."
    found = _pairs(code(coder, text, "en"))
    assert ("KEN", "14", "KEN") in found, found


def test_a_rally_takes_the_place_of_the_clause_it_hangs_on(coder):
    text = "La police a dispersé samedi à Dakar des centaines de jeunes lors d'un rassemblement contre la hausse des prix."
    found = _pairs(code(coder, text, "fr"))
    assert ("SEN", "14", "SEN") in found, found


def test_protests_another_act_is_done_to_are_not_coded_as_an_act(coder):
    # Decoy: the protests are what the crackdown is aimed at.
    text = "The United Nations condemned the crackdown on protests in Belarus."
    found = _pairs(code(coder, text, "en"))
    assert not any(root == "14" for _, root, _ in found), found


def test_protests_in_no_named_place_have_no_source(coder):
    # Decoy: no place says whose people protest.
    text = "The protests against the new tax continued on Monday."
    found = _pairs(code(coder, text, "en"))
    assert not any(root == "14" for _, root, _ in found), found


def test_protests_named_only_as_what_people_lead_are_not_an_act(coder):
    # Decoy: the protests qualify the people named, they are not told as an act of the clause.
    text = "The leaders of the protests in Kenya met the president on Monday."
    found = _pairs(code(coder, text, "en"))
    assert not any(root == "14" for _, root, _ in found), found


def test_a_banned_rally_is_not_held(coder):
    # Decoy: the rally is what the ban is done to, not a protest that took place.
    text = "Le gouvernement a interdit samedi le rassemblement prévu à Dakar."
    found = _pairs(code(coder, text, "fr"))
    assert not any(root == "14" for _, root, _ in found), found


def test_a_protest_told_by_its_verb_is_not_told_twice(coder):
    # Decoy: "marched … in protest" is one protest, the verb's.
    text = "Thousands of people marched in Madrid on Sunday in protest against the new housing law."
    events = code(coder, text, "en")
    protests = [e for e in events if e.cameo.root == "14"]
    assert len(protests) == 1, [(e.trigger.text, e.cameo.code) for e in events]
    assert protests[0].trigger.text == "marched", protests[0].trigger.text


# Protesters named in a relative clause ----------------------------------------------------------


def test_protesters_in_a_relative_clause_are_where_their_noun_is(coder):
    text = "La police a interpellé lundi à Nairobi plusieurs dizaines d'étudiants qui manifestaient contre la hausse des frais de scolarité."
    found = _pairs(code(coder, text, "fr"))
    assert ("KEN", "14", "KEN") in found, found


def test_protesters_in_a_relative_clause_with_no_place_have_no_source(coder):
    # Decoy: no place in the clause: whose people they are is not said.
    text = "La police kényane a interpellé lundi plusieurs dizaines d'étudiants qui manifestaient contre la hausse des frais de scolarité."
    found = _pairs(code(coder, text, "fr"))
    assert not any(root == "14" for _, root, _ in found), found


# Aid to unnamed people in a named place ---------------------------------------------------------


def test_aid_to_families_in_a_province_goes_to_its_country(coder):
    text = "L'UNICEF a distribué mardi des kits d'hygiène à quelque 5 000 familles sinistrées, dans le Sud-Kivu."
    found = _pairs(code(coder, text, "fr"))
    assert ("UNICEF", "07", "COD") in found, found


def test_aid_to_families_in_no_named_place_goes_to_no_country(coder):
    # Decoy: no place: the recipients' country is not the giver's own, nor anyone's.
    text = "L'UNICEF a distribué mardi des kits d'hygiène à quelque 5 000 familles sinistrées."
    found = _pairs(code(coder, text, "fr"))
    assert not any(root == "07" and target is not None for _, root, target in found), found


# A named person under a state's possessive ------------------------------------------------------


def test_a_name_under_a_states_possessive_is_met(coder):
    text = "The Kenyan foreign minister met Tanzania's John Mwakasege in Arusha on Monday."
    found = _pairs(code(coder, text, "en"))
    assert ("KEN", "04", "TZA") in found, found


def test_a_name_under_a_possessive_that_is_no_actor_is_no_target(coder):
    # Decoy: "his friend" names no state: the meeting has no target to code.
    text = "The Kenyan foreign minister met his friend John Mwakasege in Arusha on Monday."
    found = _pairs(code(coder, text, "en"))
    assert not any(root == "04" and target is not None for _, root, target in found), found
