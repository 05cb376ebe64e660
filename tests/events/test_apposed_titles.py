"""A name the data does not know, told with its office in apposition after it, acts for that office
(events/frames.ParagraphFrames._apposed_title). Sentences written for these tests, each with a decoy
that must not be read so."""

from __future__ import annotations

from .support import code, pairs


def test_an_unknown_name_with_a_national_title_after_it_acts_for_that_state(coder):
    text = "Tomas Ferreira Lopes, Uruguay's foreign minister, criticised Paraguay on Wednesday."
    assert ("URY", "11", "PRY") in pairs(code(coder, text, "en"))


def test_an_unknown_name_with_a_french_title_after_it_acts_for_that_state(coder):
    text = "Ana Sofia Ruiz, la ministre chilienne de l'Intérieur, a condamné l'Argentine."
    assert ("CHL", "11", "ARG") in pairs(code(coder, text, "fr"))


def test_an_unknown_name_with_a_role_of_no_side_makes_no_event(coder):
    # Decoy: "a shopkeeper" tells no side; the name stays no actor.
    text = "Tomas Ferreira Lopes, a shopkeeper, criticised Paraguay on Wednesday."
    assert not [p for p in pairs(code(coder, text, "en")) if p[0] is not None], pairs(code(coder, text, "en"))


def test_a_role_told_only_by_where_it_is_from_is_no_side(coder):
    # Decoy: "from Asunción" says where the farmer is from, not whom he acts for.
    text = "Tomas Ferreira Lopes, a farmer from Asunción, criticised Uruguay on Wednesday."
    assert not [p for p in pairs(code(coder, text, "en")) if p[0] == "PRY"], pairs(code(coder, text, "en"))


def test_an_unknown_spokesman_for_a_ministry_speaks_for_its_state(coder):
    text = "Karim Nabil Farouk, a spokesman for the Jordanian interior ministry, denounced Syria on Sunday."
    assert ("JOR", "11", "SYR") in pairs(code(coder, text, "en"))


def test_an_unknown_porte_parole_of_a_ministry_speaks_for_its_state(coder):
    text = "Karim Nabil Farouk, porte-parole du ministère jordanien de l'Intérieur, a dénoncé la Syrie dimanche."
    assert ("JOR", "11", "SYR") in pairs(code(coder, text, "fr"))


def test_an_unknown_name_who_leads_a_body_acts_for_it(coder):
    text = "Ruth Banda, who leads Zambia's main opposition party, condemned Malawi on Friday."
    assert ("ZMB", "11", "MWI") in pairs(code(coder, text, "en"))


def test_an_unknown_name_qui_dirige_a_body_acts_for_it(coder):
    text = "Ruth Banda, qui dirige le principal parti d'opposition zambien, a condamné le Malawi vendredi."
    assert ("ZMB", "11", "MWI") in pairs(code(coder, text, "fr"))


def test_an_unknown_name_who_met_someone_does_not_act_for_them(coder):
    # Decoy: meeting a president is no leading of his state.
    text = "Ruth Banda, who met Zambia's president last year, condemned Malawi on Friday."
    assert not [p for p in pairs(code(coder, text, "en")) if p[0] == "ZMB" and p[2] == "MWI"], pairs(code(coder, text, "en"))
