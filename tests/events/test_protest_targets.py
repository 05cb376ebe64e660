"""A protest that names no target is aimed at the rulers of the protesters' own country
(events/domestic.py); one that names its target keeps it."""

from __future__ import annotations

import pytest

from tests.events.support import code, dyads


@pytest.mark.parametrize(
    "text,lang,country",
    [
        ("Thousands of Kenyan students protested on Tuesday.", "en", "KEN"),
        ("Serbian farmers blocked several highways for a third day.", "en", "SRB"),
        ("Des milliers d'enseignants marocains ont manifesté mardi.", "fr", "MAR"),
        ("Des agriculteurs polonais ont bloqué plusieurs routes mercredi.", "fr", "POL"),
    ],
)
def test_a_protest_with_no_target_is_against_its_own_rulers(coder, text, lang, country):
    events = code(coder, text, lang)
    protests = [e for e in events if e.cameo.root == "14"]
    assert protests, events
    assert all(e.source.actor.country == country and e.target is not None for e in protests)
    assert {(e.target.actor.country, e.target.actor.sector) for e in protests} == {(country, "GOV")}


def test_a_protest_against_another_state_keeps_that_target(coder):
    events = code(coder, "Thousands of Kenyan students protested against Uganda on Tuesday.", "en")
    assert ("KEN", "14", "UGA") in {(s[:3], root, t) for s, root, t in dyads(events) if t}


def test_no_protest_no_target_made_up(coder):
    # Not a protest: nothing is aimed at anyone's rulers.
    events = code(coder, "Thousands of Kenyan students celebrated on Tuesday.", "en")
    assert not any(e.target is not None and e.target.actor.sector == "GOV" for e in events)
