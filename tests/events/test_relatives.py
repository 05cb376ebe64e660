"""An event noun completed by the relative clause on it is the clause verb's act (events/relatives.py).
Sentences written for these tests, each with a decoy that must not be read so."""

from __future__ import annotations

from .support import code, pairs as _pairs


# An event noun completed by its relative clause --------------------------------------------


def test_sanctions_a_relative_clause_says_were_lifted_are_no_imposition(coder):
    text = "The sanctions that the EU lifted on Iran in 2016 were reimposed by the United States in 2018."
    found = _pairs(code(coder, text, "en"))
    assert ("EU", "08", "IRN") in found, found
    assert ("EU", "16", "IRN") not in found, found


def test_a_contact_relative_clause_lifts_the_sanctions_too(coder):
    text = "The sanctions the EU lifted on Iran were reimposed by Washington."
    found = _pairs(code(coder, text, "en"))
    assert ("EU", "08", "IRN") in found, found
    assert ("EU", "16", "IRN") not in found, found


def test_a_relative_clause_whose_subject_is_the_noun_leaves_the_noun_its_act(coder):
    # Decoy: the noun is the relative clause's subject, not its object: the lifting is told by
    # the main verb, and nothing is read from the clause.
    text = "The sanctions that hurt Iran were lifted by the EU."
    found = _pairs(code(coder, text, "en"))
    assert ("EU", "08", "IRN") in found, found
    assert ("EU", "16", "IRN") not in found, found
