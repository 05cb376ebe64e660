"""French actors the data now names: adjectives of a state's cities and regions (countries.toml
``fr_locals``), national railways and trade union confederations (institutions.toml), and names
of UN and African Union bodies and their heads (organizations.toml, offices.toml), a provincial
premier (people.toml). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.actors.support import actor_mentions, mentions_without_entity, with_word


@pytest.mark.parametrize(
    ("text", "word", "country", "sector"),
    [
        ("Les policiers lausannois ont interpellé deux cambrioleurs mardi matin.", "policiers", "CHE", "COP"),
        ("La police bavaroise a fermé trois routes après la tempête de neige.", "police", "DEU", "COP"),
        ("Le gouvernement québécois a refusé la dernière offre salariale des infirmières.", "gouvernement", "CAN", "GOV"),
        ("Des militants kabyles ont défilé vendredi sous une pluie battante.", "militants", "DZA", None),
    ],
)
def test_a_city_or_region_adjective_gives_its_state(coder, text, word, country, sector):
    found = with_word(mentions_without_entity(coder, text, "fr"), word)
    assert found and found[0][1] == country, found
    if sector is not None:
        assert found[0][3] == sector, found


def test_a_bare_noun_still_has_no_state_of_its_own(coder):
    # Decoy: with no adjective and no country in the text, the officers belong to no state.
    found = mentions_without_entity(coder, "Les policiers ont interpellé deux cambrioleurs mardi matin.", "fr")
    assert not [m for m in found if m[1] is not None], found


def test_workers_of_a_national_railway_are_its_state(coder):
    found = with_word(mentions_without_entity(coder, "Lundi soir, plusieurs cheminots de la SNCB ont débrayé.", "fr"), "cheminots")
    assert found and found[0][1:4] == ("BEL", None, "LAB"), found


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("La Confédération générale du travail a appelé les salariés à cesser le travail jeudi.", "FRA"),
        # Argentina's confederation bears the same name: in an article about Argentina, it is Argentina's.
        ("À Buenos Aires, la Confédération générale du travail a défié le gouvernement argentin.", "ARG"),
    ],
)
def test_a_union_confederation_is_its_state_labour(coder, text, country):
    found = with_word(mentions_without_entity(coder, text, "fr"), "Confédération")
    assert found and found[0][1:4] == (country, None, "LAB"), found


def test_the_un_patron_is_the_secretary_general(coder):
    found = with_word(actor_mentions(coder, "Le patron de l'ONU a réclamé une trêve humanitaire au Soudan.", "fr"), "patron")
    assert found and found[0][2:] == ("UN", "IGO", "Antonio Guterres"), found


@pytest.mark.parametrize(
    ("text", "words", "organization"),
    [
        ("Le chef des droits humains de l'ONU a dénoncé les exécutions en Iran.", "chef", "OHCHR"),
        ("Un CPS de l'Union africaine divisé a levé mardi la suspension du Mali.", "CPS", "AUPSC"),
        ("Les juges de Strasbourg ont condamné la Pologne pour cette loi.", "juges", "ECTHR"),
    ],
)
def test_names_of_un_and_au_bodies(coder, text, words, organization):
    found = with_word(mentions_without_entity(coder, text, "fr"), words)
    assert found and found[0][2] == organization, found


def test_a_provincial_premier_speaks_for_his_state(coder):
    # CAMEO codes a province's government as its state's: Quebec's premier is Canada's side (people.toml).
    found = with_word(mentions_without_entity(coder, "Le gouvernement de François Legault a présenté jeudi un budget de rigueur.", "fr"), "gouvernement")
    assert found and found[0][1:4] == ("CAN", None, "GOV"), found
