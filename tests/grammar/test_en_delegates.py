"""Delegates of coordinated sides named before them (grammar/en_delegates.py). Sentences written for
these tests, each with a decoy that must not be read so."""

from __future__ import annotations

from .support import parsed, word


def test_the_coordinated_sides_become_the_subject(coder):
    # "Negotiators/nsubj from the government/pobj and the rebels/conj": the sides act
    doc = parsed(coder, "Negotiators from Yemen's government and the Houthi movement resumed talks in Muscat on Monday.", "en")
    government, resumed = word(doc, "government"), word(doc, "resumed")
    assert government.dep_ == "nsubj" and government.head.i == resumed.i
    assert word(doc, "Negotiators").head.i == government.i
    assert any(c.dep_ == "conj" for c in government.children)


def test_representatives_in_a_passive(coder):
    doc = parsed(coder, "Representatives of the Sudanese army and the Rapid Support Forces were received by Saudi mediators in Jeddah.", "en")
    army = word(doc, "army")
    assert army.dep_ == "nsubjpass" and army.head.lower_ == "received"


def test_delegates_of_one_side_are_left_alone(coder):
    # decoy: one side alone is already named by the delegates' phrase
    doc = parsed(coder, "Negotiators from Yemen's government met the Houthi movement in Muscat on Monday.", "en")
    assert word(doc, "Negotiators").dep_ == "nsubj"
    assert word(doc, "government").dep_ == "pobj"


def test_a_noun_that_names_no_delegate_is_left_alone(coder):
    # decoy: "Soldiers from Chad and Niger" are no delegates of the sides: no repair
    doc = parsed(coder, "Soldiers from Chad and Niger patrolled the border on Monday.", "en")
    assert word(doc, "Soldiers").dep_ == "nsubj"


def test_the_talks_are_between_the_sides(coder):
    from tests.events.support import code, pairs

    found = pairs(code(coder, "Negotiators from Yemen's government and Saudi Arabia resumed talks in Muscat on Monday.", "en"))
    assert any(root == "04" and {src, tgt} == {"YEM", "SAU"} for src, root, tgt in found)
