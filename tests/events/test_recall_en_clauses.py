"""English entries of session 9 (issue 5: recall), each shown by a sentence written here and coded by
the real pipeline: missiles fired into the sea, aid and inspectors let in, and acts whose words the
parser splits across a clause (grammar/en_clauses.py)."""

from __future__ import annotations

import pytest

from .support import code, codes


@pytest.mark.parametrize(
    "text,wanted",
    [
        # a missile fired into the sea names no one it is fired at: a show of force with no target
        ("North Korea fired two ballistic missiles into the sea east of the peninsula on Monday.", ("PRK", "150", None)),
        ("Iran launched a cruise missile into the waters of the Gulf during naval drills.", ("IRN", "150", None)),
    ],
)
def test_missiles_into_the_sea(coder, text, wanted):
    assert wanted in codes(code(coder, text, "en"))


def test_missiles_at_a_state_stay_an_attack(coder):
    found = codes(code(coder, "North Korea fired artillery shells into South Korean territory on Friday.", "en"))
    assert not any(c == "150" for _, c, _ in found)


@pytest.mark.parametrize(
    "text,wanted",
    [
        # the object of "let"/"permit"/"allow" names what is let in; the parser may read it as the
        # subject of the infinitive after it
        ("Israel let UN aid convoys enter the northern Gaza Strip on Tuesday.", ("ISR", "0863", "PSE")),
        ("Iran permitted IAEA inspectors to visit the Isfahan plant.", ("IRN", "0862", "IAEA")),
        ("Egypt allowed dozens of aid trucks to cross into Gaza on Sunday.", ("EGY", "0863", "PSE")),
    ],
)
def test_let_in(coder, text, wanted):
    assert wanted in codes(code(coder, text, "en"))


def test_territorial_waters_with_a_compass_point(coder):
    # "waters/compound west/dobj of Palawan": the waters are what was entered
    text = "A Chinese survey ship entered Philippine territorial waters west of Palawan on Sunday."
    assert ("CHN", "150", "PHL") in codes(code(coder, text, "en"))


@pytest.mark.parametrize(
    "text,wanted",
    [
        # the sale of named weapons to a state is military aid, as "arms sales" are
        ("Britain approved the sale of Typhoon jets to Qatar in 2017.", ("GBR", "072", "QAT")),
        ("Washington approved the sale of Patriot missiles to Poland.", ("USA", "072", "POL")),
        # stopping the sales: moved to block them, froze them
        ("The US Senate moved to block arms sales to Saudi Arabia on Thursday.", ("USA", "163", "SAU")),
    ],
)
def test_arms_sales(coder, text, wanted):
    assert wanted in codes(code(coder, text, "en"))


def test_deported_to_a_state(coder):
    # people named by no state: the state they are sent to is the one the act is done to
    assert ("USA", "174", "VEN") in codes(code(coder, "The United States deported 200 migrants to Venezuela on Monday.", "en"))


@pytest.mark.parametrize(
    "text,wanted",
    [
        # a meeting proposed is an offer to meet (036)
        ("Seoul proposed talks with Pyongyang on the reunion of separated families.", ("KOR", "036", "PRK")),
        ("Tokyo's proposal for a summit with Beijing was turned down.", ("JPN", "036", "CHN")),
    ],
)
def test_meeting_proposed(coder, text, wanted):
    assert wanted in codes(code(coder, text, "en"))


@pytest.mark.parametrize(
    "text,wanted",
    [
        # a veto or an objection lifted is yielded (080), not cast (129)
        ("Hungary lifted its veto on Ukraine's accession talks on Thursday.", ("HUN", "080", "UKR")),
        ("Turkey withdrew its objection to Sweden's NATO membership.", ("TUR", "080", "SWE")),
    ],
)
def test_veto_lifted(coder, text, wanted):
    found = codes(code(coder, text, "en"))
    assert wanted in found
    assert not any(c == "129" for _, c, _ in found)
