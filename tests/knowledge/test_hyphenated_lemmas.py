"""knowledge/patterns.folded_lemma: one hyphenated word that fr_core_news_md lemmatises as several
("tête-à-tête" as "tête à tête") is keyed with its hyphens, as a pattern entry writes it (a space
in an entry's lemma separates the words of an expression). Sentences written here."""

from __future__ import annotations

from types import SimpleNamespace

from diurna.knowledge.patterns import folded_lemma

from ..events.support import code, pairs


def test_a_hyphenated_word_keeps_its_hyphens():
    assert folded_lemma(SimpleNamespace(lemma_="tête à tête", text="tête-à-tête")) == "tête-à-tête"


def test_a_pronominal_verb_still_loses_its_pronoun():
    assert folded_lemma(SimpleNamespace(lemma_="s'abstenir", text="abstenu")) == "abstenir"


def test_a_private_meeting_of_two_leaders_is_coded(coder):
    found = pairs(code(coder, "Le Premier ministre grec a eu lundi un tête-à-tête avec le président chypriote.", "fr"))
    assert ("GRC", "04", "CYP") in found
