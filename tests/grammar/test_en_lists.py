"""Lists of names that en_core_web_sm reads as an apposition (grammar/en_lists.py): every member of
a list fills the slot its first member fills. The hand-built parse copies the misreading the parser
was seen to make; the coded sentences are written here, each with a decoy."""

from __future__ import annotations

from spacy.tokens import Doc

from diurna.grammar import conjuncts
from diurna.grammar.en_lists import list_read_as_apposition

from ..events.support import code, pairs


def _list_doc(coder):
    # "Chile, Peru, Bolivia and Ecuador protested": Peru hung on Chile as its apposition.
    words = ["Chile", ",", "Peru", ",", "Bolivia", "and", "Ecuador", "protested"]
    doc = Doc(
        coder.pipelines.get("en").vocab, words=words,
        pos=["PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB"],
        deps=["nsubj", "punct", "appos", "punct", "conj", "cc", "conj", "ROOT"],
        heads=[7, 0, 0, 2, 2, 4, 4, 7],
        ents=["B-GPE", "O", "B-GPE", "O", "B-GPE", "O", "B-GPE", "O"],
    )
    return doc


def test_a_list_read_as_an_apposition_is_a_coordination(coder):
    doc = _list_doc(coder)
    list_read_as_apposition(doc[2])
    assert [t.text for t in conjuncts(doc[0])] == ["Chile", "Peru", "Bolivia", "Ecuador"]


def test_every_member_of_a_misread_list_is_a_source(coder):
    found = pairs(code(coder, "New Zealand, Fiji, Samoa and Tonga condemned France over the nuclear tests.", "en"))
    assert {("NZL", "11", "FRA"), ("FJI", "11", "FRA"), ("WSM", "11", "FRA"), ("TON", "11", "FRA")} <= found, found


def test_a_place_named_with_its_state_stays_an_apposition(coder):
    # Decoy: no conjunction closes a list; "Kenya" says where Nairobi is.
    doc = coder.pipelines.get("en")("Officials met in Nairobi, Kenya, on Monday.")
    kenya = next(t for t in doc if t.text == "Kenya")
    list_read_as_apposition(kenya)
    assert kenya.dep_ != "conj"
