"""A part named before its whole (grammar/en_partitives.py). Sentences written for these tests, each
with a decoy that must not be read so."""

from __future__ import annotations

from ..events.support import code, codes
from .support import parsed, word


def test_the_whole_after_a_quantifier_is_the_object(coder):
    # "lifted most/dobj of its sanctions/pobj": the sanctions are what is lifted
    doc = parsed(coder, "The council lifted most of its sanctions on Belarus on Monday.", "en")
    sanctions, most, lifted = word(doc, "sanctions"), word(doc, "most"), word(doc, "lifted")
    assert sanctions.dep_ == "dobj" and sanctions.head.i == lifted.i
    assert most.head.i == sanctions.i and most.dep_ == "amod"


def test_the_whole_after_a_quantifier_is_the_subject(coder):
    doc = parsed(coder, "Some of the soldiers crossed the border into Chad.", "en")
    soldiers, crossed = word(doc, "soldiers"), word(doc, "crossed")
    assert soldiers.dep_ == "nsubj" and soldiers.head.i == crossed.i
    assert word(doc, "Some").head.i == soldiers.i


def test_a_number_before_of_is_left_alone(coder):
    # decoy: numbers and amounts are read by the event code itself ("thousands of protesters")
    doc = parsed(coder, "Police detained thousands of protesters in the capital.", "en")
    assert word(doc, "thousands").dep_ == "dobj" and word(doc, "protesters").dep_ == "pobj"


def test_a_quantifier_inside_a_prepositional_phrase_is_left_alone(coder):
    # decoy: only a verb's argument is repaired, not a preposition's object
    doc = parsed(coder, "The minister spoke about most of the reforms.", "en")
    assert word(doc, "reforms").dep_ == "pobj" and word(doc, "reforms").head.lower_ == "of"


def test_the_whole_after_a_number_is_the_subject(coder):
    # "two/nsubj of its members/pobj bombed": two members bombed, the group's own
    text = "Islamic State said two of its members had bombed a Shi'ite mosque in Kabul."
    doc = parsed(coder, text, "en")
    members, bombed = word(doc, "members"), word(doc, "bombed")
    assert members.dep_ == "nsubj" and members.head.i == bombed.i
    assert word(doc, "two").head.i == members.i and word(doc, "two").dep_ == "nummod"
    assert any(s == "ISIS" for s, _, _ in codes(code(coder, text, "en")))


def test_the_whole_after_upwards_of_is_the_object(coder):
    # "killed upwards/advmod of 300 villagers/pobj": the villagers are killed, in hundreds (202)
    text = "Militiamen killed upwards of 300 villagers in Sudan's Darfur region."
    doc = parsed(coder, text, "en")
    villagers, killed = word(doc, "villagers"), word(doc, "killed")
    assert villagers.dep_ == "dobj" and villagers.head.i == killed.i
    assert any(c == "202" and t == "SDN" for _, c, t in codes(code(coder, text, "en")))


def test_upwards_of_beside_an_object_is_left_alone(coder):
    # decoy: a verb with its own object keeps it ("raised prices upwards of ten percent")
    doc = parsed(coder, "The company raised its prices upwards of ten percent.", "en")
    assert word(doc, "prices").dep_ == "dobj"
