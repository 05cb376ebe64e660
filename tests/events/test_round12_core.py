"""Round 12, the language-independent core: who the source and target of an act are.

Sentences written here for the construction each test shows, each with a decoy that must not
be coded the same way:
- a denial in a clause on a noun that sums up the act ("…, a charge Moscow denied") is aimed at
  whoever did that act (events/summarised.py);
- an event noun that completes the expression of the relative clause on it ("the sanctions that
  the EU lifted") is the clause verb's act, not an act of its own (events/relatives.py);
- a refusal is aimed at whom the refused act would go to ("a refusé de livrer des armes à
  l'Ukraine", events/verb_roles.py).
"""

from __future__ import annotations

import pytest

from .support import code, pairs as _pairs


# A denial of a summed-up act ----------------------------------------------------------------


def test_a_denial_of_a_summed_up_charge_targets_the_accuser(coder):
    text = "Georgia accused Russian troops on Friday of shelling its border villages, a charge Moscow denied."
    found = _pairs(code(coder, text, "en"))
    assert ("RUS", "01", "GEO") in found, found


def test_a_summing_clause_that_tells_no_reaction_targets_no_one(coder):
    # Decoy: the clause on the summing noun is no act ("a charge that worried Moscow").
    text = "Georgia accused Russian troops on Friday of shelling its border villages, a charge that worried Moscow."
    found = _pairs(code(coder, text, "en"))
    assert not any(s == "RUS" and t == "GEO" for s, _, t in found), found


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
