"""What an act of force named by its noun hits, told by the verb it is the subject of
(events/struck.py). Sentences written for these tests, with decoys that must not be read so."""

from __future__ import annotations

import pytest

from .support import code, codes, dyads, pairs


def _noun_pairs(events, noun):
    """(source side, root, target side) of the events the noun ``noun`` triggers."""
    return {p for e in events if e.trigger.text == noun for p in pairs([e])}


@pytest.mark.parametrize(
    "text,lang,noun,wanted",
    [
        ("A French drone strike killed a senior Hezbollah commander near Tyre on Monday.", "en", "strike", ("FRA", "19", "HEZBOLLAH")),
        ("An Israeli air strike killed two Iranian generals in Damascus.", "en", "strike", ("ISR", "19", "IRN")),
        ("La Pologne a dénoncé le bombardement russe qui a atteint mardi une gare à Lviv.", "fr", "bombardement", ("RUS", "19", "UKR")),
    ],
)
def test_the_noun_of_force_takes_what_its_verb_hit(coder, text, lang, noun, wanted):
    assert wanted in _noun_pairs(code(coder, text, lang), noun)


def test_the_noun_is_coded_as_its_own_act_of_force(coder):
    found = codes(code(coder, "An Israeli air strike killed two Iranian generals in Damascus.", "en"))
    # The strike itself (195), aimed at whom it killed, not only the killing.
    assert ("ISR", "195", "IRN") in found


def test_whom_it_hit_comes_before_where(coder):
    # The victims' side, not the country of the place named after them.
    found = _noun_pairs(code(coder, "A French drone strike killed a senior Hezbollah commander in a house in Damascus.", "en"), "strike")
    assert ("FRA", "19", "HEZBOLLAH") in found
    assert ("FRA", "19", "SYR") not in found


def test_a_killing_by_people_is_still_coded(coder):
    # Decoy: the subject is no act of force; the killing is the act itself.
    found = dyads(code(coder, "Russian soldiers killed two Ukrainian civilians near Kharkiv.", "en"))
    assert any(d[0] == "RUS" and d[1] in ("18", "19") and d[2] == "UKR" for d in found)


def test_an_act_that_is_no_force_takes_no_target_from_its_clause(coder):
    # Decoy: a meeting is no act of force: what its clause's verb names is no target of force.
    found = dyads(code(coder, "The meeting of French and German ministers in Berlin ended without agreement.", "en"))
    assert not any(d[1] == "19" for d in found)


@pytest.mark.parametrize(
    "text,lang,wanted",
    [
        ("Russian glide bombs hit a busy market in Kharkiv on Sunday.", "en", ("RUS", "19", "UKR")),
        ("De violents affrontements ont opposé lundi l'armée soudanaise aux soldats éthiopiens.", "fr", ("SDN", "19", "ETH")),
    ],
)
def test_another_act_of_force_of_the_noun_is_still_coded(coder, text, lang, wanted):
    # Decoy: a verb of force that is no killing ("struck", "ont opposé") is an act of its own.
    found = dyads(code(coder, text, lang))
    assert wanted in found
    # … and lends its noun ("bombs", "affrontements") no target: the act is told once, by the verb.
    assert not any(d[1] != "19" and d[2] == wanted[2] for d in found)
