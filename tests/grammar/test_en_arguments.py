"""English arguments hung on the wrong word (grammar/en_arguments.py), each shown by a sentence
written here and coded by the real pipeline."""

from __future__ import annotations

import pytest

from ..events.support import code, codes, dyads, pairs
from .support import parsed


def test_subject_hung_on_the_auxiliary_is_the_verbs(coder):
    # en_core_web_sm hangs "Egypt and Qatar" on "are": the mediation had no subject.
    found = dyads(code(coder, "Egypt and Qatar are mediating between Israel and Hamas.", "en"))
    assert {("EGY", "04", "ISR"), ("QAT", "04", "ISR"), ("EGY", "04", "PSE"), ("QAT", "04", "PSE")} <= found


def test_the_thing_given_after_with_is_the_object(coder):
    # "provided Ukraine with ammunition" is "provided ammunition to Ukraine" (072).
    assert ("USA", "072", "UKR") in codes(code(coder, "The United States provided Ukraine with artillery ammunition.", "en"))
    assert ("USA", "072", "UKR") in codes(code(coder, "The United States provided artillery ammunition to Ukraine.", "en"))
    # "arm" and "equip" take the one given to as their object in any case.
    assert ("TUR", "072", "AZE") in codes(code(coder, "Turkey equipped Azerbaijan with armed drones.", "en"))


def test_with_of_company_is_left_alone(coder):
    # Not a thing given: "with" names a partner here, and the verb is no verb of giving.
    assert ("FRA", "04", "DEU") in dyads(code(coder, "France held talks with Germany on Monday.", "en"))


def test_coordinated_subject_read_as_a_modifier_is_the_subject(coder):
    # en_core_web_sm reads "Soldiers/nmod and Arakan Army/conj fighters/nsubj": the fighting had
    # one side only; the two sides fire at each other (reciprocal), one event per pair.
    found = codes(code(coder, "Police and Hamas gunmen exchanged fire in Gaza City on Monday.", "en"))
    assert any(root.startswith("19") for _s, root, _t in found)


def test_coordinated_subject_parse_is_mended(coder):
    doc = parsed(coder, "Soldiers and Arakan Army fighters exchanged gunfire near Maungdaw.", "en")
    soldiers, fighters = doc[0], doc[4]
    assert (soldiers.dep_, soldiers.head.lower_) == ("nsubj", "exchanged")
    assert (fighters.dep_, fighters.head.i) == ("conj", 0)


def test_coordinated_common_nouns_before_a_subject_are_left_alone(coder):
    # Things modifying a subject ("weapons and ammunition supplies") are no coordination of actors.
    doc = parsed(coder, "Weapons and ammunition supplies to Ukraine were delayed.", "en")
    assert doc[0].head.lower_ != "delayed"


def test_an_amount_given_after_with_is_the_thing_given(coder):
    # "provided Ukraine with $2 billion in aid" is "provided $2 billion in aid to Ukraine".
    found = codes(code(coder, "The United States provided Ukraine with 50 million euros of humanitarian aid.", "en"))
    assert ("USA", "073", "UKR") in found, found
    found = codes(code(coder, "Japan will provide Ukraine with $4 billion in financial support.", "en"))
    assert ("JPN", "033", "UKR") in found, found


def test_an_amount_of_things_no_event_noun_names_codes_nothing(coder):
    # Decoy: the amount counts trucks, which are no act.
    assert not code(coder, "Japan will provide Ukraine with 200 of its old trucks.", "en")


@pytest.mark.parametrize(
    "text,noun,link,head,wanted",
    [
        # en_core_web_sm reads "abducted 30 farmers/nsubj tending/ccomp their crops": the farmers are taken.
        ("Boko Haram fighters abducted 30 Nigerian farmers tending their crops near Maiduguri.", "farmers", "dobj", "abducted", ("BOKO-HARAM", "18", "NGA")),
        # "landed in Bangui on Monday, the first contingent/dobj of …": an apposition on the officers,
        # who come on a mission (074), not a thing they landed.
        ("Some 300 police officers from Rwanda landed in Bangui on Monday, the first contingent of a regional force.", "contingent", "appos", "officers", ("RWA", "07", "CAF")),
    ],
)
def test_a_noun_phrase_misread_next_to_the_verb_is_read_again(coder, text, noun, link, head, wanted):
    doc = parsed(coder, text, "en")
    found = next(t for t in doc if t.text == noun)
    assert found.dep_ == link and found.head.text == head
    assert wanted in pairs(code(coder, text, "en"))


def test_a_clause_said_with_a_participle_is_left_alone(coder):
    # decoy: after a verb of saying the -ing clause is what is said, its subject no object
    doc = parsed(coder, "The mayor said protesters blocking the bridge would be removed.", "en")
    assert next(t for t in doc if t.text == "protesters").dep_ != "dobj"


def test_object_after_a_parenthesis_is_left_alone(coder):
    # decoy: the object after a phrase set apart by commas of its own stays the object
    doc = parsed(coder, "Rebels captured, after a week of fighting, the town of Goma.", "en")
    town = next(t for t in doc if t.text == "town")
    assert town.dep_ == "dobj" and town.head.text == "captured"
