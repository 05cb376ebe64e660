"""Coordinated sides the parse hides from the first side's mention (events/appositive.py): a second
office holder hung on the first one's name is a side of the meeting; seats of government coordinated
in a delegation meet each other; a name the data does not know acts for the office in apposition
after it, or for what a relative clause says it leads. Sentences written for these tests, each with
a decoy that must not be read so."""

from __future__ import annotations

from .support import code, pairs as _pairs


def test_a_second_office_holder_hung_on_the_first_name_meets_the_first(coder):
    text = (
        "Fighting has displaced thousands. Thai acting Prime Minister Somchai Wongsawat and "
        "Cambodian Prime Minister Hun Sen met in Kuala Lumpur on Monday."
    )
    found = _pairs(code(coder, text, "en"))
    assert ("THA", "04", "KHM") in found or ("KHM", "04", "THA") in found, found


def test_an_appositive_name_with_no_second_side_makes_no_meeting(coder):
    # Decoy: the name after the office is coordinated with no other office holder.
    text = "Fighting has displaced thousands. Thai acting Prime Minister Somchai Wongsawat and his wife met in Kuala Lumpur on Monday."
    found = _pairs(code(coder, text, "en"))
    assert not any(r == "04" and t is not None for _, r, t in found), found


def test_seats_of_government_coordinated_in_a_delegation_meet_each_other(coder):
    text = "Delegations from Belgrade and Pristina sat down together in Brussels on Tuesday."
    found = _pairs(code(coder, text, "en"))
    assert ("SRB", "04", "XKX") in found or ("XKX", "04", "SRB") in found, found


def test_a_lone_delegation_sitting_down_meets_no_one(coder):
    # Decoy: one side only; the place of the meeting is no side of it.
    text = "A delegation from Belgrade sat down in Brussels on Tuesday."
    found = _pairs(code(coder, text, "en"))
    assert not any(r == "04" and t is not None for _, r, t in found), found


# A name the data does not know (events/appositive.apposed_title) -----------------------------------


def test_an_unknown_name_with_a_national_title_after_it_acts_for_that_state(coder):
    text = "Tomas Ferreira Lopes, Uruguay's foreign minister, criticised Paraguay on Wednesday."
    assert ("URY", "11", "PRY") in _pairs(code(coder, text, "en"))


def test_an_unknown_name_with_a_french_title_after_it_acts_for_that_state(coder):
    text = "Ana Sofia Ruiz, la ministre chilienne de l'Intérieur, a condamné l'Argentine."
    assert ("CHL", "11", "ARG") in _pairs(code(coder, text, "fr"))


def test_an_unknown_name_with_a_role_of_no_side_makes_no_event(coder):
    # Decoy: "a shopkeeper" tells no side; the name stays no actor.
    text = "Tomas Ferreira Lopes, a shopkeeper, criticised Paraguay on Wednesday."
    assert not [p for p in _pairs(code(coder, text, "en")) if p[0] is not None], _pairs(code(coder, text, "en"))


def test_a_role_told_only_by_where_it_is_from_is_no_side(coder):
    # Decoy: "from Asunción" says where the farmer is from, not whom he acts for.
    text = "Tomas Ferreira Lopes, a farmer from Asunción, criticised Uruguay on Wednesday."
    assert not [p for p in _pairs(code(coder, text, "en")) if p[0] == "PRY"], _pairs(code(coder, text, "en"))


def test_an_unknown_spokesman_for_a_ministry_speaks_for_its_state(coder):
    text = "Karim Nabil Farouk, a spokesman for the Jordanian interior ministry, denounced Syria on Sunday."
    assert ("JOR", "11", "SYR") in _pairs(code(coder, text, "en"))


def test_an_unknown_porte_parole_of_a_ministry_speaks_for_its_state(coder):
    text = "Karim Nabil Farouk, porte-parole du ministère jordanien de l'Intérieur, a dénoncé la Syrie dimanche."
    assert ("JOR", "11", "SYR") in _pairs(code(coder, text, "fr"))


def test_an_unknown_name_who_leads_a_body_acts_for_it(coder):
    text = "Ruth Banda, who leads Zambia's main opposition party, condemned Malawi on Friday."
    assert ("ZMB", "11", "MWI") in _pairs(code(coder, text, "en"))


def test_an_unknown_name_qui_dirige_a_body_acts_for_it(coder):
    text = "Ruth Banda, qui dirige le principal parti d'opposition zambien, a condamné le Malawi vendredi."
    assert ("ZMB", "11", "MWI") in _pairs(code(coder, text, "fr"))


def test_an_unknown_name_who_met_someone_does_not_act_for_them(coder):
    # Decoy: meeting a president is no leading of his state.
    text = "Ruth Banda, who met Zambia's president last year, condemned Malawi on Friday."
    assert not [p for p in _pairs(code(coder, text, "en")) if p[0] == "ZMB" and p[2] == "MWI"], _pairs(code(coder, text, "en"))
