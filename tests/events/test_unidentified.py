"""Doers no one can name code nothing (events/unidentified.py), while crowds still do. Sentences
written for these tests, each with a decoy that must not be read so."""

from __future__ import annotations

import pytest

from .support import code, dyads


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Gunmen killed twelve villagers in the town of Gusau on Sunday.", "en"),
        ("Unidentified attackers abducted twenty students in Kaduna.", "en"),
        ("Armed men attacked a police station in Bamako.", "en"),
        ("Kidnappers abducted a priest in Enugu on Monday.", "en"),
        ("Des hommes armés ont enlevé vingt élèves à Kaduna.", "fr"),
        ("Des individus non identifiés ont attaqué un poste de police à Bamako.", "fr"),
        ("Des assaillants ont attaqué un poste de police à Bamako.", "fr"),
    ],
)
def test_doers_no_one_can_name_code_nothing(coder, text, lang):
    assert not code(coder, text, lang)


@pytest.mark.parametrize(
    "text,lang,country",
    [
        ("Thousands of protesters marched in Caracas against the government.", "en", "VEN"),
        ("Thousands marched in Paris on Saturday.", "en", "FRA"),
        ("Des milliers de personnes ont manifesté à Paris.", "fr", "FRA"),
        ("Des milliers d'habitants ont manifesté à Bamako.", "fr", "MLI"),
    ],
)
def test_an_unnamed_crowd_is_still_identifiable(coder, text, lang, country):
    assert any(src.startswith(country) and root == "14" for src, root, _ in dyads(code(coder, text, lang)))


def test_a_group_named_by_an_actor_keeps_its_source(coder):
    # Decoy: "Boko Haram gunmen" are named by their group.
    found = dyads(code(coder, "Boko Haram gunmen abducted twenty schoolgirls in Borno state.", "en"))
    assert any(root == "18" for _, root, _ in found)


@pytest.mark.parametrize(
    "text,lang",
    [
        ("The city's deputy mayor was stabbed by a pensioner as she opened a flower market in Nantes on Sunday.", "en"),
        ("Le vice-maire de la ville a été poignardé par un retraité alors qu'il inaugurait un marché aux fleurs à Nantes dimanche.", "fr"),
    ],
)
def test_one_attacker_is_a_civilian_of_where_the_act_went_on(coder, text, lang):
    # The place is told only in the clause of what the victim was doing (domestic._time_clause_place).
    assert any(e.source.actor.code == "FRACVL" and e.cameo.root == "18" for e in code(coder, text, lang))
