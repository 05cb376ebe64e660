"""An outcome read as a small clause on the object (grammar/en_results.py, result_read_as_clause):
"found the governor/nsubj guilty/ccomp" is the verb's "find guilty". Sentences written for these tests,
with decoys the repair must leave alone."""

from __future__ import annotations

from .support import parsed, word


def test_subject_of_the_small_clause_is_the_verbs_object(coder):
    doc = parsed(coder, "A court in Accra found the former minister guilty of fraud on Monday.", "en")
    found, minister, guilty = word(doc, "found"), word(doc, "minister"), word(doc, "guilty")
    assert minister.dep_ == "dobj" and minister.head.i == found.i
    assert guilty.dep_ == "oprd" and guilty.head.i == found.i


def test_another_adjective_is_left_alone(coder):
    # decoy: "found the plant safe" tells no verdict: only outcomes listed in the profile move
    text = "Inspectors found the nuclear plant safe after the earthquake."
    raw = coder.pipelines.get("en")(text)
    doc = parsed(coder, text, "en")
    assert [(t.dep_, t.head.i) for t in doc] == [(t.dep_, t.head.i) for t in raw]
