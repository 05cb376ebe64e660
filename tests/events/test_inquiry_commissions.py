"""A panel (English) or commission (French) of inquiry set up by a body is that body's inquiry:
it is a light noun the inquiry's light verb reaches it through (``light_nouns``). Sentences
written for this test."""

from __future__ import annotations

from .support import code, side_codes


def test_a_panel_of_inquiry_set_up_is_the_setter_inquiry(coder):
    found = side_codes(code(coder, "The Malawian government set up a panel of inquiry into the deaths of protesters.", "en"))
    assert any(s == "MWI" and c.startswith("09") for s, c, _ in found), found


def test_a_french_commission_of_inquiry_created_is_the_creator_inquiry(coder):
    found = side_codes(code(coder, "Le gouvernement zambien a créé une commission d'enquête sur les violences policières à Lusaka.", "fr"))
    assert any(s == "ZMB" and c.startswith("09") for s, c, _ in found), found


def test_a_french_mission_of_inquiry_entrusted_is_the_truster_inquiry(coder):
    found = side_codes(code(coder, "L'Union africaine a confié à trois juristes une mission d'enquête sur les exactions commises au Burundi.", "fr"))
    assert any(s == "AU" and c.startswith("09") and t == "BDI" for s, c, t in found), found
