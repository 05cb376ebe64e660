"""Hostile articles through the coder (issue 10): ``code``, ``places`` and ``actors`` at library level.

Whatever a batch holds, the coder gives one result per article, in order: a
``CodedArticle`` whose every offset points at its own words, or a ``Rejection``
with a reason; and a good article in the batch is coded exactly as when alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diurna.errors import InputError
from diurna.export import event_record
from diurna.ingest import article_from_text
from diurna.records import Article, CodedArticle, Rejection, TextSpan

from .hostile import ENGLISH, FRENCH, hostile_text, noisy_news

ACTOR_KEYS = {"text", "code", "country", "organization", "sector", "entity"}


def assert_span(span: TextSpan, text: str) -> None:
    assert 0 <= span.start <= span.end <= len(text)
    assert text[span.start : span.end] == span.text


def assert_coded(result: CodedArticle, article: Article) -> None:
    """What a coded article owes its text: every span a slice of it, every value in range."""
    text = article.text
    assert result.article is article
    for sentence in result.sentences:
        assert_span(sentence, text)
    assert all(a.end <= b.start for a, b in zip(result.sentences, result.sentences[1:]))
    for mention in result.actors:
        assert_span(mention.span, text)
        assert 0 <= mention.sentence_index < len(result.sentences)
    for mention in result.places:
        assert_span(mention.span, text)
        if mention.place is not None:
            assert -90 <= mention.place.lat <= 90 and -180 <= mention.place.lon <= 180
    for event in result.events:
        assert event.article_id == article.id
        assert 0 <= event.confidence <= 1
        assert event.sentence == result.sentences[event.sentence_index].text
        for span in (event.trigger, event.source.span, event.target.span if event.target else None,
                     event.location.span if event.location else None, event.date.span):
            if span is not None:
                assert_span(span, text)
    assert len({e.event_id for e in result.events}) == len(result.events)


def records(result: CodedArticle) -> list[dict]:
    return [event_record(e) for e in result.events]


@pytest.fixture(scope="module")
def alone(coder) -> dict[str, list[dict]]:
    """The good articles' events when each is coded alone."""
    found = {}
    for article_id, text in (("good-fr", FRENCH), ("good-en", ENGLISH)):
        result = coder.code(article_from_text(text, article_id))
        assert isinstance(result, CodedArticle) and result.events, "the reference articles must give events"
        found[article_id] = records(result)
    return found


hostile_article = st.builds(
    article_from_text,
    hostile_text | noisy_news(),
    st.just("placeholder"),
    published=st.none() | st.dates(),
    lang=st.sampled_from([None, None, "fr", "en", "de"]),
)


@settings(max_examples=200)
@given(st.lists(hostile_article, min_size=1, max_size=4), st.integers(min_value=0, max_value=4), st.sampled_from(["good-fr", "good-en"]))
def test_a_batch_of_hostile_articles_loses_nothing(coder, alone, hostile, position, good_id):
    articles = [
        Article(f"h{i}", a.text, a.segments, a.title, a.published, a.published_basis, a.url, a.lang, a.dateline_place)
        for i, a in enumerate(hostile)
    ]
    good = article_from_text(FRENCH if good_id == "good-fr" else ENGLISH, good_id)
    articles.insert(min(position, len(articles)), good)
    results = list(coder.code_many(articles))
    assert [getattr(r, "article", None) and r.article.id or r.article_id for r in results] == [a.id for a in articles]
    for article, result in zip(articles, results):
        if isinstance(result, Rejection):
            assert result.reason and not result.reason.startswith("internal error"), result
        else:
            assert_coded(result, article)
    assert records(results[articles.index(good)]) == alone[good_id]


def test_named_hostile_articles_are_rejected_with_reasons_and_the_batch_goes_on(coder, alone):
    long_sentence = "La France, " + ", ".join(["l'Allemagne et l'Italie"] * 150) + " ont condamné la Russie."
    cases = {
        "huge-paragraph": ("La France a condamné la Russie " * 4000, "too large: a paragraph of 123999 characters"),
        "surrogate": ("La France a condamné la Russie \ud800.", "invalid text: a lone surrogate"),
        "punctuation": ("!!! ... ??? --- ;;; «» ()", "no text to code"),
        "emoji": ("\U0001f600" * 50, "no text to code"),
        "german": ("Die Bundesregierung hat am Donnerstag neue Sanktionen gegen Russland beschlossen.", "unsupported language: de"),
        "declared-other": (FRENCH, "unsupported language: it"),
    }
    articles = [article_from_text(text, name, lang="it" if name == "declared-other" else None) for name, (text, _) in cases.items()]
    odd = {
        "controls": "La France\x01 a condamné\x1b[0m la\u202e Russie\u200b.\x7f",
        "one-word": "a" * 50_000,
        "many-paragraphs": "\n\n".join(["La France."] * 2000),
        "long-sentence": long_sentence,
        "no-body": "Titre seul\n\n24 mars 2022",
    }
    articles += [article_from_text(text, name) for name, text in odd.items()]
    articles.insert(3, article_from_text(FRENCH, "good-fr"))
    results = {r.article_id if isinstance(r, Rejection) else r.article.id: r for r in coder.code_many(articles)}
    assert len(results) == len(articles)
    for name, (_, reason) in cases.items():
        assert isinstance(results[name], Rejection) and results[name].reason.startswith(reason), results[name]
    for name in odd:
        result = results[name]
        if isinstance(result, Rejection):
            assert result.reason and not result.reason.startswith("internal error"), result
        else:
            assert_coded(result, next(a for a in articles if a.id == name))
    assert records(results["good-fr"]) == alone["good-fr"]


@settings(max_examples=400)
@given(hostile_text.map(lambda s: s[:80]), st.sampled_from([None, "fr", "en"]), st.none() | st.dates(), st.integers(0, 9))
def test_any_actor_text_on_any_date_resolves_or_stays_unknown(coder, text, lang, date, surrogate):
    if surrogate == 0 and text.strip():
        # "\udc80" from a JSON escape: no character, refused rather than crashing the detector.
        with pytest.raises(InputError, match="lone surrogate"):
            coder.resolve_actor(text + "\udc80", lang=lang, date=date)
        return
    found = coder.resolve_actor(text, lang=lang, date=date)
    assert set(found) == ACTOR_KEYS and found["text"] == text
    if found["code"] is None:
        assert found["country"] is None and found["organization"] is None


@pytest.mark.parametrize("date", [dt.date(1, 1, 1), dt.date(1899, 12, 31), dt.date(9999, 12, 31)])
def test_actors_on_dates_far_from_any_term(coder, date):
    found = coder.resolve_actor("le secrétaire général de l'OTAN", lang="fr", date=date)
    assert found["organization"] == "NATO"
    if date.year < 1949:  # before the office existed nobody held it
        assert found["entity"] is None
