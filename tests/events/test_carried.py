"""Event nouns a verb carries: the more specific code, pledges, acts told by their means
(events/carried.py), and the complements coordinated event nouns share."""

from __future__ import annotations

import pytest

from .support import code, codes, dyads


@pytest.mark.parametrize(
    "lang,text,source,wanted,target",
    [
        ("en", "The United States delivered military aid to Ukraine.", "USA", "072", "UKR"),
        ("fr", "L'Allemagne a envoyé une aide humanitaire à la Syrie.", "DEU", "073", "SYR"),
        ("fr", "L'Union européenne a infligé de lourdes sanctions à la Russie.", "EU", "163", "RUS"),
    ],
)
def test_the_carried_noun_names_the_act_more_precisely(coder, lang, text, source, wanted, target):
    found = codes(code(coder, text, lang))
    assert any(s == source and c == wanted and t == target for s, c, t in found), found
    # One act, coded once: not again with the verb's vaguer code.
    assert len([c for _, c, _ in found if c[:2] == wanted[:2]]) == 1, found


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Japan pledged financial support to Ukraine."),
        ("en", "China pledged economic support to Laos."),
    ],
)
def test_a_pledged_act_is_only_the_pledge(coder, lang, text):
    found = dyads(code(coder, text, lang))
    assert any(r == "03" for _, r, _ in found), found
    assert not any(r == "07" for _, r, _ in found), found


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Beijing retaliated with duties on American goods."),
        ("en", "Beijing responded with tariffs on American goods."),
        ("fr", "Pékin a riposté par des droits de douane sur les produits américains."),
        ("fr", "Pékin a riposté en imposant des droits de douane sur les produits américains."),
    ],
)
def test_an_act_told_by_its_means(coder, lang, text):
    found = dyads(code(coder, text, lang))
    assert ("CHN", "16", "USA") in found, found
    # The riposte is the duties, not force beside them.
    assert not any(r == "19" for _, r, _ in found), found


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The Russian president met with officials in Moscow."),
        ("en", "Iran was threatened with sanctions."),
    ],
)
def test_with_a_party_or_in_a_passive_is_no_means(coder, lang, text):
    found = dyads(code(coder, text, lang))
    assert not any(r == "16" for _, r, _ in found), found


def test_a_riposte_with_its_target_stays(coder):
    found = dyads(code(coder, "Israël a riposté contre le Hezbollah.", "fr"))
    assert any(s == "ISR" and r == "19" for s, r, _ in found), found


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "UN investigators said that Myanmar's military had carried out mass killings and gang rapes of Rohingya Muslims."),
    ],
)
def test_coordinated_event_nouns_share_their_complement(coder, lang, text):
    found = codes(code(coder, text, lang))
    assert ("MMR", "202", "MMR") in found, found


def test_acts_under_one_verb_of_intending_are_one_intent(coder):
    text = "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen their embassies within two months."
    intents = [e for e in code(coder, text, "en") if e.cameo.root == "03"]
    assert len(intents) == 1, [(e.trigger.text, e.cameo.code) for e in intents]
