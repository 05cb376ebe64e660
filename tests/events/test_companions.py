"""Companions in an act (events/companions.py): "joined by", "alongside", "aux côtés de" add a fellow
doer to the side of the word they hang on; "together with" after the object adds a fellow target; a
companion is never whom the act is done to. Sentences written for these tests, with decoys."""

from __future__ import annotations

import pytest

from .support import code, pairs


@pytest.mark.parametrize(
    "text,lang,doers,target",
    [
        ("Dutch fighter jets, joined by aircraft from Denmark, bombed Islamic State depots near Mosul.", "en", {"NLD", "DNK"}, "ISIS"),
        ("Kenyan troops, alongside soldiers from Ethiopia, attacked al-Shabaab bases in the Gedo region.", "en", {"KEN", "ETH"}, "AL-SHABAAB"),
        ("L'armée nigérienne, aux côtés de soldats tchadiens, a attaqué des bases de Boko Haram près du lac.", "fr", {"NER", "TCD"}, "BOKO-HARAM"),
        ("Des chasseurs belges, rejoints par des appareils néerlandais, ont bombardé des dépôts de l'État islamique.", "fr", {"BEL", "NLD"}, "ISIS"),
    ],
)
def test_a_companion_of_the_doer_does_the_act_too(coder, text, lang, doers, target):
    found = pairs(code(coder, text, lang))
    assert {d[0] for d in found if d[1] in ("18", "19") and d[2] == target} == doers


def test_a_companion_on_the_verb_is_a_fellow_doer_not_a_target(coder):
    # Decoy: "aux côtés de" after the object tells who fought with the army, not whom it attacked.
    found = pairs(code(coder, "L'armée burkinabè a attaqué jeudi les positions de l'État islamique aux côtés de militaires ivoiriens.", "fr"))
    assert ("CIV", "19", "ISIS") in found
    assert not any(d[2] == "CIV" for d in found)


def test_a_participle_of_company_is_no_act(coder):
    # Decoy: "rejoints par" tells company; it is no act of the Dutch towards the Belgians.
    found = pairs(code(coder, "Des chasseurs belges, rejoints par des appareils néerlandais, ont bombardé des dépôts de l'État islamique.", "fr"))
    assert not any(d[2] == "BEL" for d in found)


def test_together_with_after_the_object_joins_the_object(coder):
    found = pairs(code(coder, "Turkish police detained a Greek journalist together with a Bulgarian photographer in Edirne.", "en"))
    assert {d[2] for d in found if d[1] == "17" and d[0] == "TUR"} == {"GRC", "BGR"}


def test_marker_spans_take_the_longest_marker_where_two_overlap():
    import spacy

    from diurna.events.companions import _marker_spans

    doc = spacy.blank("en")("They fought together with the army and along with police, together with allies")
    spans = _marker_spans(doc, frozenset({("with",), ("together", "with"), ("along", "with")}))
    assert [(doc[s:e].text, m) for s, e, m in spans] == [
        ("together with", ("together", "with")), ("along with", ("along", "with")),
        ("together with", ("together", "with")),
    ]
