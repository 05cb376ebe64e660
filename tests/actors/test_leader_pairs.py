"""People counted two after two people named before stand for them (diurna.actors.leader_pairs)."""

from __future__ import annotations

import datetime as dt


def _coded(coder, text, lang):
    return coder.code_text(text, date=dt.date(2024, 5, 20), lang=lang)


def _pair(coded, word):
    return [
        (m.actor.country, m.second_party.country if m.second_party else None)
        for m in coded.actors
        if word in m.span.text
    ]


def test_the_two_leaders_are_the_two_named_before(coder):
    coded = _coded(coder, "Pedro Sánchez met Olaf Scholz in Madrid on Monday. The two leaders discussed aid to Ukraine.", "en")
    assert _pair(coded, "two leaders") == [("ESP", "DEU")]


def test_les_deux_dirigeants_act_each(coder):
    coded = _coded(coder, "Pedro Sánchez a reçu Olaf Scholz lundi à Madrid. Les deux dirigeants ont critiqué la Russie.", "fr")
    assert _pair(coded, "deux dirigeants") == [("ESP", "DEU")]
    critics = {e.source.actor.country for e in coded.events if e.trigger.text == "ont critiqué"}
    assert critics == {"ESP", "DEU"}


def test_one_leader_named_before_is_no_pair(coder):
    # Decoy: one side only before "both leaders": the noun stays the article's own.
    coded = _coded(coder, "The Spanish prime minister spoke on Monday in Madrid. Both leaders criticised Russia.", "en")
    assert _pair(coded, "Both leaders") == [("ESP", None)]
