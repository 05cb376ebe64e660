"""French: the subject after an opening phrase headed by an adverb of a compound preposition
("Lors d'une réunion …, l'Italie et la Grèce se sont engagées …"), read by fr_core_news_md as a
conjunct of the phrase's noun (grammar/fr_participles.py: subject_read_into_opening_phrase). The
verb's group starts at its clitic ("se sont engagées"). Sentences written here, parsed and repaired
by the real pipeline."""

from __future__ import annotations

import pytest

from ..events.support import code, pairs
from .support import parsed, word


@pytest.mark.parametrize(
    "text,subject,verb",
    [
        ("Lors d'une réunion tenue mardi à Rome, l'Italie et la Grèce se sont engagées à financer un gazoduc.", "Italie", "engagées"),
        ("Lors d'un sommet organisé mardi à Lomé, le Togo et le Bénin se sont engagés à lutter contre les jihadistes.", "Togo", "engagés"),
    ],
)
def test_noun_phrase_after_the_opening_phrase_is_the_subject(coder, text, subject, verb):
    doc = parsed(coder, text)
    noun = word(doc, subject)
    assert noun.dep_ == "nsubj" and noun.head.text == verb


def test_the_states_after_the_opening_phrase_pledge_the_aid(coder):
    text = "Lors d'un sommet organisé mardi à Lomé, le Togo et le Bénin se sont engagés à verser une aide au Niger."
    found = pairs(code(coder, text, "fr"))
    assert ("TGO", "03", "NER") in found and ("BEN", "03", "NER") in found
