"""Whom an act of force was done to, told by its toll (events/tolls.py). Sentences written for these
tests, each with a decoy that must not be read so."""

from __future__ import annotations

import pytest

from .support import code, dyads


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Un commandant de Kataëb Hezbollah a été tué mercredi soir à Bagdad dans une frappe de drone américaine.", "fr"),
        ("Un responsable du Hezbollah a été tué lundi dans une frappe américaine à Bagdad.", "fr"),
    ],
)
def test_a_strike_that_killed_someone_targets_the_killed(coder, text, lang):
    found = dyads(code(coder, text, lang))
    assert ("USA", "19", "IRQ") in found or ("USA", "19", "LBN") in found


def test_a_strike_with_no_one_named_struck_invents_no_target(coder):
    # Decoy: the killed are nobody's named side and no place is told: no target.
    found = dyads(code(coder, "Trois personnes ont été tuées dans une frappe de drone.", "fr"))
    assert not any(d[1] == "19" and d[2] is not None for d in found)


@pytest.mark.parametrize(
    "text,lang,wanted",
    [
        ("Russian forces shelled the town, killing six Ukrainian soldiers.", "en", ("RUS", "19", "UKR")),
        ("L'armée russe a bombardé la ville, tuant six soldats ukrainiens.", "fr", ("RUS", "19", "UKR")),
        ("Un kamikaze s'est fait exploser dans une mosquée à Peshawar, tuant des dizaines de policiers.", "fr", ("PAK", "18", "PAK")),
    ],
)
def test_the_toll_of_an_act_of_force_names_its_target(coder, text, lang, wanted):
    found = dyads(code(coder, text, lang))
    assert wanted in found
    assert len([d for d in found if d[1] in ("18", "19", "20")]) == 1  # the toll is no second act


def test_a_toll_of_unnamed_people_nowhere_invents_no_target(coder):
    # Decoy: neither the victims nor the place are anyone's: no target.
    found = dyads(code(coder, "Russian forces shelled the town, wounding two people.", "en"))
    assert not any(d[2] is not None for d in found)


def test_an_ambush_that_cost_lives_targets_those_it_killed(coder):
    # "coûter la vie à": a killing told by its toll, on a claimed ambush.
    found = dyads(code(coder, "Le JNIM a revendiqué vendredi l'embuscade qui a coûté jeudi la vie à neuf gendarmes burkinabè au nord de Dori.", "fr"))
    assert any(root == "19" and target is not None and target.startswith("BFA") for _, root, target in found), found


def test_an_ambush_laid_for_a_patrol_targets_its_army(coder):
    # "tendre une embuscade à": whom it is laid for.
    found = dyads(code(coder, "Des jihadistes du JNIM ont tendu mercredi une embuscade à un détachement de l'armée nigérienne, à l'est de Diffa.", "fr"))
    assert any(root == "19" and target is not None and target.startswith("NER") for _, root, target in found), found
