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


def test_a_protest_against_a_thing_is_aimed_at_the_party_named_inside_it(coder):
    # events/domestic.aimed_inside: the draft of a treaty between the EU and Australia, not Portugal's rulers.
    from tests.events.support import pairs

    events = code(coder, "Des pêcheurs portugais ont manifesté lundi à Lisbonne contre le projet de traité de pêche entre l'Union européenne et l'Australie.", "fr")
    assert ("PRT", "14", "EU") in pairs(events), pairs(events)
    assert ("PRT", "14", "AUS") not in pairs(events), pairs(events)  # the party named first only


def test_a_protest_against_a_thing_placed_somewhere_is_no_protest_against_that_place(coder):
    # Decoy: where the thing is ("en Ukraine") is no party to it.
    from tests.events.support import pairs

    events = code(coder, "Des étudiants belges ont manifesté lundi à Gand contre la guerre en Ukraine.", "fr")
    assert ("BEL", "14", "UKR") not in pairs(events), pairs(events)


def test_a_purpose_clause_the_parser_hung_on_a_noun_tells_whom_the_blockade_is_against(coder):
    # events/verb_roles.purpose_targets: "pour protester" read as a clause of the trucks' phrase.
    events = code(
        coder,
        "Des éleveurs irlandais ont bloqué mercredi avec leurs camions les accès du port de Cork pour protester contre le traité de commerce entre l'Union européenne et l'Australie.",
        "fr",
    )
    blockades = {(e.source.actor.country, e.target.actor.organization if e.target else None) for e in events if e.cameo.code == "144"}
    assert ("IRL", "EU") in blockades, blockades


def test_a_protest_noun_on_a_blockade_tells_whom_it_is_against(coder):
    from tests.events.support import pairs

    events = code(
        coder,
        "Portuguese fishermen blocked roads around the harbour in Porto with their trucks on Monday, in a demonstration against the fishing quotas set by the European Union.",
        "en",
    )
    assert ("PRT", "14", "EU") in pairs(events), pairs(events)
