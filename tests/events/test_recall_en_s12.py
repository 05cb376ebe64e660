"""English recall, round 14 (issue 5): sentences written here for the new pattern entries, the
future told in reported speech and the refusals to attend, each with a decoy that must not be
coded so."""

from __future__ import annotations

import pytest

from .support import code, codes


def _codes(coder, text):
    return codes(code(coder, text, "en"))


@pytest.mark.parametrize(
    "text,wanted",
    [
        # people handed over to another state's justice: extradited
        ("Morocco handed over two suspects in the Madrid bombing to Spanish police.", ("MAR", "063", "ESP")),
        # soldiers leaving a country: a withdrawal
        ("The last British soldiers left Mali in December.", ("GBR", "087", "MLI")),
        # an attack claimed
        ("Islamic State claimed the attack on a church in Lahore.", ("ISIS", "015", None)),
        # signatures put to a text: signed
        ("Serbia and Hungary put their signatures to an energy agreement in Budapest.", ("SRB", "057", "HUN")),
        # a visitor welcomed at a place: a visit received
        ("The Brazilian president was welcomed at the Quirinale by Sergio Mattarella.", ("ITA", "043", "BRA")),
        # a proposal voted down
        ("Romania's parliament voted down Moldova's bid for a gas deal.", ("ROU", "120", "MDA")),
        # curbs lifted
        ("South Korea lifted its curbs on Japanese fish on Monday.", ("KOR", "085", "JPN")),
        # a travel ban on officials: a sanction
        ("Canada imposed travel bans on senior Iranian officials.", ("CAN", "163", "IRN")),
        # leaving talks: talks halted
        ("Venezuela's government pulled out of the negotiations with the opposition.", ("VEN", "164", "VEN")),
        # journalists expelled
        ("Niger expelled three French correspondents on Friday.", ("NER", "174", "FRA")),
        # declining to meet: a meeting rejected
        ("The Taliban declined to meet the Pakistani envoy in Kabul.", ("AFG", "125", "PAK")),
    ],
)
def test_round_14_recall(coder, text, wanted):
    assert wanted in _codes(coder, text)


def test_the_minister_leaving_a_city_is_no_withdrawal(coder):
    assert not any(c == "087" for _, c, _ in _codes(coder, "The French foreign minister left Niamey on Friday."))


def test_goods_handed_over_are_no_extradition(coder):
    found = _codes(coder, "Iran handed over the seized tanker to Panama.")
    assert ("IRN", "084", "PAN") in found and not any(c == "063" for _, c, _ in found)


def test_a_decision_welcomed_is_no_visit(coder):
    found = _codes(coder, "Germany welcomed the French decision on Monday.")
    assert not any(c == "043" for _, c, _ in found)


def test_a_meeting_declined_is_not_held(coder):
    found = _codes(coder, "Azerbaijan's president declined to attend a meeting with Armenia's prime minister in Prague.")
    assert any(c == "125" for _, c, _ in found) and not any(c.startswith("04") for _, c, _ in found)


def test_a_comment_declined_stays_a_declined_comment(coder):
    # decoy: "decline to comment" has its own code (011)
    assert ("RUS", "011", None) in _codes(coder, "The Kremlin declined to comment on the report.")


def test_a_meeting_said_to_come_is_an_intent(coder):
    # "said he would meet": the future of the past, an intent to meet (036), not a meeting
    found = _codes(coder, "The Japanese prime minister said on Friday that he would meet President Biden in Washington next month.")
    assert ("JPN", "036", "USA") in found and not any(c == "040" for _, c, _ in found)


def test_a_meeting_under_a_condition_is_no_intent(coder):
    # decoy: "would meet … if": conditional, no intent
    found = _codes(coder, "The Japanese prime minister said he would meet President Biden if the talks in Geneva succeed.")
    assert ("JPN", "036", "USA") not in found


@pytest.mark.parametrize(
    "text,wanted",
    [
        # a deadline given: an ultimatum
        ("The Arab League gave Libya's rival governments a one-month deadline to agree on elections.", ("ARAB-LEAGUE", "139", "LBY")),
        ("ECOWAS handed Guinea's junta a six-month deadline to return power to civilians.", ("ECOWAS", "139", "GIN")),
        # patrol boats handed over: military aid
        ("Australia handed over two patrol boats to the Fijian navy.", ("AUS", "072", "FJI")),
    ],
)
def test_round_14_ultimatums_and_aid(coder, text, wanted):
    assert wanted in _codes(coder, text)


def test_a_deadline_for_lawyers_is_no_ultimatum_to_a_state(coder):
    # decoy: no actor given the deadline
    assert not any(c == "139" for _, c, _ in _codes(coder, "The judge gave the lawyers a deadline on Monday."))


def test_sanctions_eased_are_not_imposed(coder):
    # "relaxed its sanctions": the relaxing (085) is the act; the sanctions named are no new ones (163)
    found = _codes(coder, "The United Kingdom relaxed its sanctions on Syria's central bank on Thursday.")
    assert ("GBR", "085", "SYR") in found and not any(c.startswith("16") for _, c, _ in found)


def test_sanctions_imposed_are_still_sanctions(coder):
    # decoy: with a verb of imposing the noun still codes
    assert ("GBR", "163", "SYR") in _codes(coder, "The United Kingdom imposed sanctions on Syria's central bank on Thursday.")


def test_pressure_eased_is_no_demand(coder):
    # decoy: "easing pressure" is no light verb carrying a demand (100)
    found = _codes(coder, "Britain lifted its restrictions on Syrian banks on Thursday, easing pressure on the new authorities.")
    assert not any(c.startswith("10") for _, c, _ in found)
