"""Meetings that only set the scene are no act (events/settings.py). Sentences written for these tests,
each with a decoy that must not be read so."""

from __future__ import annotations

import pytest

from .support import code, dyads


@pytest.mark.parametrize(
    "text,lang,wanted",
    [
        ("Russia vetoed the resolution at a summit in Brussels.", "en", ("RUS", "12", None)),
        ("France announced new sanctions against Iran as EU leaders met for a summit in Brussels.", "en", ("FRA", "16", "IRN")),
        ("Germany condemned Russia on the sidelines of a summit in Berlin.", "en", ("DEU", "11", "RUS")),
        ("Lors d'un sommet à Bruxelles, la France a dénoncé la Russie.", "fr", ("FRA", "11", "RUS")),
        ("En marge du sommet de l'OTAN, la France a condamné la Russie.", "fr", ("FRA", "11", "RUS")),
    ],
)
def test_a_meeting_that_sets_the_scene_is_no_act(coder, text, lang, wanted):
    found = dyads(code(coder, text, lang))
    assert wanted in found
    assert not any(root == "04" for _, root, _ in found)


@pytest.mark.parametrize(
    "text,lang",
    [
        # Decoys: the meeting is the act told.
        ("The EU leaders held a summit in Brussels.", "en"),
        ("Macron met Scholz at a summit in Brussels.", "en"),
    ],
)
def test_a_meeting_told_as_the_act_stays(coder, text, lang):
    assert any(root == "04" for _, root, _ in dyads(code(coder, text, lang)))
