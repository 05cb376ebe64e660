"""Countries coordinated after an office noun are each a side of the act (events/frames.py
``_coordinated_sides`` reading the mentions actors/mentions.py ``_office_sides`` makes)."""

from __future__ import annotations

import pytest

from .support import code


@pytest.mark.parametrize(
    "lang,text,wanted",
    [
        ("en", "The leaders of France and Germany condemned Russia.", {("FRA", "11", "RUS"), ("DEU", "11", "RUS")}),
        ("en", "The foreign ministers of Japan and South Korea met in Tokyo.", {("JPN", "04", "KOR")}),
        ("en", "Troops of Russia and Belarus attacked Ukraine.", {("RUS", "19", "UKR"), ("BLR", "19", "UKR")}),
        ("fr", "Les ministres des Affaires étrangères de la France et de l'Allemagne ont condamné l'Iran.",
         {("FRA", "11", "IRN"), ("DEU", "11", "IRN")}),
    ],
)
def test_each_coordinated_country_after_an_office_noun_is_a_side(coder, lang, text, wanted):
    found = {(e.source.actor.country, e.cameo.root, e.target.actor.country if e.target else None) for e in code(coder, text, lang)}
    assert wanted <= found, found
