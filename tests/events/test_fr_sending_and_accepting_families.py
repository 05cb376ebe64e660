"""Familles de formulations (events/patterns/fr.toml `[[family]]`) : secours envoyés par tout verbe
d'envoi, une aide venue de l'étranger acceptée (0863), l'argent prêté validé (071), l'envoi d'une
force demandé (0234), un confinement décrété (172), des barrages dressés (144), le ciel fermé (163) et des groupes armés entrés
dans une ville de leur pays (192). Phrases écrites ici."""

from __future__ import annotations

import pytest

from .support import code, side_codes


def _codes(coder, text):
    return side_codes(code(coder, text, "fr"))


@pytest.mark.parametrize(
    "text,wanted",
    [
        ("La Tunisie a acheminé des médicaments en Libye après les crues.", ("TUN", "073", "LBY")),
        ("L'Italie a dépêché deux avions avec des secouristes en Albanie.", ("ITA", "073", "ALB")),
        ("La Libye a accepté l'aide de la Tunisie et de l'Algérie.", ("LBY", "0863", "TUN")),
        ("La Banque mondiale a validé mardi un programme de financement pour le Niger.", ("WORLD-BANK", "071", "NER")),
        ("La Pologne a fermé son ciel aux avions biélorusses.", ("POL", "163", "BLR")),
        ("Des agriculteurs belges ont dressé des barrages de tracteurs près de Liège.", ("BEL", "144", "BEL")),
        ("Des rebelles congolais sont entrés dimanche dans la ville de Bunia.", ("COD", "192", "COD")),
        ("Le gouvernement chilien a décrété un confinement de deux semaines à Santiago.", ("CHL", "172", "CHL")),
    ],
)
def test_family_wordings(coder, text, wanted):
    assert wanted in _codes(coder, text)


def test_a_force_asked_for_with_no_one_named_is_an_appeal_for_protection(coder):
    assert ("MLI", "0234", None) in _codes(coder, "La junte malienne a demandé l'envoi d'une force internationale.")
