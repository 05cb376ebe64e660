"""Names the press gives the UN's human rights bodies (the High Commissioner's office, the Human
Rights Council) when it describes them rather than naming them, and armed movements and national
bodies it names often (MILF, MFDC, Indonesia's KPK, Haiti's 400 Mawozo gang). Sentences written for these tests; decoys
beside them must not take the new names."""

from __future__ import annotations

import pytest

from tests.actors.support import mentions_without_entity


@pytest.mark.parametrize(
    ("text", "lang", "organization"),
    [
        ("Le Haut-Commissariat onusien aux droits humains a appelé Caracas à libérer les détenus.", "fr", "OHCHR"),
        ("Le Haut-Commissariat onusien chargé des droits humains a envoyé une équipe à Bangui.", "fr", "OHCHR"),
        ("Le bureau des droits de l'homme des Nations unies a publié un rapport sur le Tchad.", "fr", "OHCHR"),
        ("L'instance onusienne chargée des droits humains a ouvert une enquête sur le Soudan du Sud.", "fr", "UNHRC"),
        ("Le CDH de l'ONU a adopté une résolution sur l'Érythrée.", "fr", "UNHRC"),
        ("Le CDH des Nations unies a prolongé le mandat du rapporteur sur le Bélarus.", "fr", "UNHRC"),
        ("The rights council of the United Nations extended its inquiry into Eritrea.", "en", "UNHRC"),
    ],
)
def test_descriptive_names_of_un_rights_bodies(coder, text, lang, organization):
    assert organization in [m[2] for m in mentions_without_entity(coder, text, lang)]


def test_a_national_rights_council_is_no_un_body(coder):
    # Decoy: a country's own rights council, named with no UN word, is not the UN's.
    found = mentions_without_entity(coder, "Le Conseil national des droits humains du Maroc a publié un rapport.", "fr")
    assert "UNHRC" not in [m[2] for m in found]
    assert "OHCHR" not in [m[2] for m in found]


@pytest.mark.parametrize(
    ("text", "lang", "country", "organization"),
    [
        ("The Moro Islamic Liberation Front signed a peace deal with Manila.", "en", "PHL", "MILF"),
        ("Le MILF a remis ses armes aux observateurs.", "fr", "PHL", "MILF"),
        ("Le Mouvement des forces démocratiques de Casamance a libéré quatre soldats.", "fr", "SEN", "MFDC"),
        ("MFDC rebels released four soldiers on Sunday.", "en", "SEN", "MFDC"),
    ],
)
def test_armed_movements(coder, text, lang, country, organization):
    assert (country, organization, "REB") in [m[1:] for m in mentions_without_entity(coder, text, lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Members of the 400 Mawozo gang abducted a pastor in Port-au-Prince.", "en"),
        ("Le gang 400 Mawozo a enlevé un pasteur à Port-au-Prince.", "fr"),
    ],
)
def test_a_haitian_gang(coder, text, lang):
    assert ("HTI", "400-MAWOZO", "CRM") in [m[1:] for m in mentions_without_entity(coder, text, lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La Commission d'éradication de la corruption a arrêté un gouverneur.", "fr"),
        ("Indonesia's Corruption Eradication Commission questioned the minister.", "en"),
        ("The KPK named the governor a suspect.", "en"),
    ],
)
def test_indonesias_anti_corruption_agency(coder, text, lang):
    assert ("IDN", None, "COP") in [m[1:] for m in mentions_without_entity(coder, text, lang)]


def test_milf_in_lower_case_is_no_front(coder):
    # Decoy: a word that spells the acronym in lower case names no movement.
    found = mentions_without_entity(coder, "The milf joke drew complaints from viewers.", "en")
    assert "MILF" not in [m[2] for m in found]
