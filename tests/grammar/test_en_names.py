"""A verb inside an organisation's name read as the sentence's verb (grammar/en_names.py). The parse is
built here as en_core_web_sm gives it for such a sentence in context, on a sentence written for the test."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from diurna.grammar.en_names import verb_inside_name_read_as_head

WORDS = ["The", "Committee", "to", "Protect", "Journalists", "called", "on", "Thursday", "for", "the", "release", "of", "the", "reporter", "."]
# (head, dep, tag, pos) of each word: "Protect" heads the sentence, "called" is its complement.
PARSE = [
    (1, "det", "DT", "DET"), (3, "nsubj", "NNP", "PROPN"), (3, "aux", "TO", "PART"), (3, "ROOT", "VB", "VERB"),
    (3, "dobj", "NNPS", "PROPN"), (3, "ccomp", "VBD", "VERB"), (5, "prep", "IN", "ADP"), (6, "pobj", "NNP", "PROPN"),
    (5, "prep", "IN", "ADP"), (10, "det", "DT", "DET"), (8, "pobj", "NN", "NOUN"), (10, "prep", "IN", "ADP"),
    (13, "det", "DT", "DET"), (11, "pobj", "NN", "NOUN"), (3, "punct", ".", "PUNCT"),
]


def _misparsed(coder, label="ORG"):
    doc = Doc(
        coder.pipelines.get("en").vocab,
        words=WORDS,
        heads=[h for h, _, _, _ in PARSE],
        deps=[d for _, d, _, _ in PARSE],
        tags=[t for _, _, t, _ in PARSE],
        pos=[p for _, _, _, p in PARSE],
    )
    doc.ents = [Span(doc, 0, 5, label=label)]
    return doc


def test_verb_inside_name_read_as_head(coder):
    doc = _misparsed(coder)
    verb_inside_name_read_as_head(doc)
    committee, protect, called = doc[1], doc[3], doc[5]
    assert called.dep_ == "ROOT" and called.head.i == called.i
    assert committee.dep_ == "nsubj" and committee.head.i == called.i
    assert protect.head.i == committee.i and doc[14].head.i == called.i


def test_verb_of_a_phrase_that_is_no_name_stays(coder):
    # decoy: without the organisation's name the words may be a clause ("… to protect journalists called")
    doc = _misparsed(coder, label="WORK_OF_ART")
    verb_inside_name_read_as_head(doc)
    assert doc[3].dep_ == "ROOT" and doc[5].head.i == 3
