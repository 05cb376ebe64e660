"""Round 12, English vocabulary and frames, each shown by sentences written here with a decoy."""

from __future__ import annotations

import pytest

from .support import code, codes


@pytest.mark.parametrize(
    "text,wanted",
    [
        ("Belarusian prosecutors filed charges against three Polish journalists.", ("BLR", "112", "POL")),
        ("Kenya brought charges against two Somali nationals.", ("KEN", "112", "SOM")),
        ("The Turkish authorities pressed charges against a Greek fisherman.", ("TUR", "112", "GRC")),
    ],
)
def test_charges_against_someone_are_an_accusation(coder, text, wanted):
    assert wanted in codes(code(coder, text, "en"))


def test_a_charge_d_affaires_is_no_charge(coder):
    # Decoy: the diplomat's title holds the noun; only the summons is an act.
    found = codes(code(coder, "Poland summoned Russia's charge d'affaires on Monday.", "en"))
    assert not any(c == "112" for _s, c, _t in found), found


def test_applying_to_join_a_body_asks_it_for_membership(coder):
    assert ("MDA", "022", "EU") in codes(code(coder, "Moldova applied to join the European Union in March.", "en"))


def test_applying_rules_is_no_bid(coder):
    # Decoy: "apply" with a thing as its object and no "to join" asks nothing of anyone.
    found = codes(code(coder, "Moldova applied new customs rules on Monday.", "en"))
    assert not any(c.startswith("02") for _s, c, _t in found), found


@pytest.mark.parametrize(
    "text,wanted",
    [
        ("Venezuela called the Colombian government fascist on Tuesday.", ("VEN", "111", "COL")),
        ("Belarus called the Lithuanian report a fraud.", ("BLR", "111", "LTU")),
        ("Tehran called the British decision hostile.", ("IRN", "111", "GBR")),
        ("Kyiv called the Russian blockade of the ports criminal.", ("UKR", "112", "RUS")),
    ],
)
def test_a_pejorative_name_put_on_an_actor_is_criticism(coder, text, wanted):
    assert wanted in codes(code(coder, text, "en"))


def test_a_neutral_name_is_no_criticism(coder):
    # Decoy: "called the talks constructive" judges nothing ill.
    found = codes(code(coder, "Moscow called the Turkish proposal constructive.", "en"))
    assert not any(c.startswith("11") for _s, c, _t in found), found


def test_halting_the_entry_of_goods_into_a_territory_is_a_blockade(coder):
    assert ("EGY", "191", "LBY") in codes(code(coder, "Egypt halted the entry of fuel trucks into Libya on Monday.", "en"))


def test_blocking_entry_into_an_alliance_is_no_blockade(coder):
    # Decoy: a state's entry into an alliance is no territory closed.
    found = codes(code(coder, "Hungary blocked Sweden's entry into NATO for months.", "en"))
    assert not any(c.startswith("191") for _s, c, _t in found), found



@pytest.mark.parametrize(
    "text,wanted",
    [
        ("The Kyrgyz president ordered the release of three Kazakh border guards.", ("KGZ", "084", "KAZ")),
        ("The Azerbaijani president ordered an offensive against Armenian positions.", ("AZE", "190", "ARM")),
        ("Niger's junta ordered the expulsion of the French ambassador.", ("NER", "166", "FRA")),
        ("The Turkish president ordered the deployment of troops to Libya.", ("TUR", "154", "LBY")),
        ("The Israeli prime minister ordered airstrikes on Hezbollah positions in Lebanon.", ("ISR", "195", "LBN")),
    ],
)
def test_an_ordered_act_is_the_act_and_no_demand(coder, text, wanted):
    found = codes(code(coder, text, "en"))
    assert wanted in found, found
    # the order itself is no demand on anyone
    assert not any(c.startswith("10") for _s, c, _t in found), found


def test_an_order_given_to_another_state_stays_a_demand(coder):
    # Decoy: the object is the actor ordered to act: a demand (100) on it.
    found = codes(code(coder, "The Security Council ordered Israel to open more crossings.", "en"))
    assert ("UNSC", "100", "ISR") in found, found


@pytest.mark.parametrize(
    "text,wanted",
    [
        ("The Asian Development Bank paused disbursements to Myanmar after the coup.", ("ADB", "162", "MMR")),
        ("The IMF suspended disbursements to Sri Lanka after the default.", ("IMF", "162", "LKA")),
        ("The United States paused aid to Ukraine last month.", ("USA", "162", "UKR")),
    ],
)
def test_pausing_payments_to_a_state_reduces_aid(coder, text, wanted):
    assert wanted in codes(code(coder, text, "en"))


def test_a_pause_in_talks_is_no_aid_cut(coder):
    # Decoy: what pauses is no aid.
    found = codes(code(coder, "The talks between Serbia and Kosovo paused for lunch.", "en"))
    assert not any(c.startswith("16") for _s, c, _t in found), found


def test_a_telephone_call_opening_the_sentence_is_its_subjects(coder):
    # The call's sides are the subjects of the verb it hangs on, as for a "phone call".
    text = "In a telephone call on Monday, the Greek prime minister and the Turkish president agreed to meet in Athens."
    found = codes(code(coder, text, "en"))
    assert ("GRC", "041", "TUR") in found, found


def test_a_telephone_call_among_people_no_actor_names_codes_no_consultation(coder):
    # Decoy: the verb's subjects name no actor: no call between states.
    found = codes(code(coder, "In a telephone call on Monday, the two men agreed to meet in Athens.", "en"))
    assert not any(c == "041" for _s, c, _t in found), found
