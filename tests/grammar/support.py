"""Helpers shared by the grammar tests: parse a sentence with the real pipeline and repair it."""

from __future__ import annotations


def parsed(coder, text, lang="fr"):
    doc = coder.pipelines.get(lang)(text)
    coder.grammars[lang].repair(doc)
    return doc


def word(doc, form):
    return next(t for t in doc if t.text == form)
