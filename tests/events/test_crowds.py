"""Protests no actor is named as holding (events/crowds.py): held by the people of the place they
happen in, protesters named in a relative clause; an act or a blast that kills is no crowd.
Sentences written for these tests, each with a decoy that must not be read so."""

from __future__ import annotations

import pytest

from .support import code, pairs as _pairs


# Protests held by the people of their place ----------------------------------------------------


def test_protests_sparked_in_a_country_are_its_peoples(coder):
    text = "The jailing of the opposition leader on Monday sparked large street protests in Kenya."
    found = _pairs(code(coder, text, "en"))
    assert ("KEN", "14", "KEN") in found, found


def test_a_rally_takes_the_place_of_the_clause_it_hangs_on(coder):
    text = "La police a dispersé samedi à Dakar des centaines de jeunes lors d'un rassemblement contre la hausse des prix."
    found = _pairs(code(coder, text, "fr"))
    assert ("SEN", "14", "SEN") in found, found


def test_protests_another_act_is_done_to_are_not_coded_as_an_act(coder):
    # Decoy: the protests are what the crackdown is aimed at.
    text = "The United Nations condemned the crackdown on protests in Belarus."
    found = _pairs(code(coder, text, "en"))
    assert not any(root == "14" for _, root, _ in found), found


def test_protests_in_no_named_place_have_no_source(coder):
    # Decoy: no place says whose people protest.
    text = "The protests against the new tax continued on Monday."
    found = _pairs(code(coder, text, "en"))
    assert not any(root == "14" for _, root, _ in found), found


def test_protests_named_only_as_what_people_lead_are_not_an_act(coder):
    # Decoy: the protests qualify the people named, they are not told as an act of the clause.
    text = "The leaders of the protests in Kenya met the president on Monday."
    found = _pairs(code(coder, text, "en"))
    assert not any(root == "14" for _, root, _ in found), found


def test_a_banned_rally_is_not_held(coder):
    # Decoy: the rally is what the ban is done to, not a protest that took place.
    text = "Le gouvernement a interdit samedi le rassemblement prévu à Dakar."
    found = _pairs(code(coder, text, "fr"))
    assert not any(root == "14" for _, root, _ in found), found


def test_a_protest_told_by_its_verb_is_not_told_twice(coder):
    # Decoy: "marched … in protest" is one protest, the verb's.
    text = "Thousands of people marched in Madrid on Sunday in protest against the new housing law."
    events = code(coder, text, "en")
    protests = [e for e in events if e.cameo.root == "14"]
    assert len(protests) == 1, [(e.trigger.text, e.cameo.code) for e in events]
    assert protests[0].trigger.text == "marched", protests[0].trigger.text


# Protesters named in a relative clause ----------------------------------------------------------


def test_protesters_in_a_relative_clause_are_where_their_noun_is(coder):
    text = "La police a interpellé lundi à Nairobi plusieurs dizaines d'étudiants qui manifestaient contre la hausse des frais de scolarité."
    found = _pairs(code(coder, text, "fr"))
    assert ("KEN", "14", "KEN") in found, found


def test_protesters_in_a_relative_clause_with_no_place_have_no_source(coder):
    # Decoy: no place in the clause: whose people they are is not said.
    text = "La police kényane a interpellé lundi plusieurs dizaines d'étudiants qui manifestaient contre la hausse des frais de scolarité."
    found = _pairs(code(coder, text, "fr"))
    assert not any(root == "14" for _, root, _ in found), found


@pytest.mark.parametrize(
    "text,lang",
    [
        ("An explosion killed five soldiers in Herat on Monday.", "en"),
        ("The attack killed twelve people in Mogadishu.", "en"),
        ("Une explosion a tué cinq soldats à Hérat lundi.", "fr"),
        ("L'attentat a tué douze personnes à Mogadiscio.", "fr"),
    ],
)
def test_an_act_or_a_blast_that_kills_is_no_crowd(coder, text, lang):
    assert not code(coder, text, lang)


@pytest.mark.parametrize(
    "text,lang,country",
    [
        # Decoys: people no actor names, acting in a named place, are still its civilians.
        ("Thousands of protesters marched in Caracas against the government.", "en", "VEN"),
        ("Des milliers de personnes ont manifesté à Paris.", "fr", "FRA"),
    ],
)
def test_a_crowd_in_a_place_is_still_a_doer(coder, text, lang, country):
    assert any(s == country and r == "14" for s, r, _ in _pairs(code(coder, text, lang)))


# Protests with no place, told with a state's rulers --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian president resigned on Friday after weeks of protests over rising fuel prices.",
        "Kenyan riot police fired tear gas on Tuesday as protests over the finance bill spread to a dozen towns.",
    ],
)
def test_protests_with_no_place_are_held_by_the_rulers_people(coder, text):
    found = _pairs(code(coder, text, "en"))
    assert any(d[0] == d[2] and d[1] == "14" for d in found), found


def test_protests_after_a_pronoun_subject_are_not_the_rulers_people(coder):
    # Decoy: "he" is no ruler named; the rally is told with his own act, not against rulers.
    text = "Police detained the opposition leader in Arusha on Friday, a day after he led a rally on fuel prices."
    found = _pairs(code(coder, text, "en"))
    assert not any(d[1] == "14" for d in found), found


def test_unrest_with_no_place_is_not_the_rulers_peoples_demonstration(coder):
    # Decoy: unrest is no demonstration held against the rulers.
    text = "The Bolivian president spoke to the army chief about the unrest on Sunday."
    found = _pairs(code(coder, text, "en"))
    assert not any(d[1] == "14" for d in found), found
