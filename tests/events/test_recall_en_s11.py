"""English recall, round 13 (issue 5): sentences written here for the new pattern entries and
parse repairs, each with a decoy that must not be coded so."""

from __future__ import annotations

import pytest

from .support import code, codes


@pytest.mark.parametrize(
    "text,wanted",
    [
        # an event noun with its two sides, wherever the parser hangs the "between" phrase
        ("Fighting raged between Israel and Hamas in Gaza on Sunday.", ("ISR", "190", "PSE")),
        ("Fighting between Armenia and Azerbaijan resumed on Tuesday.", ("ARM", "190", "AZE")),
        # walking off the job
        ("Argentine teachers walked off the job over unpaid wages.", ("ARG", "143", "ARG")),
        # arms handed over: military aid
        ("Portugal handed over three Leopard tanks to Ukraine in March.", ("PRT", "072", "UKR")),
        # a reduced relative read as a clause: the destination is the verb's
        ("Thailand deported a Chinese dissident sought for subversion to China last month.", ("THA", "174", "CHN")),
    ],
)
def test_round_13_recall(coder, text, wanted):
    assert wanted in codes(code(coder, text, "en"))


def test_walking_off_a_pitch_is_no_strike(coder):
    assert not any(c == "143" for _, c, _ in codes(code(coder, "The Argentine striker walked off the pitch after the foul.", "en")))


def test_prisoners_handed_over_are_no_arms(coder):
    found = codes(code(coder, "Hungary handed over two prisoners to Ukraine.", "en"))
    assert ("HUN", "084", "UKR") in found and not any(c == "072" for _, c, _ in found)


def test_a_deadline_given_to_act_is_an_ultimatum(coder):
    # "until" opens a time phrase, yet it is a word of this expression (deadline_prepositions).
    found = codes(code(coder, "The African Union gave Niger's junta until the end of the month to hand power back to civilians.", "en"))
    assert any(c == "139" for _, c, _ in found)
    # A time phrase with "until" on another verb stays a time phrase.
    held = codes(code(coder, "Turkey kept its troops in the province until March.", "en"))
    assert all(not c.startswith("13") for _, c, _ in held)
