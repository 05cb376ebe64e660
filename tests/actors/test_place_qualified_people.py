"""People a place qualifies on the noun itself ("protesters in Nairobi", "residents of Kharkiv"): their
country is told by the text (how "place"), not guessed from the article (settled.settle_actor_mentions)."""

from __future__ import annotations

import datetime as dt


def _coded(coder, text: str, lang: str):
    return coder.code_text(text, date=dt.date(2024, 3, 12), lang=lang)


def _actors(coder, text: str, lang: str) -> dict[str, tuple]:
    return {m.span.text: (m.actor.code, m.actor.how) for m in _coded(coder, text, lang).actors}


def _events(coder, text: str, lang: str) -> list[tuple]:
    return [(e.cameo.code[:2], e.source.actor.code, e.target.actor.code if e.target else None) for e in _coded(coder, text, lang).events]


def test_people_under_an_amount_are_placed_by_in(coder):
    found = _actors(coder, "Dozens of students in Nairobi marched on parliament on Monday.", "en")
    assert found.get("students") == ("KENEDU", "place")


def test_counted_reads_the_amount_above_a_noun(coder):
    from diurna.actors.homes import counted

    doc = coder.pipelines.get("en")("Thousands of farmers in Accra and farmers in Lome protested.")
    farmers = [t for t in doc if t.lower_ == "farmers"]
    assert counted(farmers[0], frozenset({"thousand"}))
    assert not counted(farmers[1], frozenset({"thousand"}))  # decoy: no amount above it


def test_an_amount_of_people_in_a_place_acts_as_they_do(coder):
    # The amount noun is the verb's subject; the people under it are placed by "in Nairobi".
    events = _events(coder, "Hundreds of students in Nairobi demanded the resignation of the government.", "en")
    assert ("10", "KENEDU", "KENGOV") in events


def test_travelling_people_take_no_country_from_in(coder):
    # Decoy: troops are often abroad: "troops in Mali" are not told to be Mali's by "in".
    found = _actors(coder, "French President Emmanuel Macron said troops in Mali would stay.", "en")
    assert found.get("troops", (None, None))[1] != "place"


def test_a_place_after_de_tells_its_people_home_in_french(coder):
    found = _actors(coder, "Des habitants de Kharkiv ont manifesté lundi.", "fr")
    assert found.get("Des habitants") == ("UKRCVL", "place")
