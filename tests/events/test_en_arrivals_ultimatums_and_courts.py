"""English recall: goods that arrive are aid of their kind (events/senses.py), an ultimatum giving
diplomats time to leave is their expulsion (166), a named court completes "take … to court"
(events/frames.py), and entries of patterns/en.toml: intelligence handed over (064), troops or
police sent at home (154, 153), phrasal and support-verb expressions, food or water refused (142).
Sentences written for these tests, with decoys."""

from __future__ import annotations

import pytest

from .support import code, pairs


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("A first batch of Swedish howitzers arrived in Estonia on Thursday.", "SWE", "EST"),
        ("The Leopard tanks supplied by Spain have arrived in Ukraine, officials said.", "ESP", "UKR"),
    ],
)
def test_weapons_arriving_are_military_aid(coder, text, source, target):
    events = code(coder, text, "en")
    assert (source, "07", target) in pairs(events), events
    assert any(e.cameo.code == "072" for e in events), events


def test_relief_arriving_is_humanitarian_aid(coder):
    events = code(coder, "A Jordanian air force plane loaded with tents and blankets landed in Beirut on Monday.", "en")
    assert ("JOR", "07", "LBN") in pairs(events), events
    assert any(e.cameo.code == "073" for e in events), events


def test_troops_arriving_are_no_aid(coder):
    # decoy: soldiers are no goods, whatever they carry
    events = code(coder, "Chadian soldiers carrying heavy weapons arrived in Niger on Sunday.", "en")
    assert not any(e.cameo.root == "07" for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Chad gave the Swiss ambassador three days to quit the country on Tuesday.",
        "Mali's junta gave four Danish diplomats two days to leave the territory.",
    ],
)
def test_diplomats_given_hours_to_leave_are_expelled(coder, text):
    events = code(coder, text, "en")
    assert any(e.cameo.code == "166" for e in events), events
    assert not any(e.cameo.code == "139" for e in events), events


def test_deadline_to_free_an_envoy_stays_an_ultimatum(coder):
    # decoy: the time given is not for diplomats to leave
    events = code(coder, "Washington gave Venezuela ten days to free the detained American envoy.", "en")
    assert any(e.cameo.code == "139" for e in events), events
    assert not any(e.cameo.code == "166" for e in events), events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Ecuador took Colombia to the World Court over the aerial spraying.", "ECU", "COL"),
        ("Slovenia has taken Croatia to the European Court of Justice, officials said.", "SVN", "HRV"),
    ],
)
def test_taken_to_a_named_court(coder, text, source, target):
    assert (source, "11", target) in pairs(code(coder, text, "en"))


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Dutch police passed intelligence about the smugglers to Belgium.", "NLD", "BEL"),
        ("Japan gave satellite images of the missile site to South Korea.", "JPN", "KOR"),
    ],
)
def test_intelligence_handed_over_is_shared(coder, text, source, target):
    events = code(coder, text, "en")
    assert (source, "06", target) in pairs(events), events
    assert any(e.cameo.code == "064" for e in events), events


@pytest.mark.parametrize(
    ("text", "code_"),
    [
        ("Chile sent riot police to the southern region of Araucania.", "153"),
        ("Peru sent 400 more soldiers to the region of Puno on Monday.", "154"),
    ],
)
def test_forces_sent_at_home_are_deployed_without_target(coder, text, code_):
    events = code(coder, text, "en")
    assert any(e.cameo.code == code_ and e.target is None for e in events), events


@pytest.mark.parametrize(
    ("text", "code_", "source", "target"),
    [
        ("Belgrade stood up for Budapest on Monday, calling the EU ruling unjust.", "052", "SRB", "HUN"),
        ("Kenya's government placed Nairobi under a state of emergency on Monday.", "1724", "KEN", "KEN"),
        ("Pakistan's army placed the province under martial law after the riots.", "1724", "PAK", "PAK"),
        ("The Dominican Republic switched its recognition from Taipei to Beijing.", "054", "DOM", "CHN"),
    ],
)
def test_phrasal_and_support_verb_entries(coder, text, code_, source, target):
    events = code(coder, text, "en")
    assert (source, code_[:2], target) in pairs(events), events
    assert any(e.cameo.code == code_ for e in events), events


def test_placed_under_observation_is_no_emergency(coder):
    # decoy: "placed under" something that is no state of emergency
    events = code(coder, "Kenyan doctors placed the injured minister under observation.", "en")
    assert not any(e.cameo.code == "1724" for e in events), events


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The detained Algerian journalist gave up water on Friday in protest against his jailing.", "DZA"),
        ("Jailed Belarusian dissidents refused food in protest against their conditions.", "BLR"),
        ("A jailed Turkish lawyer stopped eating on Monday to protest against her trial.", "TUR"),
    ],
)
def test_food_or_water_refused_is_a_hunger_strike(coder, text, country):
    events = code(coder, text, "en")
    assert (country, "14", country) in pairs(events), events
    assert any(e.cameo.code == "142" for e in events), events


def test_food_aid_refused_is_no_hunger_strike(coder):
    # decoy: the aid refused is food aid, no food the refuser goes without
    events = code(coder, "Eritrea refused food aid from the United Nations last year.", "en")
    assert not any(e.cameo.code == "142" for e in events), events
