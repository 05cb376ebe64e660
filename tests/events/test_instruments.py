"""Signing a law at home is no agreement (events/instruments.py). Sentences written for these tests,
each with a decoy that must not be read so."""

from __future__ import annotations

import pytest

from .support import code, pairs as _pairs


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Kazakhstan's president signed a decree on Monday.", "en"),
        ("The governor of Texas signed the bill into law on Friday.", "en"),
        ("Oil firms lost their licences under a decree signed by Kazakhstan's president.", "en"),
    ],
)
def test_signing_a_law_at_home_is_no_agreement(coder, text, lang):
    assert all(e.cameo.code != "057" for e in code(coder, text, lang))


@pytest.mark.parametrize(
    "text,lang,wanted",
    [
        ("Serbia signed an agreement with Kosovo on Friday.", "en", ("SRB", "05", "XKX")),
        ("Hungary did not sign the joint declaration.", "en", ("HUN", "05", None)),
    ],
)
def test_signing_an_agreement_is_still_coded(coder, text, lang, wanted):
    assert wanted in _pairs(code(coder, text, lang))


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Le Pérou n'a finalement pas signé mardi la déclaration commune adoptée par les pays de l'Union africaine.", "fr"),
        ("La Colombie a signé jeudi la déclaration commune de la réunion ministérielle du G20.", "fr"),
    ],
)
def test_a_declaration_signed_is_the_document_not_a_statement(coder, text, lang):
    events = code(coder, text, lang)
    assert any(e.cameo.code == "057" for e in events), _pairs(events)
    assert not any(e.cameo.root == "01" for e in events), _pairs(events)
