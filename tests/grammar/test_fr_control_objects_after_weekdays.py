"""French: a name told after a weekday, between a verb of asking and its infinitive complement ("a
exhorté mardi Tunis à libérer …"), read by fr_core_news_md as the rest of the weekday's name
(grammar/fr_objects.py: object_read_on_time_word with the profile's object_control_verbs).
Sentences written here, parsed and repaired by the real pipeline."""

from __future__ import annotations

import pytest

from ..events.support import code, pairs
from .support import parsed, word


@pytest.mark.parametrize(
    "text,name,verb",
    [
        ("L'Union européenne a exhorté mardi Tunis à libérer les journalistes.", "Tunis", "exhorté"),
        ("Le Tchad a sommé mercredi Bangui de fermer sa frontière.", "Bangui", "sommé"),
    ],
)
def test_name_after_the_weekday_is_the_object(coder, text, name, verb):
    doc = parsed(coder, text)
    assert word(doc, name).dep_ == "obj" and word(doc, name).head.text == verb


def test_the_asked_state_is_the_target(coder):
    assert ("TCD", "10", "CAF") in pairs(code(coder, "Le Tchad a sommé mercredi Bangui de fermer sa frontière.", "fr"))
