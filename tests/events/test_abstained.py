"""Acts abstained from (events/modality.py, abstaining_verb): "s'est abstenu de condamner",
"refrained from signing" tell the act was not done, coded negated (GUIDELINES, negation), and
denied of each of coordinated doers, not done between them. Sentences written for these tests,
with a decoy."""

from __future__ import annotations

import pytest

from .support import code


@pytest.mark.parametrize(
    ("text", "lang", "doer", "wanted"),
    [
        ("Le Brésil s'est abstenu mardi de condamner l'annexion russe de la Crimée.", "fr", "BRA", "111"),
        ("Brazil refrained on Tuesday from condemning the Russian annexation of Crimea.", "en", "BRA", "111"),
        ("Le Mexique s'est abstenu de signer le communiqué final du sommet de Lima.", "fr", "MEX", "057"),
    ],
)
def test_an_act_abstained_from_is_coded_negated(coder, text, lang, doer, wanted):
    events = [e for e in code(coder, text, lang) if e.cameo.code == wanted]
    assert events and all(e.source.actor.country == doer and e.negated for e in events), events


def test_coordinated_doers_abstaining_do_not_sign_with_each_other(coder):
    events = code(coder, "Mexico and Colombia abstained from signing the summit's closing statement.", "en")
    signed = [e for e in events if e.cameo.code == "057"]
    assert {e.source.actor.country for e in signed} == {"MEX", "COL"}, signed
    assert all(e.target is None and e.negated for e in signed), signed


def test_an_abstention_under_an_order_is_only_asked(coder):
    # Decoy: abstaining that a court orders is asked for; the act in it is not coded at all.
    events = code(coder, "La Cour a ordonné au Guyana de s'abstenir de signer tout accord pétrolier.", "fr")
    assert not any(e.cameo.code == "057" for e in events), events
