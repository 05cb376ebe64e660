"""Whom a veto is cast against (events/vetoes.vetoed_bodies): a veto at the United Nations
against its Security Council, a head of state's veto of a bill or law against the country's
legislature; a rejection that is no veto keeps its own reading. Sentences written for these
tests, with decoys that must not be read so."""

from __future__ import annotations

from .support import code


def _vetoes(events):
    """(source key, code, target organisation, target country, target sector) of root-12 events."""
    return {
        (e.source.actor.key, e.cameo.code, e.target.actor.organization if e.target else None,
         e.target.actor.country if e.target else None, e.target.actor.sector if e.target else None)
        for e in events
        if e.cameo.root == "12"
    }


def test_a_veto_of_un_sanctions_is_cast_against_the_security_council(coder):
    found = _vetoes(code(coder, "China on Friday vetoed the extension of UN sanctions on Myanmar.", "en"))
    assert ("CHN", "129", "UNSC", None, "IGO") in found, found


def test_a_veto_opposed_to_a_un_mandate_in_french_is_the_councils(coder):
    text = "La Chine a opposé vendredi son veto au prolongement du mandat de la mission de l'ONU en Birmanie."
    found = _vetoes(code(coder, text, "fr"))
    assert ("CHN", "129", "UNSC", None, "IGO") in found, found


def test_blocking_by_a_veto_at_the_un_targets_the_council(coder):
    text = "Pékin a bloqué lundi par son veto un texte de l'ONU sur la Birmanie."
    found = _vetoes(code(coder, text, "fr"))
    assert any(org == "UNSC" for _, _, org, _, _ in found), found


def test_a_presidents_veto_of_a_bill_is_cast_against_the_legislature(coder):
    found = _vetoes(code(coder, "Chile's president vetoed a pension bill on Monday.", "en"))
    assert ("CHL", "129", None, "CHL", "LEG") in found, found


def test_a_presidents_veto_of_a_law_in_french(coder):
    found = _vetoes(code(coder, "Le président slovaque a opposé jeudi son veto à la loi sur les médias publics.", "fr"))
    assert ("SVK", "129", None, "SVK", "LEG") in found, found


def test_a_rejection_that_is_no_veto_gets_no_council(coder):
    # Decoy: the UN is named, but nothing is vetoed; the refusal keeps its own target.
    found = _vetoes(code(coder, "Myanmar's junta rejected the UN report on Tuesday.", "en"))
    assert all(org != "UNSC" for _, _, org, _, _ in found), found


def test_a_veto_of_something_not_a_law_gets_no_legislature(coder):
    # Decoy: no bill or law is vetoed and no body is named: no target is made up.
    found = _vetoes(code(coder, "Hungary's government vetoed the plan on Monday.", "en"))
    assert all(sector != "LEG" for _, _, _, _, sector in found), found


def test_a_permanent_members_veto_with_no_body_named_is_the_councils(coder):
    # organizations.toml: the Security Council's veto holders; no word of the UN in the sentence.
    found = _vetoes(code(coder, "The United Kingdom vetoed a draft resolution on the Sahel on Monday.", "en"))
    assert ("GBR", "129", "UNSC", None, "IGO") in found, found


def test_a_passive_blocked_by_a_veto_is_one_act_against_the_council(coder):
    text = "Mardi, le texte qui exigeait une trêve au Yémen a été bloqué par le veto chinois."
    found = _vetoes(code(coder, text, "fr"))
    assert ("CHN", "120", "UNSC", None, "IGO") in found, found
    assert len(found) == 1, found  # the veto noun is how the text was blocked, not a second act


def test_a_permanent_members_veto_in_a_body_the_sentence_names_is_cast_there(coder):
    # Decoy: a veto holder at the Council vetoes elsewhere too.
    found = _vetoes(code(coder, "France vetoed the EU trade agreement with Chile.", "en"))
    assert found and all(organization == "EU" for _, _, organization, _, _ in found), found


def test_a_veto_by_a_state_that_holds_none_at_the_council_gets_no_council(coder):
    # Decoy: only the permanent members' vetoes are the Council's by default.
    found = _vetoes(code(coder, "Hungary vetoed the proposal on Tuesday.", "en"))
    assert all(organization != "UNSC" for _, _, organization, _, _ in found), found
