"""Mediators, resumed talks and hosts told beside a clause's own act: a mediation phrase the parser
hangs on the subject's name and a mediated participle that names no doer (events/mediated.py,
events/sponsors.py), "with X acting as mediator" and "went back to the table" (patterns), the host
of a visit set as the occasion of a clause (events/visiting.py ``visit_hosts``), and bombings and
proceedings told by their nouns. Sentences written for these tests, with decoys that must not be
read so."""

from __future__ import annotations

import pytest

from .support import code, pairs, side_codes


@pytest.mark.parametrize(
    ("text", "lang", "mediator", "sides"),
    [
        ("Le Tchad et le Soudan ont accepté jeudi une trêve, conclue sous l'égide de l'Union africaine.", "fr", "AU", ("TCD", "SDN")),
        ("Ethiopia and Eritrea signed a peace accord in Jeddah on Sunday, with Saudi Arabia acting as mediator.", "en", "SAU", ("ETH", "ERI")),
        ("Kiev et le Kremlin ont conclu mardi soir, grâce à la médiation turque, un accord mettant fin au blocus des ports.", "fr", "TUR", ("UKR", "RUS")),
    ],
)
def test_a_mediator_told_beside_the_act_mediates_with_each_party(coder, text, lang, mediator, sides):
    found = pairs(code(coder, text, lang))
    assert {(mediator, "04", side) for side in sides} <= found, found


def test_a_mediated_participle_under_an_act_intended_is_not_done(coder):
    # Decoy: the truce is only wished for, so no mediation took place.
    found = pairs(code(coder, "Le Tchad et le Soudan souhaitent une trêve conclue sous l'égide de l'Union africaine.", "fr"))
    assert not any(s == "AU" and root == "04" for s, root, _ in found), found


def test_talks_resumed_at_the_table(coder):
    found = side_codes(code(coder, "Armenia and Azerbaijan went back to the negotiating table on Monday.", "en"))
    assert ("ARM", "046", "AZE") in found, found
    # Decoy: going back to a place is no talks.
    found = side_codes(code(coder, "The Armenian envoy went back to Yerevan on Monday.", "en"))
    assert not any(c == "046" for _, c, _ in found), found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le Japon a signé jeudi trois accords commerciaux lors d'une visite du président indonésien.", "fr"),
        ("Japan signed three trade accords on Thursday during a visit by the Indonesian president.", "en"),
        # "au cours de" hangs the visit on the noun "cours" (events/occasions.clause_of_occasion).
        ("Le Japon a signé deux accords gaziers au cours d'une visite du président indonésien.", "fr"),
    ],
)
def test_a_visit_set_as_the_occasion_of_a_clause_is_to_its_subject(coder, text, lang):
    found = side_codes(code(coder, text, lang))
    assert ("IDN", "042", "JPN") in found, found


def test_a_visit_acted_on_has_no_host_from_the_clause(coder):
    # Decoy: the visit is what Japan welcomes, not the occasion of its act.
    found = side_codes(code(coder, "Japan welcomed the planned visit by the Indonesian president.", "en"))
    assert ("IDN", "042", "JPN") not in found, found


def test_a_blast_set_off_by_an_armed_group_is_a_bombing(coder):
    found = side_codes(code(coder, "Al-Shabaab's blast at a Mogadishu hotel killed nine guests.", "en"))
    assert any(s == "AL-SHABAAB" and c == "183" for s, c, _ in found), found
    # Decoy: a blast with no doer codes nothing.
    found = side_codes(code(coder, "A gas blast killed nine guests at a Mogadishu hotel.", "en"))
    assert not any(c == "183" for _, c, _ in found), found


def test_proceedings_against_a_state_are_a_lawsuit(coder):
    found = side_codes(code(coder, "Guyana instituted proceedings against Venezuela on Monday over the disputed border.", "en"))
    assert ("GUY", "115", "VEN") in found, found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kenya freed two Somali reporters after a meeting with the Somali foreign minister in Nairobi.", "en"),
        ("Le Kenya a libéré deux journalistes somaliens après une rencontre avec le ministre somalien des Affaires étrangères.", "fr"),
    ],
)
def test_a_meeting_set_as_the_occasion_of_a_clause_is_its_subjects(coder, text, lang):
    found = pairs(code(coder, text, lang))
    assert ("KEN", "04", "SOM") in found, found
    assert ("SOM", "04", "SOM") not in found, found
