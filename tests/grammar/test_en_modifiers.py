"""English repair of an adjective read as a verb coordinated with the verb before it
(grammar/en_modifiers.py): "fired tear gas and live/VERB ammunition", with decoys."""

from __future__ import annotations

from .support import parsed, word


def test_live_ammunition_is_a_second_object(coder):
    doc = parsed(coder, "Soldiers fired tear gas and live ammunition at students in Dhaka on Monday.", "en")
    live, ammunition, fired = word(doc, "live"), word(doc, "ammunition"), word(doc, "fired")
    assert live.dep_ == "amod" and live.head.i == ammunition.i and live.pos_ == "ADJ"
    assert ammunition.dep_ == "conj" and ammunition.head.lower_ == "gas"
    # the target phrase is the firing's again
    assert word(doc, "at").head.i == fired.i


def test_a_verb_with_its_own_subject_is_left_alone(coder):
    # decoy: "they live" has a subject: a verb
    doc = parsed(coder, "Police fired tear gas and the families live in fear now.", "en")
    assert word(doc, "live").pos_ == "VERB"


def test_another_coordinated_verb_is_left_alone(coder):
    # decoy: only the listed adjectives are read as modifiers ("and block roads" is a verb)
    doc = parsed(coder, "Farmers burned tyres and block roads around Brussels.", "en")
    assert word(doc, "block").dep_ != "amod"
