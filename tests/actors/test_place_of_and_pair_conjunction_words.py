"""The function words of actors/atoms.py read from ``actor_words.toml``: [place_of] ("the governor of
Lagos" makes Lagos a place) and [pair_conjunctions] ("North and South Korea"), per language. Sentences
written for these tests, each with a decoy."""

from __future__ import annotations

import datetime as dt

from diurna.knowledge.actors import ActorKnowledge


def _mentions(coder, text: str, lang: str, day: str = "2024-05-20") -> list[tuple[str, str | None, str | None]]:
    coded = coder.code_text(text, date=dt.date.fromisoformat(day), lang=lang)
    return [(m.span.text, m.actor.country, m.actor.sector) for m in coded.actors]


def test_the_tables_load_per_language():
    words = ActorKnowledge.load().words
    assert words.place_of_words["en"] == frozenset({"of"})
    assert {"de", "d'"} <= words.place_of_words["fr"] and "of" not in words.place_of_words["fr"]
    assert words.pair_conjunctions == {"en": frozenset({"and"}), "fr": frozenset({"et"})}


def test_a_name_after_the_mayor_of_is_a_place_not_a_person(coder):
    # "Lagos" is Ricardo Lagos's surname; after "le maire de" it is the city.
    mentions = _mentions(coder, "Le maire de Lagos a fermé le marché lundi.", "fr", "2004-05-20")
    assert not any(m[0] == "Lagos" for m in mentions)


def test_the_surname_alone_is_still_the_person(coder):
    # Decoy: no ruling noun before it, the bare surname is the Chilean president on the date.
    mentions = _mentions(coder, "Lagos a reçu les syndicats lundi au palais.", "fr", "2004-05-20")
    assert [m[1] for m in mentions if m[0] == "Lagos"] == ["CHL"]
