"""Triggers for yielding, material cooperation and deepened ties (roots 05, 06, 07, 08). Sentences
written for these tests, each with a decoy that must not be read so."""

from __future__ import annotations

import pytest

from .support import code, codes


@pytest.mark.parametrize(
    "text,lang,wanted",
    [
        # Troops that abandon their positions retreat (0874), with no target needed.
        ("Les soldats nigériens ont abandonné leurs positions près de Tillabéri.", "fr", ("NER", "0874", None)),
        ("Iraqi troops abandoned their positions near Mosul.", "en", ("IRQ", "0874", None)),
        # Troops taken out of a place are withdrawn (087); "évacuer" alone stays a rescue (073).
        # The place left names whose land it is ("la ville de Rafah", "the Jenin camp": Palestine).
        ("L'armée israélienne a évacué ses troupes de la ville de Rafah.", "fr", ("ISR", "087", "PSE")),
        ("Israel evacuated its troops from the Jenin camp.", "en", ("ISR", "087", "PSE")),
        # Power handed or transferred to others is ceded (0831).
        ("The Nigerien military handed power to a transitional council.", "en", ("NER", "0831", None)),
        ("The Burkinabe army transferred power to a civilian president.", "en", ("BFA", "0831", None)),
        # Cooperation, partnership and ties deepened.
        ("La Tunisie a approfondi sa coopération avec l'Algérie.", "fr", ("TUN", "060", "DZA")),
        ("Le Vietnam a approfondi ses liens avec la Corée du Sud.", "fr", ("VNM", "050", "KOR")),
        # The near future ("va approfondir") is an intent, as the simple future is (032).
        ("Le Vietnam va approfondir ses liens avec la Corée du Sud.", "fr", ("VNM", "032", "KOR")),
        # Remains handed back are returned (0842).
        ("Le Hezbollah a remis à Israël les corps de deux soldats.", "fr", ("LBN", "0842", "ISR")),
        # Money paid to a state is economic aid (071).
        ("L'Allemagne a versé vingt millions d'euros à la Jordanie.", "fr", ("DEU", "071", "JOR")),
        # Weapons and supplies shipped, like those sent (medical supplies are humanitarian aid, 073).
        ("France shipped artillery ammunition to Ukraine.", "en", ("FRA", "072", "UKR")),
        ("Italy shipped medical supplies to Libya after the floods.", "en", ("ITA", "073", "LBY")),
        # A task force joined names its owner when no partner follows "with".
        ("The Danish frigate joined the US task force in the Gulf of Aden.", "en", ("DNK", "060", "USA")),
    ],
)
def test_triggers_of_yielding_and_cooperation(coder, text, lang, wanted):
    assert wanted in codes(code(coder, text, lang))


def test_evacuating_people_stays_a_rescue(coder):
    found = codes(code(coder, "Le CICR a évacué des blessés syriens d'Alep vers la Turquie.", "fr"))
    assert not any(c == "087" for _, c, _ in found)


def test_shipping_goods_is_not_aid(coder):
    # "ship" alone is trade as often as aid: only the weapons and supplies shipped are coded.
    assert not codes(code(coder, "China shipped crude oil to India in May.", "en"))
