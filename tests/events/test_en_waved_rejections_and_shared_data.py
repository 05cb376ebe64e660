"""English recall: entries of patterns/en.toml with their families: setting foot in a state visits
it (042), proposals and accusations waved aside (120, 016), data swapped or pooled (064), lending
halted (1621), suits (115), emergency rule (1724), websites knocked offline (176), aid secured from a
lender (071, "secure" a receiving verb), defeat conceded (080), alert status raised (152), regret
expressed to someone for a wrong (055), force used (190), defiance by ignoring a body (128).
Sentences written for these tests, with decoys."""

from __future__ import annotations

import pytest

from .support import code, codes, pairs


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Turkish president set foot in Yerevan on Friday for the talks.", "TUR", "ARM"),
        ("No Israeli prime minister had set foot in Oman before the visit.", "ISR", "OMN"),
    ],
)
def test_setting_foot_in_a_state_visits_it(coder, text, source, target):
    events = code(coder, text, "en")
    assert (source, "04", target) in pairs(events), events


@pytest.mark.parametrize(
    ("text", "code_", "source", "target"),
    [
        ("Belgrade brushed aside the Croatian request for a joint inquiry.", "12", "SRB", "HRV"),
        ("Jakarta waved off Canberra's objections to the new fishing zone.", "12", "IDN", "AUS"),
        ("Myanmar's junta brushed aside charges from Bangladesh that its troops had shelled border villages.", "01", "MMR", "BGD"),
        ("Estonia and Latvia began swapping air surveillance data on Monday.", "06", "EST", "LVA"),
        ("The African Development Bank froze lending to Gabon after the coup.", "16", "AFDB", "GAB"),
        ("Bolivia filed a suit against Chile at the World Court over the Silala waters.", "11", "BOL", "CHL"),
        ("Kenya secured a $1 billion loan from the World Bank on Thursday.", "07", "WORLD-BANK", "KEN"),
        ("The Thai army used force against Cambodian outposts along the frontier.", "19", "THA", "KHM"),
        ("Minsk ignored the OSCE's request to observe the vote.", "12", "BLR", "OSCE"),
    ],
)
def test_entries_code_their_family(coder, text, code_, source, target):
    events = code(coder, text, "en")
    found = pairs(events)
    assert any(s == source and r == code_ and (target is None or t == target) for s, r, t in found), events


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Bangladesh's president declared emergency rule across the country on Friday.", "1724"),
        ("North Korean hackers knocked South Korean bank websites offline on Tuesday.", "176"),
        ("The Zimbabwean opposition leader conceded defeat on Thursday.", "080"),
        ("The Philippine navy raised its alert status as Chinese ships massed near the shoal.", "152"),
    ],
)
def test_domestic_entries_code(coder, text, cameo):
    events = code(coder, text, "en")
    assert any(e.cameo.code == cameo for e in events), events


def test_regret_to_someone_for_a_wrong_is_an_apology(coder):
    events = code(coder, "Portugal expressed its regret to Angola for the slave trade and forced labour.", "en")
    assert ("PRT", "055", "AGO") in {(s[:3], c, t) for s, c, t in codes(events) if s and t}, events


def test_regret_over_a_decision_stays_disapproval(coder):
    # decoy: regret over another's act is no apology
    events = code(coder, "Austria expressed regret over the Slovak decision to close the border crossing.", "en")
    assert not any(e.cameo.code == "055" for e in events), events
