"""English materiel counted by the batch, visits told by a "during" adjunct, and the assault and
protest entries of patterns/en.toml's round enpat.
Sentences written for these tests, with decoys."""

from __future__ import annotations

from .support import code, pairs


def test_a_batch_of_materiel_is_the_materiel(coder):
    # knowledge/data/lang/en.toml quantity_nouns: "a batch of drones" completes "hand over drone"
    events = code(coder, "Turkey handed over a second batch of combat drones to the Chadian army.", "en")
    assert ("TUR", "07", "TCD") in pairs(events), events
    assert not any(e.cameo.code == "084" for e in events), events


def test_during_a_visit_the_subject_is_the_visitor(coder):
    # [senses] stay_prepositions: "during a visit to Hanoi, X signed …": X is visiting
    events = code(coder, "The Japanese prime minister signed a port deal on Monday during a visit to Hanoi.", "en")
    assert ("JPN", "04", "VNM") in pairs(events), events


def test_a_visit_by_another_keeps_its_visitor(coder):
    # decoy: the visit's own agent is the visitor, not the clause's subject
    events = code(coder, "Protesters marched in Manila on Monday during a visit to the city by the Chinese premier.", "en")
    assert not any(e.cameo.code == "042" and e.source.actor.country == "PHL" for e in events), events


def test_beating_with_clubs_is_an_assault(coder):
    events = code(coder, "Armed settlers beat two Palestinian shepherds with iron bars near Hebron.", "en")
    assert any(e.cameo.code == "182" for e in events), events


def test_a_team_beating_another_is_no_event(coder):
    # decoy: the sports sense of "beat" has no entry
    events = code(coder, "Croatia beat Brazil on penalties in the quarter-final in Qatar.", "en")
    assert not any(e.cameo.root == "18" for e in events), events


def test_crowds_packing_the_streets_protest(coder):
    events = code(coder, "Thousands of Kenyan teachers packed the streets of Nairobi on Tuesday over unpaid salaries.", "en")
    assert ("KEN", "14", "KEN") in pairs(events), events
