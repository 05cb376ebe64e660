"""French names set off by a comma after a noun phrase, read as the verb's object
(grammar/fr_appositions.py), each shown by a sentence written here, parsed and repaired by the
real pipeline, and coded where the act shows."""

from __future__ import annotations

import pytest

from ..events.support import code, dyads
from .support import parsed, word


SANCTIONS = "La France a annoncé jeudi des sanctions contre deux généraux soudanais, Abdel Rahim Dagalo et Osman Hamid."


@pytest.mark.parametrize(
    "text,first,second,noun",
    [
        # The names read as the verb's apposition.
        (SANCTIONS, "Abdel", "Osman", "généraux"),
        # Read as the verb's conjuncts.
        ("La Suède, avec quatre autres pays, a annoncé jeudi des sanctions contre deux ministres iraniens, Ahmad Vahidi et Esmaïl Khatib.", "Ahmad", "Esmaïl", "ministres"),
        # Read as the verb's adjunct.
        ("Paris a annoncé des sanctions contre deux ministres iraniens, Ahmad Vahidi et Esmaïl Khatib.", "Ahmad", "Esmaïl", "ministres"),
    ],
)
def test_names_after_a_comma_are_the_noun_phrase_members(coder, text, first, second, noun):
    doc = parsed(coder, text)
    name = word(doc, first)
    assert name.dep_ == "appos" and name.head.text == noun
    assert word(doc, second).head.pos_ != "VERB"
    # The partitive object then goes back to the verb.
    sanctions = word(doc, "sanctions")
    assert sanctions.dep_ == "obj" and sanctions.head.text == "annoncé"


def test_names_after_a_comma_let_the_act_be_coded(coder):
    assert any(s == "FRA" and root == "16" and t is not None and t.startswith("SDN") for s, root, t in dyads(code(coder, SANCTIONS, "fr")))


def test_a_name_after_a_place_or_a_weekday_stays_the_object(coder):
    # The comma follows a place name or a bare time noun, not a common noun phrase.
    for text in ("Le roi a reçu à Rabat, Emmanuel Macron.", "Le roi a reçu jeudi, Emmanuel Macron."):
        doc = parsed(coder, text)
        assert word(doc, "Emmanuel").dep_ != "appos", text
