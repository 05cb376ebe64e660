"""A bare weekday the French parser reads as the verb's object (grammar/fr_objects.py,
object_read_on_time_word): it is an adjunct, so the object told after the receiver ("a remis lundi
à l'armée béninoise deux hélicoptères") is found and the gift coded. Sentences written here."""

from __future__ import annotations

import pytest

from ..events.support import code, pairs
from .support import parsed, word

GIFT = "La France a remis lundi à l'armée nigérienne deux hélicoptères de combat."


@pytest.mark.parametrize(
    "text,weekday,verb",
    [
        (GIFT, "lundi", "remis"),
        ("La Turquie a livré mardi à l'armée somalienne trois drones armés.", "mardi", "livré"),
    ],
)
def test_a_bare_weekday_is_no_object(coder, text, weekday, verb):
    doc = parsed(coder, text)
    day = word(doc, weekday)
    assert day.dep_ != "obj"
    # Not the verb's object any more: the verb keeps no object that is a weekday.
    assert not any(c.dep_ == "obj" and c.text == weekday for c in word(doc, verb).children)


def test_the_object_after_the_receiver_is_then_the_verbs(coder):
    doc = parsed(coder, GIFT)
    helicopters = word(doc, "hélicoptères")
    assert helicopters.dep_ == "obj" and helicopters.head.text == "remis"


def test_the_gift_is_coded_to_the_receiver(coder):
    assert ("FRA", "07", "NER") in pairs(code(coder, GIFT, "fr"))


def test_a_thing_that_is_no_aid_is_not_coded(coder):
    # Decoy: the same frame with a report as the object: found as the object, but no gift is coded.
    text = "La France a remis lundi à l'armée nigérienne un rapport sur la sécurité."
    doc = parsed(coder, text)
    assert word(doc, "rapport").dep_ == "obj"
    assert not any(root == "07" for _, root, _ in pairs(code(coder, text, "fr")))
