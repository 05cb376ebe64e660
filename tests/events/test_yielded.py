"""Whom a concession yields to (events/yielded.py). Sentences written for these tests, each with a
decoy that must not be read so."""

from __future__ import annotations

import pytest

from .support import code, pairs as _pairs


@pytest.mark.parametrize(
    "text,lang,country",
    [
        ("Peru's prime minister resigned, bowing to pressure from protesters.", "en", "PER"),
        ("Chile's interior minister resigned on Friday after weeks of mass protests.", "en", "CHL"),
        ("Le ministre péruvien de l'Intérieur a démissionné après des semaines de manifestations.", "fr", "PER"),
        ("Le Premier ministre roumain a retiré mardi le projet de loi sur les retraites, cédant à la pression des manifestants.", "fr", "ROU"),
    ],
)
def test_yielding_to_protests_is_done_to_the_protesters(coder, text, lang, country):
    found = _pairs(code(coder, text, lang))
    assert any(s == country and r == "08" and t == country for s, r, t in found), found


@pytest.mark.parametrize(
    "text,lang",
    [
        # Decoys: talks are no pressure, and a yielding act with its own target keeps it.
        ("Peru's prime minister resigned after talks with the president.", "en"),
        ("Le ministre péruvien a démissionné après une réunion du gouvernement.", "fr"),
    ],
)
def test_yielding_after_no_pressure_has_no_target(coder, text, lang):
    # No one the talks name is yielded to; a resignation with no one named is made to the
    # country's people by default (events/rulers.py), never to a party of the talks.
    events = [e for e in code(coder, text, lang) if e.cameo.root == "08"]
    assert all(e.target is None or (e.target.actor.how == "domestic" and e.target.actor.sector == "CVL") for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        # "Face à" (a locution the parser opens with a noun) and the discontent of a trade.
        "Face à la grogne des chauffeurs de bus, le gouvernement sénégalais a renoncé mardi à augmenter le prix du gazole.",
        # "La rue": the street, those who protest in it.
        "Cédant à la rue, le Premier ministre sénégalais a renoncé vendredi à sa réforme des bourses étudiantes.",
    ],
)
def test_giving_way_to_discontent_is_done_to_the_discontented(coder, text):
    found = _pairs(code(coder, text, "fr"))
    assert any(s == "SEN" and r == "08" and t == "SEN" for s, r, t in found), found
