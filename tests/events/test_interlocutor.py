"""Whom an appeal or a promise is made to when it follows a talk (events/interlocutor.py). Sentences
written for these tests, each with a decoy that must not be read so."""

from __future__ import annotations

import pytest

from .support import code, pairs as _pairs


@pytest.mark.parametrize(
    "text,lang,wanted",
    [
        ("Turkey's foreign minister met his Iranian counterpart in Ankara on Monday. He promised to expand trade.", "en", ("TUR", "03", "IRN")),
        ("Le ministre turc des Affaires étrangères s'est entretenu lundi avec son homologue iranien. Il a demandé la réouverture de la frontière.", "fr", ("TUR", "02", "IRN")),
    ],
)
def test_an_appeal_after_a_talk_is_made_to_the_other_party(coder, text, lang, wanted):
    assert wanted in _pairs(code(coder, text, lang))


def test_an_appeal_with_no_talk_before_keeps_no_target(coder):
    # Decoy: the sentence before names no talk of the appealing state.
    text = "Iran's economy shrank last year. Turkey's foreign minister called for calm on Monday."
    assert all(t is None for s, r, t in _pairs(code(coder, text, "en")) if r == "02")
