"""A fronted stay ("En visite à X,") followed by a name: the parser reads the name as part of the
phrase's noun across the comma (flat:name), so the phrase becomes the subject. The name is the
verb's subject, the phrase an adjunct, and the stay a visit (grammar/fr_participles.py). Sentences
written here."""

from __future__ import annotations

from ..events.support import code, pairs
from .support import parsed, word

TEXT = "En visite à Addis-Abeba, Narendra Modi a signé mardi un accord avec l'Éthiopie."


def test_the_name_after_the_comma_is_the_subject(coder):
    doc = parsed(coder, TEXT)
    name = word(doc, "Narendra")
    assert name.dep_ == "nsubj" and name.head.text == "signé"
    assert word(doc, "visite").dep_ != "nsubj"


def test_the_stay_is_a_visit_and_the_act_is_the_visitors(coder):
    found = pairs(code(coder, TEXT, "fr"))
    assert ("IND", "04", "ETH") in found and ("IND", "05", "ETH") in found
