"""Blame laid by a speaker, proceedings and protests handed over: the "bear blame", "bear
responsibility" and "porter responsabilité" entries (source "speaker", events/slots.py),
"procédure" (an investigation, or a lawsuit before a court), "examination preliminary", "saisir
cij" and "saisir cpi", "transmettre protestation" and "remettre protestation". Sentences written
for these tests."""

from __future__ import annotations

import pytest

from .support import code, pairs


@pytest.mark.parametrize(
    "text,lang,wanted",
    [
        ("Estonia said on Monday that Moscow bore the blame for the cyber attacks on its banks.", "en", ("EST", "11", "RUS")),
        ("Russia bears full responsibility for the sabotage of the cable, Finland said.", "en", ("FIN", "11", "RUS")),
        ("La Moldavie a déclaré que la Russie portait l'entière responsabilité des coupures de gaz.", "fr", ("MDA", "11", "RUS")),
    ],
)
def test_blame_said_to_be_borne_is_the_speakers_accusation(coder, text, lang, wanted):
    assert wanted in pairs(code(coder, text, lang))


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Russia bears the blame for the long war.", "en"),
        ("La Russie porte la responsabilité de cette longue guerre.", "fr"),
    ],
)
def test_blame_no_one_is_said_to_lay_is_no_accusation(coder, text, lang):
    # decoy: told in the writer's voice, the blame has no accuser
    assert not any(root == "11" for _, root, _ in pairs(code(coder, text, lang)))


@pytest.mark.parametrize(
    "text,wanted",
    [
        ("Bruxelles a ouvert jeudi une procédure contre la Slovaquie pour non-respect du droit européen.", ("EU", "09", "SVK")),
        ("Le Guyana a lancé contre le Venezuela une procédure devant la Cour internationale de justice.", ("GUY", "11", "VEN")),
        ("L'Estonie a transmis jeudi une protestation officielle aux autorités russes.", ("EST", "11", "RUS")),
        ("Le Vietnam a remis mardi une protestation diplomatique à l'ambassadeur chinois.", ("VNM", "11", "CHN")),
    ],
)
def test_french_proceedings_and_protests_handed_over(coder, text, wanted):
    assert wanted in pairs(code(coder, text, "fr"))


def test_a_court_named_by_its_acronym_is_taken_to_not_seized(coder):
    found = pairs(code(coder, "La Bolivie a saisi mardi la CIJ contre le Chili au sujet de son accès à la mer.", "fr"))
    assert ("BOL", "11", "CHL") in found
    assert not any(root == "17" for _, root, _ in found)


def test_a_preliminary_examination_is_an_investigation(coder):
    found = pairs(code(coder, "The ICC prosecutor opened a preliminary examination into Belarus's treatment of migrants.", "en"))
    assert ("ICC", "09", "BLR") in found
