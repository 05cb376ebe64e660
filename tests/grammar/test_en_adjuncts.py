"""English time adjuncts fused with the noun beside them (grammar/en_adjuncts.py). The hand-built
parses copy the misreadings the parser was seen to make; the coded sentences are written here,
with decoys."""

from __future__ import annotations

from spacy.tokens import Doc

from diurna.grammar.en_adjuncts import date_read_as_compound_of_name, noun_read_as_compound_of_span

from ..events.support import code, pairs
from .support import parsed, word

TIME_NOUNS = frozenset({"hour", "day", "week", "month"})


def _doc(coder, words, pos, deps, heads, ents, lemmas=None):
    return Doc(coder.pipelines.get("en").vocab, words=words, pos=pos, deps=deps, heads=heads, ents=ents, lemmas=lemmas)


def test_a_date_read_as_a_compound_of_the_subject_is_the_preposition_object(coder):
    # "On Friday Ghana recalled its envoy": "Friday" hung on "Ghana" as a compound, "On" with no object.
    doc = _doc(
        coder,
        ["On", "Friday", "Ghana", "recalled", "its", "envoy"],
        ["ADP", "PROPN", "PROPN", "VERB", "PRON", "NOUN"],
        ["prep", "compound", "nsubj", "ROOT", "poss", "dobj"],
        [3, 2, 3, 3, 5, 3],
        ["O", "B-DATE", "B-GPE", "O", "O", "O"],
    )
    date_read_as_compound_of_name(doc[1])
    assert doc[1].dep_ == "pobj" and doc[1].head.text == "On"
    assert [t.text for t in doc[2].subtree] == ["Ghana"]


def test_a_date_that_names_a_day_of_a_name_stays(coder):
    # Decoy: no preposition before it ("Friday prayers"): a compound of its own phrase.
    doc = _doc(
        coder,
        ["Friday", "Ghana", "recalled", "its", "envoy"],
        ["PROPN", "PROPN", "VERB", "PRON", "NOUN"],
        ["compound", "nsubj", "ROOT", "poss", "dobj"],
        [1, 2, 2, 4, 2],
        ["B-DATE", "B-GPE", "O", "O", "O"],
    )
    date_read_as_compound_of_name(doc[0])
    assert doc[0].dep_ == "compound"


def test_an_agent_read_as_a_compound_of_a_span_of_time_fills_the_agent(coder):
    doc = parsed(coder, "The Kenyan opposition leader was detained by police hours after the rally ended.", "en")
    police = word(doc, "police")
    assert police.dep_ == "pobj" and police.head.text == "by"
    assert word(doc, "hours").dep_ == "npadvmod"
    found = pairs(code(coder, "The Kenyan opposition leader was detained by police hours after the rally ended.", "en"))
    assert ("KEN", "17", "KEN") in found, found


def test_a_counted_span_of_time_stays(coder):
    # Decoy: "three days after": a span told as such, no noun fused with it.
    doc = _doc(
        coder,
        ["freed", "by", "three", "days", "after"],
        ["VERB", "ADP", "NUM", "NOUN", "ADP"],
        ["ROOT", "agent", "nummod", "pobj", "prep"],
        [0, 0, 3, 1, 0],
        ["O", "O", "B-DATE", "I-DATE", "O"],
        ["free", "by", "three", "day", "after"],
    )
    noun_read_as_compound_of_span(doc[3], TIME_NOUNS)
    assert doc[3].dep_ == "pobj" and doc[2].dep_ == "nummod"
