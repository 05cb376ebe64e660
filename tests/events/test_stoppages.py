"""Labour strikes told by the noun "strike" (events/stoppages.py), "on strike" by a verb of
staying, roads and bridges shut by protesters, and a few common wire wordings (weapons announced
for a state, lorries let in, a humanitarian visa).
Sentences written for these tests, with decoys."""

from __future__ import annotations

from .support import code


def _triples(events):
    return {(e.source.actor.country, e.cameo.code, e.target.actor.country if e.target else None) for e in events}


def test_a_strike_held_by_workers_is_a_labour_strike(coder):
    events = code(coder, "Ghanaian nurses staged a strike on Tuesday over delayed allowances.", "en")
    assert ("GHA", "143", "GHA") in _triples(events), events
    events = code(coder, "A strike by Chilean copper miners entered its second week.", "en")
    assert ("CHL", "143", "CHL") in _triples(events), events


def test_workers_who_have_been_on_strike(coder):
    events = code(coder, "Bangladeshi garment workers have been on strike since the weekend.", "en")
    assert ("BGD", "143", "BGD") in _triples(events), events


def test_a_strike_by_an_army_stays_force(coder):
    # decoy: a state's strike on another side is force
    events = code(coder, "An Israeli strike on a car in southern Lebanon killed two men.", "en")
    assert not any(e.cameo.code == "143" for e in events), events
    assert any(e.cameo.root == "19" for e in events), events


def test_a_timed_or_named_stoppage_is_a_labour_strike(coder):
    events = code(coder, "Italian unions held a 48-hour strike against the budget.", "en")
    assert ("ITA", "143", "ITA") in _triples(events), events
    events = code(coder, "A Belgian rail strike halted most trains on Monday.", "en")
    assert ("BEL", "143", "BEL") in _triples(events), events


def test_staying_on_strike(coder):
    events = code(coder, "Nigerian university lecturers remained on strike for an eighth month.", "en")
    assert ("NGA", "143", "NGA") in _triples(events), events


def test_protesters_shutting_a_bridge_obstruct_passage(coder):
    events = code(coder, "Angry Georgian students shut the main bridge over the river in Tbilisi.", "en")
    assert ("GEO", "144", "GEO") in _triples(events), events
    events = code(coder, "Kenyan traders closed the road to the airport on Wednesday.", "en")
    assert ("KEN", "144", "KEN") in _triples(events), events


def test_an_army_shutting_a_road_restricts_movement(coder):
    # the state's forces close a way: a blockade (191), not a protest
    events = code(coder, "Sudanese soldiers shut the highway to El Obeid on Sunday.", "en")
    assert any(e.cameo.code == "191" for e in events), events
    assert not any(e.cameo.code == "144" for e in events), events


def test_an_amount_in_weapons_announced_for_a_state_is_military_aid(coder):
    events = code(coder, "Ottawa announced 300 million Canadian dollars in weapons for Kyiv.", "en")
    assert ("CAN", "072", "UKR") in _triples(events), events


def test_weapons_tests_announced_are_no_aid(coder):
    # decoy: no state the weapons are for
    events = code(coder, "North Korea announced new weapons tests on Monday.", "en")
    assert not any(e.cameo.code == "072" for e in events), events


def test_aid_lorries_let_in_give_humanitarian_access(coder):
    events = code(coder, "Israel let 30 lorries of flour into Gaza on Sunday.", "en")
    assert ("ISR", "0863", "PSE") in _triples(events), events


def test_road_links_cut_with_a_neighbour(coder):
    events = code(coder, "Niger cut its road links with Benin on Friday.", "en")
    assert ("NER", "191", "BEN") in _triples(events), events


def test_a_humanitarian_visa_is_refuge_given(coder):
    events = code(coder, "Germany gave humanitarian visas to three Russian opposition journalists.", "en")
    assert ("DEU", "075", "RUS") in _triples(events), events


def test_crowds_pouring_into_a_capital_demonstrate(coder):
    events = code(coder, "Crowds of Serbian students poured into central Belgrade on Saturday.", "en")
    assert ("SRB", "141", "SRB") in _triples(events), events
    events = code(coder, "Bulgarian protesters converged on the government building on Thursday.", "en")
    assert ("BGR", "141", "BGR") in _triples(events), events
    events = code(coder, "Slovak teachers filled the streets of Bratislava on Friday.", "en")
    assert ("SVK", "141", "SVK") in _triples(events), events


def test_troops_and_refugees_pouring_in_are_no_protest(coder):
    # decoys: no crowd word completes the verb
    events = code(coder, "Russia poured thousands of troops into the Donbas region last week.", "en")
    assert not any(e.cameo.root == "14" for e in events), events
    events = code(coder, "Sudanese refugees poured into Chad in the first weeks of the war.", "en")
    assert not any(e.cameo.root == "14" for e in events), events
