"""Verdicts on people no actor names (events/judged.py). Sentences written for these tests, each with a
decoy that must not be read so."""

from __future__ import annotations

import pytest

from .support import code, pairs as _pairs


@pytest.mark.parametrize(
    "text,lang,wanted",
    [
        ("A court in Minsk on Tuesday convicted three opposition activists of organising mass riots.", "en", ("BLR", "11", "BLR")),
        ("Un tribunal de Minsk a condamné mardi trois militants de l'opposition à cinq ans de prison.", "fr", ("BLR", "11", "BLR")),
        ("Un tribunal de Minsk a condamné mardi le journaliste Ihar Losik pour trouble à l'ordre public.", "fr", ("BLR", "11", "BLR")),
    ],
)
def test_a_verdict_on_people_no_actor_names_targets_the_courts_country(coder, text, lang, wanted):
    assert wanted in _pairs(code(coder, text, lang))


def test_a_verdict_on_a_named_actor_keeps_its_target(coder):
    # Decoy: the convicted are another state's soldiers: the target is their country, not the court's.
    text = "A court in Kyiv on Tuesday convicted two Russian soldiers of war crimes."
    found = _pairs(code(coder, text, "en"))
    assert ("UKR", "11", "UKR") not in found, found
