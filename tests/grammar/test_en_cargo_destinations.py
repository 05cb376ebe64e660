"""A destination read as the cargo's (grammar/en_arguments.py destination_read_on_cargo): "flew
planes with medical teams to Tunisia" sends to Tunisia. Sentences written here."""

from __future__ import annotations

from .support import parsed, word

SENT = "Italy flew military planes with medical teams to Tunisia on Monday."


def test_the_destination_after_a_with_phrase_is_the_verbs(coder):
    doc = parsed(coder, SENT, "en")
    assert word(doc, "to").head.text == "flew"

