"""Round 11: targets told outside the act's own frame, on constructions of the fresh dev items.

Sentences written here for the construction each test shows, with decoys: a reaction in a clause
on a noun that sums up the act (events/summarised.py) when the parser hangs that noun on the
clause's last noun or takes it for a second object.
"""

from __future__ import annotations

import pytest

from .support import code, pairs as _pairs


@pytest.mark.parametrize(
    "text,lang,wanted",
    [
        # The aside hangs on the last noun of a participle clause that tells no act ("saying …").
        ("Spain recognised Kosovo on Monday, saying it was committed to a lasting settlement, a move that Serbia condemned as a betrayal.", "en", ("SRB", "11", "ESP")),
        # The aside taken for a second object of the act's verb.
        ("Lithuania accused Moscow on Friday of jamming its radars, an allegation the Russian foreign ministry rejected as absurd.", "en", ("RUS", "12", "LTU")),
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
        ("A court in Minsk on Tuesday convicted three opposition activists of organising mass riots.", "en", ("BLR", "11", "BLR")),
        ("Un tribunal de Minsk a condamné mardi trois militants de l'opposition à cinq ans de prison.", "fr", ("BLR", "11", "BLR")),
        ("Un tribunal de Minsk a condamné mardi le journaliste Ihar Losik pour trouble à l'ordre public.", "fr", ("BLR", "11", "BLR")),
    ],
)
def test_a_verdict_on_people_no_actor_names_targets_the_courts_country(coder, text, lang, wanted):
    assert wanted in _pairs(code(coder, text, lang))


def test_a_verdict_on_a_named_actor_keeps_its_target(coder):
    # Decoy: the convicted are another state's soldiers: the target is their country, not the court's.
    text = "A court in Kyiv on Tuesday convicted two Russian soldiers of war crimes."
    found = _pairs(code(coder, text, "en"))
    assert ("UKR", "11", "UKR") not in found, found


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
