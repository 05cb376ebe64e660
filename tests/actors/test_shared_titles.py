"""Two leaders under one plural title, each with their own country adjective, are two mentions
(diurna.actors.shared_titles)."""

from __future__ import annotations

import datetime as dt


def _coded(coder, text):
    return coder.code_text(text, date=dt.date(2024, 5, 20), lang="fr")


def _people(coded):
    return [(m.actor.country, m.actor.sector, m.actor.entity) for m in coded.actors]


def _dyads(coded):
    return {(e.source.actor.country, e.cameo.code[:2], e.target.actor.country if e.target else None) for e in coded.events}


def test_two_presidents_under_one_title_meet_each_other(coder):
    coded = _coded(coder, "Les présidents kényan William Ruto et tanzanien Samia Suluhu Hassan se sont entretenus vendredi soir à Arusha.")
    assert _people(coded)[:2] == [("KEN", "GOV", "William Ruto"), ("TZA", "GOV", "Samia Suluhu Hassan")]
    assert ("KEN", "04", "TZA") in _dyads(coded)


def test_two_prime_ministers_under_one_title_are_each_a_target(coder):
    coded = _coded(coder, "Le Japon a accueilli les Premiers ministres espagnol Pedro Sánchez et polonais Donald Tusk.")
    assert [p for p in _people(coded) if p[2]] == [("ESP", "GOV", "Pedro Sanchez"), ("POL", "GOV", "Donald Tusk")]
    assert {("JPN", "04", "ESP"), ("JPN", "04", "POL")} <= _dyads(coded)


def test_plural_title_with_adjectives_only_stays_one_phrase(coder):
    # Decoy: no names after the adjectives, the phrase is read as before.
    coded = _coded(coder, "Les présidents kényan et tanzanien se sont entretenus vendredi soir à Arusha.")
    assert coded.actors[0].span.text == "Les présidents kényan et tanzanien"
    assert coded.actors[0].actor.country == "KEN"


def test_one_title_with_one_name_stays_whole(coder):
    # Decoy: a singular title before one name keeps its span.
    coded = _coded(coder, "Le président kényan William Ruto, en visite à Arusha, a dîné vendredi avec des investisseurs.")
    first = coded.actors[0]
    assert first.span.text.startswith("Le président kényan")
    assert (first.actor.country, first.actor.entity, first.second_party) == ("KEN", "William Ruto", None)
