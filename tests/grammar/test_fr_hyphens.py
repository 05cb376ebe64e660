"""French names split by the tokenizer at their hyphen (grammar/fr_hyphens.py): one name again,
its first part in the name's place. Sentences written here, parsed and repaired by the real pipeline."""

from __future__ import annotations

from ..events.support import code, pairs
from .support import parsed, word


def test_a_name_split_at_its_hyphen_is_one_name(coder):
    doc = parsed(coder, "Les FSR se sont emparés dimanche d'El-Fasher.")
    first, rest = word(doc, "El"), word(doc, "Fasher")
    assert rest.head.i == first.i and rest.dep_ == "flat:name"
    assert first.head.text == "emparés"


def test_the_place_of_a_hyphened_name_is_the_target(coder):
    assert ("RSF-SDN", "19", "SDN") in pairs(code(coder, "Les FSR se sont emparés dimanche d'El-Fasher.", "fr"))


def test_a_hyphen_between_spaced_words_is_left(coder):
    # Decoy: a dash set off by spaces joins no name ("Paris - Berlin").
    doc = parsed(coder, "Le train Paris - Berlin a repris lundi.")
    assert word(doc, "Berlin").head.text != "Paris" or word(doc, "Berlin").dep_ != "flat:name"


def test_the_name_takes_the_role_read_on_its_second_part(coder):
    # "Addis/obl:mod -Abeba/nsubj a rejeté": the subject read on the second part is the name's.
    text = "Addis-Abeba a rejeté mardi les accusations de Khartoum."
    assert word(parsed(coder, text), "Addis").dep_ == "nsubj"
    assert ("ETH", "01", "SDN") in pairs(code(coder, text, "fr"))
