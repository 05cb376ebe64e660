"""English entries and profile words added for issue 5 (dev-d misses), each shown by a sentence written
here in the register of wire copy and press releases, coded by the real pipeline."""

from __future__ import annotations

import pytest

from .support import code, codes, dyads


@pytest.mark.parametrize(
    "text,wanted",
    [
        # a verb of praise
        ("The Japanese prime minister complimented Vietnam on its handling of the typhoon.", ("JPN", "051", "VNM")),
        # "order X out (of the country)": an expulsion, not an order to act
        ("Niger's military rulers ordered the French ambassador out of the country on Friday.", ("NER", "166", "FRA")),
        # "seize"/"take" with a place: the capture of territory (192), not of property (171)
        ("Russian troops seized the Ukrainian town of Kupiansk in 2022.", ("RUS", "192", "UKR")),
        ("Azerbaijani forces took the Armenian village of Parukh on Friday.", ("AZE", "192", "ARM")),
    ],
)
def test_new_entries(coder, text, wanted):
    assert wanted in codes(code(coder, text, "en"))


def test_seizing_a_ship_is_still_seizing_property(coder):
    found = codes(code(coder, "Iran seized a Greek oil tanker in the Gulf of Oman on Wednesday.", "en"))
    assert any(s == "IRN" and c == "171" for s, c, _ in found)


def test_act_appealed_for_is_not_coded(coder):
    # "appealed to both sides to agree to a truce": the appeal is coded, the agreement only asked for.
    found = dyads(code(coder, "The Pope appealed to Armenia and Azerbaijan to agree to a lasting truce.", "en"))
    assert any(r == "02" for _, r, _ in found)
    assert not any(r == "03" for _, r, _ in found)


@pytest.mark.parametrize(
    "text,wanted",
    [
        # goods carried by a light verb ("sent", "delivered"): relief goods are humanitarian aid (073),
        # artillery materiel military aid (072)
        ("Morocco sent tents and blankets to Libya after the floods.", ("MAR", "073", "LBY")),
        ("Japan delivered medicines to Myanmar on Thursday, its embassy said.", ("JPN", "073", "MMR")),
        ("Slovakia sent howitzers to Ukraine in the autumn.", ("SVK", "072", "UKR")),
    ],
)
def test_goods_sent_to_a_state(coder, text, wanted):
    assert wanted in codes(code(coder, text, "en"))


def test_goods_without_recipient_are_no_event(coder):
    assert not code(coder, "Food prices rose sharply in Egypt in March.", "en")


@pytest.mark.parametrize(
    "text,wanted",
    [
        # "joint drills/patrols" among coordinated sides: military cooperation between them (062)
        ("Russia and China held joint naval drills in the East China Sea on Tuesday.", ("RUS", "062", "CHN")),
        ("Turkey began joint patrols with Russia in northern Syria.", ("TUR", "062", "RUS")),
        # acts of force each side does to the other
        ("India and Pakistan traded strikes across the Line of Control.", ("IND", "195", "PAK")),
        # a wreath laid together: the leaders' act toward each other
        ("Macron and Scholz laid a wreath together at the war memorial in Verdun.", ("FRA", "017", "DEU")),
    ],
)
def test_acts_among_coordinated_sides(coder, text, wanted):
    assert wanted in codes(code(coder, text, "en"))


def test_drills_alone_stay_a_show_of_force(coder):
    text = "China staged large military drills around Taiwan on Monday."
    assert ("CHN", "150", "TWN") in codes(code(coder, text, "en"))


def test_entering_waters_is_a_show_of_force(coder):
    text = "Three Chinese coast guard ships entered Japanese territorial waters near the Senkaku Islands on Monday."
    assert ("CHN", "150", "JPN") in codes(code(coder, text, "en"))
