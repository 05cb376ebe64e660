"""A main verb hung on its subject as a participle after a name in apposition, or read below a
reporting clause that closes the sentence (grammar/en_roots.py, main_verb_read_as_modifier_of_subject);
a verb with an object after a passive mandative clause (grammar/en_clauses.py). Sentences written for
these tests, each with a decoy."""

from __future__ import annotations

from ..events.support import code, pairs
from .support import parsed, word


def test_verb_after_a_name_in_apposition_heads_the_sentence(coder):
    # "minister/ROOT, Musalia Mudavadi, received/acl the envoy": the minister receives
    doc = parsed(coder, "Kenya's foreign minister, Musalia Mudavadi, received on Monday the Somali envoy in Nairobi.", "en")
    received, minister = word(doc, "received"), word(doc, "minister")
    assert received.dep_ == "ROOT" and minister.dep_ == "nsubj" and minister.head.i == received.i


def test_participle_after_an_apposition_without_object_stays(coder):
    # decoy: "the president, elected in 2015, …": a participle on its noun, no object
    doc = parsed(coder, "The former president, elected in 2015, a veteran of the army.", "en")
    assert word(doc, "elected").dep_ == "acl" and word(doc, "president").dep_ == "ROOT"


def test_verb_before_a_closing_reporting_clause_is_what_was_reported(coder):
    text = "Egypt's foreign minister, Sameh Shoukry, talked by telephone on Monday with Jordan's king, Abdullah II, about the crisis, the ministry said."
    doc = parsed(coder, text, "en")
    talked, minister = word(doc, "talked"), word(doc, "minister")
    assert talked.dep_ == "ccomp" and talked.head.text == "said"
    assert minister.dep_ == "nsubj" and minister.head.i == talked.i
    assert ("EGY", "04", "JOR") in pairs(code(coder, text, "en"))


def test_verb_with_an_object_after_a_passive_demand_is_the_main_verbs(coder):
    # "demanded that the president be released and suspended/conj>released all aid": the AU suspends
    doc = parsed(coder, "The African Union demanded that the president be released immediately and suspended all aid to the junta.", "en")
    assert word(doc, "suspended").head.text == "demanded"


def test_participle_sharing_a_passive_stays_in_its_clause(coder):
    # decoy: "had been expelled and recalled to …": no object, the passive is shared
    doc = parsed(coder, "The minister said the envoy had been expelled and recalled to his capital.", "en")
    assert word(doc, "recalled").head.text == "expelled"
