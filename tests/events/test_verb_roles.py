"""Who does a verb's act and to whom (events/verb_roles.py): a refusal is aimed at whom the refused
act would go to. Sentences written for these tests, each with a decoy that must not be read so."""

from __future__ import annotations

import pytest

from .support import code, pairs as _pairs


# A refusal aimed at the refused act's recipient ----------------------------------------------


@pytest.mark.parametrize(
    "text,lang,wanted",
    [
        ("La Hongrie a refusé mardi de livrer des armes à l'Ukraine.", "fr", ("HUN", "12", "UKR")),
        ("La Russie a refusé jeudi d'extrader l'homme d'affaires vers les États-Unis.", "fr", ("RUS", "12", "USA")),
        ("Iran refused on Monday to hand over the seized tanker to Britain.", "en", ("IRN", "12", "GBR")),
    ],
)
def test_a_refusal_targets_whom_the_refused_act_would_go_to(coder, text, lang, wanted):
    assert wanted in _pairs(code(coder, text, lang))


def test_an_act_only_considered_is_aimed_at_no_recipient(coder):
    # Decoy: considering an act is no refusal: its recipient is not the statement's target.
    text = "Le gouvernement allemand envisage de livrer des missiles de croisière à l'Ukraine."
    found = _pairs(code(coder, text, "fr"))
    assert not any(s == "DEU" and t == "UKR" for s, _, t in found), found


# A threat or promise aimed at the recipient of the act it carries ------------------------------


@pytest.mark.parametrize(
    "text,lang,wanted",
    [
        ("Algeria threatened on Sunday to halt all wheat shipments to Tunisia.", "en", ("DZA", "13", "TUN")),
        ("Germany promised to hand the looted bronzes back to Nigeria.", "en", ("DEU", "03", "NGA")),
        ("Le Kenya a menacé d'envoyer ses déchets plastiques en Ouganda.", "fr", ("KEN", "13", "UGA")),
    ],
)
def test_a_threat_or_promise_targets_whom_the_carried_act_would_go_to(coder, text, lang, wanted):
    found = _pairs(code(coder, text, lang))
    assert wanted in found, found


def test_a_demand_is_not_aimed_at_the_object_of_what_it_asks(coder):
    # Decoy: "renoncer à" names what is given up, not a recipient; who is summoned is the target.
    found = _pairs(code(coder, "Pékin a sommé Séoul de renoncer au bouclier antimissile américain.", "fr"))
    assert not any(s == "CHN" and t == "USA" for s, _, t in found), found


# Whom a thing refused comes from, and the parties of a thing welcomed ------------------------


@pytest.mark.parametrize(
    "text,lang,wanted",
    [
        ("Libya turned down offers of rescue boats from Malta on Sunday.", "en", ("LBY", "12", "MLT")),
        ("Japan welcomed on Monday the accord between Serbia and Kosovo on licence plates.", "en", ("JPN", "05", "SRB")),
        ("Le Canada a salué mardi le compromis entre la Serbie et le Kosovo sur les plaques d'immatriculation.", "fr", ("CAN", "05", "XKX")),
        ("Oman offered on Monday to host a new round of talks between Iran and the United States in Muscat.", "en", ("OMN", "03", "IRN")),
    ],
)
def test_a_things_owner_or_parties_are_the_target(coder, text, lang, wanted):
    found = _pairs(code(coder, text, lang))
    assert wanted in found, found


def test_a_thing_refused_from_no_one_has_no_target(coder):
    # Decoy: what is refused comes from a place, not an actor.
    found = _pairs(code(coder, "Libya turned down offers of help from abroad on Sunday.", "en"))
    assert not any(s == "LBY" and r == "12" and t is not None for s, r, t in found), found
