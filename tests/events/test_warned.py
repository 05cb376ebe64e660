"""A warning about another's act of force is aimed at its doer (events/warned.py). Sentences written
for these tests, each with a decoy that must not be read so."""

from __future__ import annotations

import pytest

from .support import code, dyads


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Iran will respond decisively to any Israeli attack on its territory, the commander of the Revolutionary Guards warned on Saturday.", "en"),
        ("L'Iran a averti samedi que toute attaque israélienne contre son territoire entraînerait une riposte immédiate.", "fr"),
    ],
)
def test_a_warning_about_an_act_of_force_targets_its_doer(coder, text, lang):
    assert ("IRN", "13", "ISR") in dyads(code(coder, text, lang))


def test_a_warning_about_ones_own_territory_names_no_target(coder):
    # Decoy: the act named has no actor of its own ("any attack on its territory"): no target.
    found = dyads(code(coder, "Russia warned that any attack on its territory would be met with force.", "en"))
    assert not any(d[1] == "13" and d[2] is not None for d in found)


@pytest.mark.parametrize(
    "text,lang,country",
    [
        ("Le ministre togolais de l'Intérieur a averti mardi que tout rassemblement non déclaré serait dispersé.", "fr", "TGO"),
        ("Zambia's police chief warned on Monday that any unauthorised march in Lusaka would be broken up.", "en", "ZMB"),
    ],
)
def test_a_warning_about_protests_is_made_to_the_people(coder, text, lang, country):
    found = dyads(code(coder, text, lang))
    assert any(root == "13" and target == country for _, root, target in found), found
