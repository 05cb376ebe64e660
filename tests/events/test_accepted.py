"""Ceasefires accepted (events/accepted.py): approved, accepted, or given the approval of a party,
a ceasefire is agreed to (0356), not declared; another's proposal of one accepted or backed by the
one it was made to is agreed to as well, aimed at its maker, and is no act of its own; a bystander
backing a ceasefire only endorses it. Sentences written for these tests, with decoys."""

from __future__ import annotations

import pytest

from .support import code, side_codes

INTENT_TO_DE_ESCALATE = "0356"


@pytest.mark.parametrize(
    ("text", "lang", "wanted"),
    [
        ("The Ethiopian government approved the truce with the Tigrayan forces on Monday.", "en", ("ETH", "ETH")),
        ("Le gouvernement éthiopien a approuvé lundi la trêve avec les forces tigréennes.", "fr", ("ETH", "ETH")),
        ("Les généraux soudanais ont donné jeudi leur feu vert à une trêve avec les FSR.", "fr", ("SDN", "RSF-SDN")),
    ],
)
def test_a_ceasefire_approved_is_agreed_to(coder, text, lang, wanted):
    found = side_codes(code(coder, text, lang))
    assert (*wanted[:1], INTENT_TO_DE_ESCALATE, *wanted[1:]) in found, found
    assert not any(c == "0871" for _, c, _ in found), found


@pytest.mark.parametrize(
    ("text", "lang", "wanted"),
    [
        ("Moscow backed a Turkish proposal for a ceasefire around the grain corridor.", "en", ("RUS", "TUR")),
        ("Hamas agreed to the Qatari proposal for a week-long truce.", "en", ("HAMAS", "QAT")),
        ("Le Hamas a accepté mardi la proposition qatarie de trêve d'une semaine.", "fr", ("HAMAS", "QAT")),
        ("Moscou a approuvé mardi la proposition turque de cessez-le-feu.", "fr", ("RUS", "TUR")),
    ],
)
def test_a_proposal_of_a_ceasefire_accepted_is_agreed_to_with_its_maker(coder, text, lang, wanted):
    found = side_codes(code(coder, text, lang))
    assert (wanted[0], INTENT_TO_DE_ESCALATE, wanted[1]) in found, found
    # The proposal is what is accepted: not an appeal of its maker's own.
    assert not any(s == wanted[1] and c.startswith("02") for s, c, _ in found), found


def test_a_ceasefire_backed_by_a_bystander_is_endorsed_not_agreed(coder):
    found = side_codes(code(coder, "Norway backed the ceasefire between Colombia's government and the ELN.", "en"))
    assert not any(c == INTENT_TO_DE_ESCALATE for _, c, _ in found), found


def test_a_proposal_of_aid_accepted_is_no_ceasefire(coder):
    found = side_codes(code(coder, "Moscou a accepté la proposition turque d'une aide alimentaire.", "fr"))
    assert not any(c == INTENT_TO_DE_ESCALATE for _, c, _ in found), found
