"""A form two organisations share ("RSF": Sudan's Rapid Support Forces by name in English, Reporters
Without Borders by context) is the one the article names plainly (actors/shared_names.py).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt


def _orgs(coder, text: str, word: str, lang: str = "en") -> list[str | None]:
    coded = coder.code_text(text, date=dt.date(2024, 5, 20), lang=lang)
    return [m.actor.organization for m in coded.actors if m.span.text.endswith(word)]


def test_the_abbreviation_after_the_ngo_named_in_full_is_the_ngo(coder):
    found = _orgs(coder, "Reporters Without Borders (RSF) condemned the arrest in Niamey. RSF called for his release on Tuesday.", "RSF")
    assert found and set(found) == {"RSF"}


def test_the_abbreviation_after_the_militia_named_in_full_stays_the_militia(coder):
    # Decoy: the militia is named plainly, the NGO not at all.
    found = _orgs(coder, "The army fought the Rapid Support Forces near Omdurman. The RSF denied the claim on Tuesday.", "RSF")
    assert found and set(found) == {"RSF-SDN"}


def test_the_abbreviation_alone_keeps_its_own_name(coder):
    # Decoy: nothing names the NGO; "RSF" in English is the militia's name.
    found = _orgs(coder, "RSF fighters attacked a market in El Fasher on Sunday.", "RSF fighters") or _orgs(coder, "RSF fighters attacked a market in El Fasher on Sunday.", "RSF")
    assert "RSF" not in found
