"""Whom an inquiry is aimed at when its matter names the doer further down (events/inquiries.py):
the agent of what is looked into, even when only the article tells that doer's country (another
body of the inquirer's own state), and the subject of the question it asks ("into whether …").

Sentences written here.
"""

from __future__ import annotations

import pytest

from .support import code, codes


@pytest.mark.parametrize(
    "lang,text,wanted",
    [
        ("fr", "La justice italienne a lancé jeudi des investigations sur des marchés publics attribués en 2021 par le ministère de la Santé.", ("ITA", "JUD", "ITA", "GOV")),
        ("en", "Italy's financial prosecutor opened an inquiry into payments made by a mining company to officials of the state railway.", ("ITA", "JUD", "ITA", "BUS")),
        ("en", "Kenya's anti-graft agency has launched a probe into whether the finance minister had hidden a payment from a bank.", ("KEN", None, "KEN", "GOV")),
        ("en", "Ghana's auditors began looking into how the health ministry spent a loan from the World Bank.", ("GHA", None, "GHA", "GOV")),
    ],
)
def test_an_inquiry_is_aimed_at_the_doer_of_what_it_looks_into(coder, lang, text, wanted):
    found = {
        (e.source.actor.country, e.source.actor.sector, e.target.actor.country, e.target.actor.sector)
        for e in code(coder, text, lang)
        if e.cameo.root == "09" and e.target is not None
    }
    assert wanted in found, found


def test_an_inquiry_is_not_aimed_at_the_inquirer_itself(coder):
    # The doer is the inquirer's own body: no other party is named, no target.
    events = code(coder, "Italy's financial prosecutor opened an inquiry into payments made by the prosecutor's office.", "en")
    assert all(t is None or t[:3] != "ITA" for _, c, t in codes(events) if c.startswith("09")), codes(events)
