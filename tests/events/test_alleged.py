"""Accusations told by a verb of alleging or finding (events/alleged.py). Sentences written for
these tests, each with a decoy that must not be read so."""

from __future__ import annotations

import pytest

from .support import code, pairs


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Rwanda alleged that Burundian soldiers had attacked a village near the border.", "en"),
        ("Le Rwanda a allégué que des soldats burundais avaient attaqué un village frontalier.", "fr"),
    ],
)
def test_alleging_that_someone_did_an_act_accuses_them(coder, text, lang):
    found = pairs(code(coder, text, lang))
    assert ("RWA", "11", "BDI") in found, found
    # The attack is only alleged: not coded as done.
    assert not any(d[0] == "BDI" for d in found), found


@pytest.mark.parametrize(
    "text,lang",
    [
        ("UN investigators concluded that Ethiopian troops shelled a camp in Tigray.", "en"),
        ("Les enquêteurs de l'ONU ont conclu que l'armée éthiopienne avait bombardé un camp du Tigré.", "fr"),
    ],
)
def test_finding_that_someone_used_force_accuses_them(coder, text, lang):
    found = pairs(code(coder, text, lang))
    assert ("UN", "11", "ETH") in found, found


def test_finding_what_is_no_force_accuses_no_one(coder):
    # Decoy: a finding about talks blames no one.
    found = pairs(code(coder, "UN investigators concluded that talks between Ethiopia and Eritrea had failed.", "en"))
    assert not any(d[1] == "11" for d in found), found
