"""A reaction told in a clause on a noun that sums up the sentence's act (events/summarised.py).
Sentences written for these tests, each with a decoy that must not be read so."""

from __future__ import annotations

import pytest

from .support import code, pairs as _pairs


@pytest.mark.parametrize(
    "text,lang,wanted",
    [
        # The aside hangs on the last noun of a participle clause that tells no act ("saying …").
        ("Spain recognised Kosovo on Monday, saying it was committed to a lasting settlement, a move that Serbia condemned as a betrayal.", "en", ("SRB", "11", "ESP")),
        # The aside taken for a second object of the act's verb.
        ("Lithuania accused Moscow on Friday of jamming its radars, an allegation the Russian foreign ministry rejected as absurd.", "en", ("RUS", "01", "LTU")),
    ],
)
def test_a_reaction_to_a_summed_up_act_targets_its_doer(coder, text, lang, wanted):
    assert wanted in _pairs(code(coder, text, lang))


def test_a_second_object_without_a_comma_is_no_aside(coder):
    # Decoy: the reaction's clause has an object of its own: not aimed at the accuser.
    text = "Lithuania accused Moscow on Friday of jamming its radars, a charge that angered the Kremlin."
    assert not any(s == "LTU" and t == "LTU" for s, _, t in _pairs(code(coder, text, "en")))


@pytest.mark.parametrize(
    "text,lang,wanted",
    [
        ("Bolivia cut its ties with Israel, whose bombing of Gaza it condemned.", "en", ("BOL", "11", "ISR")),
        ("La Bolivie a rompu ses relations avec Israël, dont elle dénonce les bombardements à Gaza.", "fr", ("BOL", "11", "ISR")),
    ],
)
def test_a_reaction_to_what_the_relatives_antecedent_did_targets_it(coder, text, lang, wanted):
    assert wanted in _pairs(code(coder, text, lang))


def test_a_relative_clause_on_its_own_subject_is_no_owner(coder):
    # Decoy: the antecedent is the clause's subject: it condemns, it is not condemned.
    text = "Bolivia cut its ties with Israel, which condemned the decision."
    found = _pairs(code(coder, text, "en"))
    assert ("BOL", "11", "ISR") not in found, found


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


@pytest.mark.parametrize(
    "text,wanted",
    [
        # The act summed up has no entry ("appointed"): its subject still did it.
        ("The Council of Europe appointed two rapporteurs on Monday, a step the Azerbaijani foreign ministry rejected as meddling.", ("AZE", "12", "COE")),
        # The aside taken for the object of a verb whose complement is a clause.
        ("Portugal offered on Friday to take in the stranded boat, a gesture welcomed by the International Organization for Migration.", ("IOM", "05", "PRT")),
    ],
)
def test_a_reaction_to_a_summed_up_uncoded_act_targets_its_doer(coder, text, wanted):
    found = _pairs(code(coder, text, "en"))
    assert wanted in found, found
