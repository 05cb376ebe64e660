"""Misparses around time words and names (grammar/fr_objects.py participle_read_on_time_word,
subject_read_after_opening_time; fr_names.py clause_verb_read_on_name; fr_phrases.py
object_read_after_place_adjunct after a complement in "du"). Sentences written here."""

from __future__ import annotations

from ..events.support import code, side_codes
from .support import parsed, word

FROZEN = "La Chine a gelé mardi l'ensemble de son aide au Niger."
MARCH = "Dimanche, plus d'un million d'Italiens ont défilé contre le projet de loi."
RELEASE = "Washington a exigé que Pékin relâche immédiatement le journaliste américain."
DRILLS = "L'armée chinoise a lancé jeudi dans le nord du pays des exercices militaires."


def test_a_participle_read_on_a_weekday_is_the_verb(coder):
    doc = parsed(coder, FROZEN)
    frozen, monday = word(doc, "gelé"), word(doc, "mardi")
    assert frozen.pos_ == "VERB" and monday.head.i == frozen.i and monday.dep_ == "obl:mod"
    assert ("CHN", "162", "NER") in side_codes(code(coder, FROZEN, "fr"))


def test_an_opening_weekday_is_no_subject(coder):
    doc = parsed(coder, MARCH)
    million = word(doc, "million")
    assert million.dep_.startswith("nsubj") and million.head.text == "défilé"
    assert any(root == "141" and source == "ITA" for source, root, _ in side_codes(code(coder, MARCH, "fr")))


def test_the_verb_of_a_que_clause_after_a_name(coder):
    doc = parsed(coder, RELEASE)
    release = word(doc, "relâche")
    assert release.pos_ == "VERB" and release.dep_ == "ccomp" and word(doc, "Pékin").head.i == release.i
    assert ("USA", "1053", "CHN") in side_codes(code(coder, RELEASE, "fr"))


def test_an_object_with_des_after_a_complement_in_du(coder):
    doc = parsed(coder, DRILLS)
    assert word(doc, "exercices").dep_ == "obj" and word(doc, "exercices").head.text == "lancé"
