"""French pattern coverage of this session: support-verb constructions, pronominal verbs and
targets by preposition. Sentences written here for the construction they show."""

from __future__ import annotations

import pytest

from .support import code, codes


@pytest.mark.parametrize(
    "text,wanted",
    [
        # A blockade's target introduced by "à" or "sur" on its light verb.
        ("Israël a imposé un blocus à Gaza.", ("ISR", "191", "PSE")),
        ("Israël a imposé un blocus total sur la bande de Gaza.", ("ISR", "191", "PSE")),
        # "s'en prendre à": a verbal attack.
        ("Le président américain s'en est pris à la Chine lors de son discours.", ("USA", "111", "CHN")),
        # Support in kind is aid, by its kind.
        ("L'Allemagne a apporté un soutien militaire à l'Ukraine.", ("DEU", "072", "UKR")),
        ("Le Japon a apporté un soutien financier à la Jordanie.", ("JPN", "071", "JOR")),
        ("La France a apporté son soutien à l'Ukraine.", ("FRA", "051", "UKR")),
        # "se féliciter de": a welcome of what the complement's actor did.
        ("Le Kremlin s'est félicité de la décision américaine.", ("RUS", "013", "USA")),
        # Taxes on a country's goods.
        ("La Chine a imposé des taxes sur les produits américains.", ("CHN", "163", "USA")),
        # Partitive aid.
        ("La France a envoyé de l'aide alimentaire au Soudan.", ("FRA", "073", "SDN")),
    ],
)
def test_constructions_coded(coder, text, wanted):
    assert wanted in codes(code(coder, text, "fr"))


def test_domestic_tax_is_no_sanction(coder):
    events = code(coder, "Le gouvernement a instauré une taxe sur les transactions financières.", "fr")
    assert not any(e.cameo.root == "16" for e in events)


def test_speaking_of_aid_is_no_aid_given(coder):
    # "parler de l'aide": a verb whose complement really takes "de".
    events = code(coder, "Le ministre a parlé de l'aide humanitaire.", "fr")
    assert not any(e.cameo.root == "07" for e in events)


@pytest.mark.parametrize(
    "text,wanted",
    [
        # A light noun ("l'imposition de …") passes its verb to the event noun below it.
        ("L'Union européenne a annoncé l'imposition de sanctions à la Russie.", ("EU", "163", "RUS")),
        ("Washington a approuvé l'imposition de droits de douane sur l'acier chinois.", ("USA", "163", "CHN")),
    ],
)
def test_light_noun_of_imposing(coder, text, wanted):
    assert wanted in codes(code(coder, text, "fr"))
