"""A bare surname names a known person only when the article backs it (actors/surnames.py): its full
name written, the person's state or organisation named, a title of theirs before it, or a head of
state or government whose surname is not a common one. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt


def _mentions(coder, text: str, day: str, lang: str = "en") -> list[tuple[str, str | None, str | None, str | None]]:
    coded = coder.code_text(text, date=dt.date.fromisoformat(day), lang=lang)
    return [(m.span.text, m.actor.country, m.actor.sector, m.actor.entity) for m in coded.actors]


def _named(mentions, word: str):
    return [m for m in mentions if m[0] == word]


def test_a_common_surname_alone_is_no_foreign_head_of_state(coder):
    # Xiomara Castro heads Honduras in 2024; an article on Cuba never names her.
    mentions = _mentions(coder, "Castro criticised the government in Havana on Monday, state television said.", "2024-03-04")
    assert not [m for m in mentions if m[1] == "HND"]


def test_the_same_surname_after_the_full_name_is_that_person(coder):
    # Decoy: the article names her in full first.
    mentions = _mentions(
        coder, "Honduran President Xiomara Castro arrived in Madrid on Monday. Castro met business leaders on Tuesday.", "2024-03-04"
    )
    assert ("HND", "GOV") in [m[1:3] for m in _named(mentions, "Castro")]


def test_a_surname_is_its_bearer_when_the_article_names_the_state(coder):
    mentions = _mentions(coder, "Castro visited a hospital in Tegucigalpa, the Honduran capital, on Friday.", "2024-03-04")
    assert ("HND", "GOV") in [m[1:3] for m in _named(mentions, "Castro")]


def test_a_language_named_english_is_no_prime_minister(coder):
    # Bill English was New Zealand's prime minister in 2017; "English" here is a language.
    mentions = _mentions(coder, "The envoy, who speaks Arabic and English, landed in Khartoum on Tuesday.", "2017-05-02")
    assert not [m for m in mentions if m[1] == "NZL"]


def test_another_person_of_the_name_written_in_full_keeps_the_holder_away(coder):
    # Jimmy Morales led Guatemala on that day; the article is about Evo Morales.
    mentions = _mentions(
        coder, "Evo Morales flew to Mexico City on Tuesday. On arrival, Morales thanked the Mexican government for its welcome.", "2019-11-12"
    )
    assert not [m for m in mentions if m[1] == "GTM"]
    assert ("BOL",) in [m[1:2] for m in _named(mentions, "Morales")]


def test_a_title_before_the_surname_backs_it(coder):
    mentions = _mentions(coder, "President Ruto met Ugandan officials in Kampala on Monday.", "2024-03-04")
    assert ("KEN", "GOV") in [m[1:3] for m in _named(mentions, "Ruto")]


def test_a_head_of_government_with_a_rare_surname_stands_alone(coder):
    mentions = _mentions(coder, "In parliament on Wednesday, Sunak defended the plan.", "2023-02-22")
    assert ("GBR", "GOV") in [m[1:3] for m in _named(mentions, "Sunak")]


def test_a_former_holder_alone_needs_the_full_name(coder):
    # Stephen Smith was an Australian minister until 2010: a Smith quoted in 2021 is no one known.
    mentions = _mentions(coder, "Smith said the factory in Ohio would close next year.", "2021-08-04")
    assert not [m for m in mentions if m[1] == "AUS"]


def test_a_french_surname_after_the_full_name_still_resolves(coder):
    mentions = _mentions(
        coder, "Le Premier ministre Pedro Sánchez est arrivé à Rabat. Jeudi, M. Sánchez a rencontré le roi.", "2024-03-04", "fr"
    )
    assert ("ESP", "GOV") in [m[1:3] for m in _named(mentions, "M. Sánchez")]
