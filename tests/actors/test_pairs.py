"""Nouns that stand for the two parties named before (diurna.actors.pairs)."""

from __future__ import annotations

import datetime as dt


def _mentions(coder, text: str, lang: str, day: str = "2024-03-10") -> list[tuple]:
    coded = coder.code_text(text, date=dt.date.fromisoformat(day), lang=lang)
    return [(m.span.text, m.actor.country, m.actor.organization, m.actor.sector) for m in coded.actors]


def _found(mentions, text: str):
    return [m[1:] for m in mentions if m[0] == text]


def test_the_two_countries_are_the_first_state_of_the_sentence_before(coder):
    text = "Armenia and Azerbaijan clashed on the border. The EU called on the two countries to resume talks."
    assert _found(_mentions(coder, text, "en"), "the two countries") == [("ARM", None, None)]


def test_les_deux_pays_in_french(coder):
    text = "L'Arménie et l'Azerbaïdjan se sont affrontés à la frontière. L'UE a appelé les deux pays à reprendre les pourparlers."
    assert _found(_mentions(coder, text, "fr"), "les deux pays") == [("ARM", None, None)]


def test_both_sides_of_one_state_are_that_state(coder):
    text = "Sudan's army and the Rapid Support Forces fought in Khartoum. The UN urged both sides to agree to a ceasefire."
    coded = coder.code_text(text, date=dt.date(2023, 5, 10), lang="en")
    assert _found(_mentions(coder, text, "en"), "both sides") == [("SDN", None, "MIL")]
    urged = [e for e in coded.events if e.trigger.text == "urged"]
    # The act is done to each party (events/both.py): two events, both to Sudan.
    assert {(e.source.actor.key, e.target.actor.key, e.target.actor.organization) for e in urged if e.target} == {("UN", "SDN", None), ("UN", "SDN", "RSF-SDN")}


def test_les_belligerants_need_no_quantifier(coder):
    text = "L'armée soudanaise et les Forces de soutien rapide s'affrontent depuis avril. L'ONU a appelé les belligérants à une trêve."
    assert _found(_mentions(coder, text, "fr"), "les belligérants") == [("SDN", None, "MIL")]


def test_the_warring_parties(coder):
    text = "Israel and Hamas traded fire overnight. Egypt urged the warring parties to halt the fighting."
    assert _found(_mentions(coder, text, "en"), "the warring parties") == [("ISR", None, None)]


def test_a_pair_noun_with_no_two_parties_before_is_no_actor(coder):
    text = "The EU called on both sides to resume talks."
    assert _found(_mentions(coder, text, "en"), "both sides") == []


def test_the_speaker_of_the_same_sentence_is_not_a_party(coder):
    # The parties are looked for in the sentences before: the EU and Azerbaijan of this one are not.
    text = "Armenia and Iran signed a deal. The EU told Azerbaijan it had asked both countries for details."
    assert _found(_mentions(coder, text, "en"), "both countries") == [("ARM", None, None)]


def test_two_people_are_no_pair_of_parties(coder):
    text = "Russia and China met in Moscow. The two men discussed trade."
    assert _found(_mentions(coder, text, "en"), "The two men") == []


def test_two_parties_coordinated_before_in_the_same_sentence(coder):
    text = "Talks between Russia and Ukraine stalled, and Turkey urged both sides to return to the table."
    assert _found(_mentions(coder, text, "en"), "both sides") == [("RUS", None, None)]


def test_two_parties_named_in_different_sentences(coder):
    text = (
        "South Korea started to broadcast propaganda from loudspeakers. North Korea said it would attack the loudspeakers. "
        "Both countries have put their militaries on alert."
    )
    assert _found(_mentions(coder, text, "en"), "Both countries") == [("KOR", None, None)]


def test_the_second_party_is_kept_for_the_event_stage(coder):
    text = "Armenia and Azerbaijan clashed on the border. The EU called on the two countries to resume talks."
    coded = coder.code_text(text, date=dt.date(2024, 3, 10), lang="en")
    called = [e for e in coded.events if e.target is not None and e.source.actor.key == "EU"]
    assert {e.target.actor.key for e in called} == {"ARM", "AZE"}


def test_both_sides_after_coordinated_demonyms_of_one_phrase_are_their_states(coder):
    # "Serbian and Kosovar negotiators": the demonyms are coordinated inside one noun phrase.
    text = "Brussels hosted Serbian and Kosovar negotiators on Monday, with the EU envoy urging both sides to compromise."
    coded = coder.code_text(text, date=dt.date(2023, 5, 10), lang="en")
    targets = {e.target.actor.country for e in coded.events if e.cameo.root == "02" and e.target is not None}
    assert targets == {"SRB", "XKX"}, targets


def test_both_sides_with_one_demonym_before_them_find_no_pair_in_the_phrase(coder):
    # Decoy: one demonym qualifies the negotiators; no second party is named in the sentence.
    text = "Brussels hosted Serbian negotiators on Monday, with the EU envoy urging both sides to compromise."
    coded = coder.code_text(text, date=dt.date(2023, 5, 10), lang="en")
    assert not any(e.target is not None and e.target.actor.country == "XKX" for e in coded.events)
