"""An event noun's target phrase hung on the phrase naming its actor (events/agent_phrases.py).
Sentences written for these tests, with a decoy that must not be read so."""

from __future__ import annotations

import pytest

from .support import code, dyads, pairs


@pytest.mark.parametrize(
    "text,lang,noun,wanted",
    [
        ("Turkey answered with raids by helicopter gunships on Syrian army positions.", "en", "raids", ("TUR", "19", "SYR")),
        ("Kenyan troops repelled an attack by Somali militiamen on a Kenyan police post.", "en", "attack", ("SOM", "19", "KEN")),
        ("Le Premier ministre est arrivé lundi à Kinshasa, la première visite d'un chef du gouvernement belge en RDC.", "fr", "visite", ("BEL", "04", "COD")),
    ],
)
def test_the_target_hung_on_the_actor_phrase_is_the_nouns(coder, text, lang, noun, wanted):
    found = {p for e in code(coder, text, lang) if e.trigger.text == noun for p in pairs([e])}
    assert wanted in found


def test_a_phrase_on_an_actor_before_the_noun_is_not_the_nouns(coder):
    # Decoy: "of Iran" belongs to the leaders named before the noun, who are no target of the talks.
    found = dyads(code(coder, "The leaders of Iran held talks in Geneva.", "en"))
    assert not any(d[1] == "04" and d[2] == "IRN" for d in found)


def test_a_time_phrase_on_the_actor_is_no_target(coder):
    # Decoy: "on Tuesday" hangs on the attackers too, and names no one.
    found = dyads(code(coder, "Ethiopian troops repelled an attack by Somali militiamen on Tuesday.", "en"))
    assert not any(d[0] == "SOM" and d[1] == "19" for d in found)


def test_the_actors_own_words_are_no_target(coder):
    # Decoy: "de sécurité turques" is the actor's own phrase; the repressed strikers stay the target.
    found = dyads(code(coder, "Amnesty a dénoncé la répression des grèves par les forces de sécurité turques.", "fr"))
    assert ("TUR", "17", "TUR") in found
