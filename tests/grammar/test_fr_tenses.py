"""French future and conditional forms read as another part of speech (grammar/fr_tenses.py),
each shown by a sentence written here and coded by the real pipeline."""

from __future__ import annotations

import pytest

from ..events.support import code, codes, dyads


@pytest.mark.parametrize(
    "text,wanted",
    [
        # Tagged an adjective at the root.
        ("La Turquie critiquera la Syrie.", ("TUR", "11", "SYR")),
        # Tagged a proper noun hung on the subject.
        ("Pékin armera la Russie.", ("CHN", "03", "RUS")),
        # Tagged a noun at the root, with a reporting verb after it.
        ("L'armée russe attaquera Kiev avant la fin de l'année, estiment les experts.", ("RUS", "19", "UKR")),
        # In a complement clause, tagged the rest of the subject's name.
        ("Le ministre a affirmé que Pékin armera la Russie.", ("CHN", "03", "RUS")),
        # A conditional, its object read as a second subject.
        ("Les États-Unis bombarderaient la Syrie.", ("USA", "19", "SYR")),
    ],
)
def test_future_and_conditional_forms_are_verbs(coder, text, wanted):
    assert wanted in dyads(code(coder, text, "fr"))


def test_conditional_keeps_its_mood(coder):
    doc = coder.pipelines.get("fr")("La Turquie bombarderait la Syrie.")
    coder.grammars["fr"].repair(doc)
    verb = next(t for t in doc if t.text == "bombarderait")
    assert verb.pos_ == "VERB" and verb.dep_ == "ROOT" and coder.grammars["fr"].mood(verb) == "conditional"


def test_noun_in_ra_is_no_verb(coder):
    # "la caméra", "l'opéra": no verb ending.
    doc = coder.pipelines.get("fr")("Le président visitera l'opéra de Sydney.")
    coder.grammars["fr"].repair(doc)
    assert next(t for t in doc if t.text == "opéra").pos_ != "VERB"


@pytest.mark.parametrize(
    "text,wanted",
    [
        # Tagged a present: the future is the infinitive and "-ont", "-a"; an aid promised is intent (033).
        ("Les États-Unis fourniront des munitions à l'Ukraine.", ("USA", "033", "UKR")),
        ("Le Canada livrera des blindés à la Pologne.", ("CAN", "033", "POL")),
    ],
)
def test_future_tagged_present_is_future(coder, text, wanted):
    assert wanted in codes(code(coder, text, "fr"))


def test_present_and_imperfect_stay_facts(coder):
    assert ("FRA", "072", "UKR") in codes(code(coder, "La France livre des armes à l'Ukraine.", "fr"))
    assert ("FRA", "072", "UKR") in codes(code(coder, "La France livrait des armes à l'Ukraine.", "fr"))


@pytest.mark.parametrize(
    "text,wanted",
    [
        # The conditional after a past reporting verb is the reported future: aid promised is intent.
        ("La Norvège a annoncé vendredi qu'elle accorderait une aide de dix millions d'euros au Soudan.", ("NOR", "033", "SDN")),
        ("Le Sénégal a affirmé qu'il livrerait des vivres à la Gambie.", ("SEN", "033", "GMB")),
    ],
)
def test_conditional_reported_in_the_past_is_the_future(coder, text, wanted):
    found = codes(code(coder, text, "fr"))
    assert wanted in found and not any(c.startswith("07") for _, c, _ in found), found


def test_conditional_with_its_own_condition_stays_conditional(coder):
    doc = coder.pipelines.get("fr")("Le Maroc a déclaré qu'il fermerait sa frontière si l'Algérie envoyait des troupes.")
    coder.grammars["fr"].repair(doc)
    verb = next(t for t in doc if t.text == "fermerait")
    assert coder.grammars["fr"].mood(verb) == "conditional"
