"""The trigger span an event keeps as its evidence: the verb with its auxiliaries and particles."""

from __future__ import annotations

import pytest

from .support import code


@pytest.mark.parametrize(
    "text,lang,wanted",
    [
        ("La Belgique a fermement condamné les frappes russes sur Odessa.", "fr", "a fermement condamné"),
        ("Hungary called off the planned talks with Serbia.", "en", "called off"),
        ("Chile recalled its ambassador from Caracas.", "en", "recalled"),
    ],
)
def test_trigger_span_holds_auxiliaries_and_particles(coder, text, lang, wanted):
    events = code(coder, text, lang)
    assert events, text
    for event in events:
        assert event.trigger.text == text[event.trigger.start : event.trigger.end]
    assert wanted in {event.trigger.text for event in events}
