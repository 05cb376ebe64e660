"""A participle on a subject read as a clause subject with the noun as its own subject
(grammar/en_roots.py, subject_read_inside_participle). Sentences written for these tests, with decoys."""

from __future__ import annotations

from .support import parsed, word


def test_noun_before_the_participle_is_the_verbs_subject(coder):
    # "leaders/nsubj>meeting meeting/csubj in Accra signed": the leaders sign, the participle says where they met
    doc = parsed(coder, "African leaders meeting in Accra on Friday signed a pact on trade.", "en")
    leaders, signed, meeting = word(doc, "leaders"), word(doc, "signed"), word(doc, "meeting")
    assert leaders.dep_ == "nsubj" and leaders.head.i == signed.i
    assert meeting.head.i == leaders.i and meeting.dep_ == "acl"


def test_gerund_subject_with_an_owner_is_left_alone(coder):
    # decoy: "Their leaving the talks was a mistake": a gerund with a possessive, no subject of its own
    doc = parsed(coder, "Their leaving the talks angered the mediators.", "en")
    assert word(doc, "angered").dep_ == "ROOT"
    assert not any(c.dep_ == "nsubj" and c.lower_ == "their" for c in word(doc, "angered").children)


def test_verb_with_a_subject_of_its_own_is_left_alone(coder):
    # decoy: the main verb has its subject: nothing moves
    doc = parsed(coder, "The minister said protesters blocking the road were arrested.", "en")
    assert word(doc, "minister").head.lower_ == "said"
