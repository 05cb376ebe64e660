"""A leader who resigns or steps down with no one named gives way to their own people
(patterns/en.toml "resign", "step down", target "self"; evaluation/GUIDELINES.md, acts
at home that name no addressee), as a court or government dissolving a party does ("dissolve
party"); a lender that suspends, halts, freezes or cuts its financing to a state stops economic
aid (1621, "suspend financing" ...), not gives it (071, "financing"); talks a visit or a meeting
is for are that visit or meeting ("talk" noun, no "governor" source).
Sentences written for these tests, with decoys."""

from __future__ import annotations

import pytest

from .support import code, pairs


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Crowds cheered in Colombo hours after President Gotabaya Rajapaksa resigned.", "LKA"),
        ("Cambodia's supreme court dissolved the main opposition party on Thursday.", "KHM"),
    ],
)
def test_giving_way_at_home_is_done_to_the_own_country(coder, text, country):
    events = code(coder, text, "en")
    assert any(e.source.actor.country == country and e.target is not None and e.target.actor.country == country for e in events), events
    assert not any(e.target is None for e in events), events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Asian Development Bank suspended new financing to Myanmar on Monday.", "ADB", "MMR"),
        ("The European Investment Bank froze financing to Belarus after the election.", "EIB", "BLR"),
        ("Washington halted financing for Nicaragua's police on Wednesday.", "USA", "NIC"),
    ],
)
def test_financing_suspended_is_aid_stopped(coder, text, source, target):
    events = code(coder, text, "en")
    assert (source, "16", target) in pairs(events), events
    assert not any(e.cameo.root == "07" for e in events), events


def test_financing_given_stays_aid(coder):
    # decoy: financing granted is economic aid (07)
    events = code(coder, "The Asian Development Bank approved new financing for Nepal's roads on Monday.", "en")
    assert not any(e.cameo.root == "16" for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Chile's president will travel to Lima next week for talks with his Peruvian counterpart.",
        "The Finnish prime minister arrived in Oslo on Monday for talks with Norway's prime minister.",
    ],
)
def test_talks_a_visit_is_for_are_the_visit(coder, text):
    events = code(coder, text, "en")
    assert not any(e.trigger.text == "talks" for e in events), events
    assert any(e.cameo.root in ("03", "04") for e in events), events


def test_talks_held_stay_a_meeting(coder):
    # decoy: talks held by one side with another are their meeting (040)
    events = code(coder, "Chile's foreign minister held talks in Lima on Monday with his Peruvian counterpart.", "en")
    assert ("CHL", "04", "PER") in pairs(events), events


def test_legislation_withdrawn_is_given_way_at_home(coder):
    # "withdraw bill", "withdraw law", "withdraw legislation" (0832, target "self"); decoy: troops
    # withdrawn from a named place are a military withdrawal from it (087).
    events = code(coder, "Under fire from unions, Colombia's labour ministry withdrew its overtime bill on Monday.", "en")
    assert any(e.cameo.code == "0832" and e.target is not None and e.target.actor.country == "COL" and e.target.actor.sector == "CVL" for e in events), events
    events = code(coder, "Rwanda withdrew its soldiers from Burundi on Monday.", "en")
    assert not any(e.cameo.code == "0832" for e in events), events
