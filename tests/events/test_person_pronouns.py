"""An object pronoun that stands for a person ("him", "her") is the person named before it, never
a state or a capital named nearer (events/pronouns.py); a pronoun standing for people whose country
is only the article's guess is their actor all the same (events/roles.py).

Sentences written here.
"""

from __future__ import annotations

from .support import code


def test_him_skips_the_states_named_nearer_for_the_person(coder):
    text = "The German chancellor met Xi Jinping in Beijing, where talks on trade with China and Europe were held, and asked him to help end the war."
    asked = [e for e in code(coder, text, "en") if e.cameo.root == "02"]
    assert asked and all(e.target is not None and e.target.actor.entity == "Xi Jinping" for e in asked), [(e.source.actor, e.target) for e in asked]


def test_a_pronoun_stands_for_soldiers_of_the_article_country(coder):
    text = "ECOWAS denounced the capture of Niger's president by mutinous soldiers in Niamey and asked them to release him at once."
    appeals = {(e.target.actor.country, e.target.actor.sector) for e in code(coder, text, "en") if e.cameo.root == "02" and e.target}
    assert appeals == {("NER", "MIL")}, appeals  # the soldiers, not Niamey named after them
