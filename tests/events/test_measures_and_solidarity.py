"""Event nouns counted by a series or a span of time (lang data ``measure_nouns``) and acts done in
solidarity with another (events/solidarity.py). Sentences written for these tests, with decoys."""

from __future__ import annotations

from .support import code, pairs, side_codes


def test_a_series_lends_its_adjective_to_the_strikes(coder):
    # the parser hangs "turques" on "série": the series' nationality is the strikes' doer
    events = code(coder, "Une série de frappes aériennes turques a touché mardi Kobané.", "fr")
    assert ("TUR", "19", "SYR") in pairs(events), events


def test_a_wave_of_strikes_told_in_an_adjunct(coder):
    events = code(coder, "Deux fermiers sont morts lors d'une vague de frappes aériennes turques sur Kobané.", "fr")
    assert ("TUR", "19", "SYR") in pairs(events), events


def test_a_fortnight_of_protests_is_protests(coder):
    # "fortnight" counts the protests as "batch" counts goods: the light verb carries the noun below it
    events = code(coder, "Chilean miners held a fortnight of protests against the government in Santiago.", "en")
    assert any(e.cameo.root == "14" and e.source.actor.country == "CHL" for e in events), events


def test_a_span_of_time_alone_is_no_act(coder):
    # decoy: "weeks" counts nothing that is an act
    events = code(coder, "The Chilean miners waited three weeks in Santiago for their wages.", "en")
    assert not events, events


def test_expelling_in_solidarity_supports(coder):
    events = code(coder, "L'Estonie et la Lettonie ont renvoyé des diplomates biélorusses en solidarité avec Vilnius.", "fr")
    assert ("EST", "051", "LTU") in side_codes(events), events
    assert ("LVA", "051", "LTU") in side_codes(events), events


def test_expressing_solidarity_stays_sympathy(coder):
    # decoy: the noun is what is expressed, not an adjunct of another act
    events = code(coder, "La Norvège a exprimé mardi sa solidarité avec le Maroc après les inondations.", "fr")
    assert ("NOR", "018", "MAR") in side_codes(events), events
    assert not any(e.cameo.code == "051" for e in events), events

