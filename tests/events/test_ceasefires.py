"""Ceasefires and truces (GUIDELINES.md): agreed to or accepted, by one party or several, is CAMEO's
0356 ("agree to … stop fighting"); declared or concluded is 0871; between coordinated parties, one
event per pair; asked for, the asking. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .support import code, codes

CEASEFIRE = "0871"
INTENT_TO_DE_ESCALATE = "0356"


def _by_code(events, wanted: str) -> set[tuple[str | None, str | None]]:
    """(source country, target country) of each event of the CAMEO code ``wanted``."""
    return {(e.source.actor.country, e.target.actor.country if e.target else None) for e in events if e.cameo.code == wanted}


@pytest.mark.parametrize(
    ("text", "lang", "wanted"),
    [
        ("Serbia agreed to a ten-day truce with Kosovo after the border clashes.", "en", ("SRB", "XKX")),
        ("Armenia accepted a ceasefire with Azerbaijan on Tuesday.", "en", ("ARM", "AZE")),
        ("La Colombie a accepté une trêve de dix jours avec le Venezuela.", "fr", ("COL", "VEN")),
        # Only offered: the same code, through the verb of intending.
        ("Azerbaijan said it was ready to accept a ceasefire with Armenia.", "en", ("AZE", "ARM")),
        ("L'Azerbaïdjan se dit prêt à accepter un cessez-le-feu avec l'Arménie.", "fr", ("AZE", "ARM")),
    ],
)
def test_a_ceasefire_agreed_to_says_the_party_will_stop_fighting(coder, text, lang, wanted):
    events = code(coder, text, lang)
    assert wanted in _by_code(events, INTENT_TO_DE_ESCALATE), codes(events)
    assert not _by_code(events, CEASEFIRE), codes(events)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ethiopia and Eritrea agreed to a ceasefire on Monday.", "en"),
        ("Ethiopia and Eritrea agreed a truce in Nairobi.", "en"),
        ("L'Éthiopie et l'Érythrée ont accepté lundi un cessez-le-feu.", "fr"),
    ],
)
def test_coordinated_parties_agreeing_give_one_event_per_pair_and_no_bare_noun(coder, text, lang):
    events = code(coder, text, lang)
    assert _by_code(events, INTENT_TO_DE_ESCALATE) == {("ETH", "ERI")}, codes(events)
    assert not _by_code(events, CEASEFIRE), codes(events)


@pytest.mark.parametrize(
    ("text", "lang", "wanted"),
    [
        ("L'Arménie a conclu mardi un cessez-le-feu avec l'Azerbaïdjan.", "fr", {("ARM", "AZE")}),
        ("L'Éthiopie et l'Érythrée ont conclu lundi un cessez-le-feu.", "fr", {("ETH", "ERI")}),
        ("Ethiopia and Eritrea declared a ceasefire on Monday.", "en", {("ETH", "ERI")}),
    ],
)
def test_a_ceasefire_concluded_or_declared_is_declared(coder, text, lang, wanted):
    events = code(coder, text, lang)
    assert _by_code(events, CEASEFIRE) == wanted, codes(events)


def test_a_ceasefire_demanded_is_not_declared(coder):
    events = code(coder, "Turkey demanded a ceasefire between Armenia and Azerbaijan.", "en")
    assert not _by_code(events, CEASEFIRE) and not _by_code(events, INTENT_TO_DE_ESCALATE), codes(events)
    assert any(e.cameo.root == "10" for e in events), codes(events)


def test_agreeing_to_a_proposal_stays_a_bare_agreement(coder):
    """The expression's noun wins only when it is an expression's word: "agreed to the proposal" is 030."""
    events = code(coder, "Israel agreed to Egypt's proposal on Sunday.", "en")
    assert any(e.cameo.code == "030" for e in events), codes(events)
