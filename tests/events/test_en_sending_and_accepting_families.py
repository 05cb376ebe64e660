"""Families of wordings (events/patterns/en.toml `[[family]]`): aid, police and troops sent by any
verb of sending, a carrier's cargo told with "with" (frames._cargo_words), help from abroad accepted
(0863), money lent approved or released (071), a force's sending asked for (0234), custody, a
lockdown, armed groups entering a town (senses `occupying_entry_verbs`) and a person handed over to
another state's authorities (senses `justice_words`). Sentences written here, with decoys."""

from __future__ import annotations

import pytest

from .support import code, side_codes


def _codes(coder, text):
    return side_codes(code(coder, text, "en"))


@pytest.mark.parametrize(
    "text,wanted",
    [
        ("Portugal rushed firefighters to Greece as the blazes spread.", ("PRT", "073", "GRC")),
        ("Turkey airlifted tents and blankets to Syria on Friday.", ("TUR", "073", "SYR")),
        # the carrier's cargo hangs on the verb: "planes with medical teams"
        ("Italy flew military planes with medical teams to Tunisia on Monday.", ("ITA", "073", "TUN")),
        ("Spain sent navy helicopters with rescue teams to Portugal on Sunday.", ("ESP", "073", "PRT")),
        ("Nigeria rushed 800 police to Benin on Sunday.", ("NGA", "153", "BEN")),
    ],
)
def test_whatever_the_verb_of_sending_the_cargo_names_the_act(coder, text, wanted):
    assert wanted in _codes(coder, text)


def test_planes_with_no_cargo_of_aid_are_no_aid(coder):
    # decoy: warplanes sent with bombs are no humanitarian aid
    found = _codes(coder, "Russia flew bombers with cruise missiles to Syria on Monday.")
    assert not any(code.startswith("07") for _, code, _ in found)


def test_help_accepted_from_abroad_lets_each_giver_in(coder):
    found = _codes(coder, "Libya accepted offers of medical teams from Tunisia, Egypt and Turkey.")
    assert {("LBY", "0863", "TUN"), ("LBY", "0863", "EGY"), ("LBY", "0863", "TUR")} <= found


def test_help_from_unnamed_countries_names_no_one(coder):
    # decoy: the givers are not named, and the country's own people are not they
    assert not _codes(coder, "Rabat accepted help from only three countries on Monday.")


def test_a_lending_programme_approved_for_a_state_is_economic_aid(coder):
    assert ("IMF", "071", "LKA") in _codes(coder, "The IMF approved a new lending programme for Sri Lanka on Friday.")


def test_a_force_asked_for_with_no_one_named_is_an_appeal_for_protection(coder):
    found = _codes(coder, "The Malian junta sought the dispatch of a foreign stabilisation force.")
    assert ("MLI", "0234", None) in found


@pytest.mark.parametrize(
    "text,wanted",
    [
        ("Peruvian police took the former mayor into custody on Monday.", ("PER", "173", "PER")),
        ("The Chilean government ordered a lockdown of Santiago.", ("CHL", "172", "CHL")),
    ],
)
def test_custody_and_lockdowns(coder, text, wanted):
    assert wanted in _codes(coder, text)


def test_rebels_entering_a_town_of_their_own_country_take_it(coder):
    assert ("COD", "192", "COD") in _codes(coder, "Congolese rebels entered the town of Bunia on Sunday.")


def test_rebels_entering_another_state_use_force_on_it(coder):
    found = _codes(coder, "Chadian rebels entered the Sudanese town of Geneina on Friday.")
    assert ("TCD", "190", "SDN") in found and not any(code == "192" for _, code, _ in found)


def test_a_person_handed_over_to_another_states_authorities_is_extradited(coder):
    found = _codes(coder, "Paraguay handed a former army colonel over to the Brazilian authorities.")
    assert ("PRY", "063", "BRA") in found
