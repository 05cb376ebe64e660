"""Quebec's police bodies are Canada's police (data: institutions.toml). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt


def _mentions(coder, text: str) -> list[tuple[str, str | None, str | None]]:
    coded = coder.code_text(text, date=dt.date(2024, 3, 4), lang="fr")
    return [(m.span.text, m.actor.country, m.actor.sector) for m in coded.actors]


def test_the_provincial_police_is_canadian_police(coder):
    mentions = _mentions(coder, "La Sûreté du Québec a interpellé deux suspects à Laval mardi.")
    assert ("CAN", "COP") in [m[1:] for m in mentions if "Sûreté" in m[0]]


def test_the_anticorruption_unit_is_canadian_police(coder):
    mentions = _mentions(coder, "L'Unité permanente anticorruption (UPAC) a perquisitionné mardi une mairie de Laval.")
    assert ("CAN", "COP") in [m[1:] for m in mentions if "UPAC" in m[0] or "Unité" in m[0]]


def test_the_city_of_quebec_is_no_police(coder):
    # Decoy: the city's name alone.
    mentions = _mentions(coder, "Des milliers de manifestants ont défilé à Québec samedi.")
    assert not [m for m in mentions if m[2] == "COP"]
