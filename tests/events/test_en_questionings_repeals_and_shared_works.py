"""Police questioning a person (091), decrees repealed (0832), border posts, zones and railways two
states open together (061), people seized (181) and relief distributed (073): rows of
events/patterns/en.toml (session 27) and "distribute" among the light verbs of
knowledge/data/lang/en.toml. Sentences written here, each beside a decoy."""

from __future__ import annotations

from .support import code, pairs, side_codes


def _codes(coder, text):
    return side_codes(code(coder, text, "en"))


def test_police_questioning_a_person_investigate_them(coder):
    assert ("KEN", "091", "KEN") in _codes(coder, "Kenyan police questioned the governor of Nairobi for six hours on Monday.")


def test_questioning_figures_names_no_one(coder):
    # decoy: what is questioned is no actor
    assert not any(c == "091" for _, c, _ in _codes(coder, "Kenyan economists questioned the government's growth figures."))


def test_a_decree_repealed_gives_way_at_home(coder):
    assert ("PER", "0832", "PER") in _codes(coder, "Peru's government repealed the decree on protests after a week of marches.")


def test_a_decree_issued_is_no_repeal(coder):
    # decoy: issuing a decree gives way to no one
    assert not any(c == "0832" for _, c, _ in _codes(coder, "Peru's government issued a decree on protests on Monday."))


def test_two_states_opening_a_border_post_cooperate(coder):
    found = pairs(code(coder, "Chile and Argentina opened a new border post in the Andes on Friday.", "en"))
    assert ("CHL", "06", "ARG") in found


def test_one_state_opening_a_railway_does_nothing_to_another(coder):
    # decoy: no second party
    assert not any(r == "06" for _, r, _ in pairs(code(coder, "Egypt opened a new railway on Friday.", "en")))


def test_people_seized_are_abducted(coder):
    assert ("NGA", "181", "NGA") in _codes(coder, "Bandits seized 80 schoolchildren in Kaduna state, Nigeria, on Thursday.")


def test_a_town_seized_is_no_abduction(coder):
    # decoy: a place seized is taken, not abducted
    assert not any(c == "181" for _, c, _ in _codes(coder, "Rebels seized the town of Goma on Sunday."))


def test_relief_distributed_to_families_is_aid_where_they_are(coder):
    text = "The World Food Programme distributed rations to 50,000 flood-hit families in Pakistan's Sindh province."
    assert ("WFP", "07", "PAK") in pairs(code(coder, text, "en"))


def test_leaflets_distributed_are_no_aid(coder):
    # decoy: "distribute" carries only event nouns
    assert not any(r == "07" for _, r, _ in pairs(code(coder, "Rebels distributed leaflets in Goma on Friday.", "en")))


def test_water_cannon_used_on_a_crowd_is_repression(coder):
    assert ("THA", "175", "THA") in _codes(coder, "Thai police used water cannon to disperse protesters in Bangkok.")


def test_water_cannon_on_a_fire_is_no_repression(coder):
    # decoy: no one is aimed at, no force of the state
    assert not any(c == "175" for _, c, _ in _codes(coder, "The fire brigade used water cannon to put out the fire."))
