"""English moods (grammar/en_moods.py): "would" in what a past reporting verb reports is the future of
that past. Sentences written for these tests, each with a decoy that must not be read so."""

from __future__ import annotations

from .support import parsed, word


def _mood(coder, text, form):
    doc = parsed(coder, text, "en")
    return coder.grammars["en"].mood(word(doc, form))


def test_would_under_a_past_reporting_verb_is_a_future(coder):
    assert _mood(coder, "Japan said on Monday that it would send two destroyers to the Gulf.", "send") == "future"


def test_would_under_announced_is_a_future(coder):
    assert _mood(coder, "Canada announced it would reopen its embassy in Tehran.", "reopen") == "future"


def test_would_alone_stays_conditional(coder):
    # decoy: no reporting verb above it
    assert _mood(coder, "A deal would end the war in Sudan.", "end") == "conditional"


def test_could_under_a_reporting_verb_stays_conditional(coder):
    # decoy: "could" is only possible
    assert _mood(coder, "Japan said it could send two destroyers to the Gulf.", "send") == "conditional"


def test_would_under_a_verb_of_believing_in_the_present_stays_conditional(coder):
    # decoy: a present "thinks" reports no past announcement
    assert _mood(coder, "Paris thinks a ceasefire would help the talks.", "help") == "conditional"
