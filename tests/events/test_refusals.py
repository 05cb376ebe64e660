"""A refusal named by its noun with the refused act as an infinitive (events/refusals.py).
Sentences written for these tests, each with a decoy that must not be read so."""

from __future__ import annotations

import pytest

from .support import code, pairs


@pytest.mark.parametrize(
    "text,lang,wanted",
    [
        ("Le Brésil a suspendu ses vols vers Caracas, après le refus du Venezuela d'accueillir deux avions de l'armée brésilienne.", "fr", ("VEN", "12", "BRA")),
        ("Lithuania protested after Moscow's refusal to receive the envoys of the European Union.", "en", ("RUS", "12", "EU")),
    ],
)
def test_a_refusal_noun_is_aimed_at_whom_the_refused_act_would_reach(coder, text, lang, wanted):
    found = pairs(code(coder, text, lang))
    assert wanted in found, found
    # The one the noun names refuses: it is not what is refused.
    assert not any(d[1] == "12" and d[2] == wanted[0] for d in found), found


def test_a_refusal_noun_without_an_infinitive_keeps_its_reading(coder):
    # Decoy: no refused act on the noun; the proposal's author is still whom the refusal answers.
    found = pairs(code(coder, "Le refus de la proposition brésilienne par le Venezuela a surpris Caracas.", "fr"))
    assert not any(d[1] == "12" and d[2] not in ("BRA", None) for d in found), found
