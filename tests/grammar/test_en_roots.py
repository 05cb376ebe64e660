"""A main verb hung on its subject after a relative clause (grammar/en_roots.py). Sentences written for
these tests, each with a decoy that must not be read so."""

from __future__ import annotations

from .support import parsed, word


def test_main_verb_after_a_relative_clause_heads_the_sentence(coder):
    # "Kenya and Ghana, which …, called/VBN/acl>Kenya on …": the sentence's verb
    doc = parsed(coder, "Kenya and Ghana, which have refused to take sides, called on Sudan's army and the RSF on Friday to end the fighting.", "en")
    called, kenya = word(doc, "called"), word(doc, "Kenya")
    assert called.dep_ == "ROOT" and called.head.i == called.i and called.tag_ == "VBD"
    assert kenya.dep_ == "nsubj" and kenya.head.i == called.i
    assert word(doc, ".").head.i == called.i


def test_participle_with_a_by_phrase_stays_on_its_noun(coder):
    # decoy: "…, escorted by Egyptian police": a participle with its agent, no main verb
    doc = parsed(coder, "The convoy, which left Cairo on Monday, escorted by Egyptian police.", "en")
    assert word(doc, "escorted").dep_ == "acl" and word(doc, "convoy").dep_ == "ROOT"


def test_participle_without_a_relative_clause_stays(coder):
    # decoy: no relative clause before it: the parser's reading is kept
    doc = parsed(coder, "A convoy of trucks, loaded with food for Gaza.", "en")
    assert word(doc, "loaded").dep_ == "acl" and word(doc, "convoy").dep_ == "ROOT"
