"""An article as the page highlights it: its text, its events, and the spans of its actors,
places and triggers, all offsets into the text (Python characters, ``end`` exclusive).

``POST /code`` builds it from a freshly coded article, ``GET /articles/{id}`` from the
store; both give the same shape, so the page has one renderer.
"""

from __future__ import annotations

from typing import Any, Iterable

from ..export import EventRecord, event_record
from ..records import CodedArticle

ACTOR_FIELDS = ("code", "country", "organization", "sector", "entity", "how")
PLACE_FIELDS = ("name", "country", "lat", "lon", "feature", "geonameid")


def trigger_spans(records: Iterable[EventRecord]) -> list[dict[str, Any]]:
    """One span per trigger, with the events it gives (one trigger may give an event per actor pair)."""
    triggers: dict[tuple[int, int], dict[str, Any]] = {}
    for record in records:
        trigger, cameo = record["trigger"], record["cameo"]
        span = triggers.setdefault((trigger["start"], trigger["end"]), {
            "sentence_index": record["sentence_index"], "start": trigger["start"], "end": trigger["end"],
            "text": trigger["text"], "code": cameo["code"], "name": cameo["name"], "quad_class": cameo["quad_class"],
            "event_ids": [],
        })
        span["event_ids"].append(record["event_id"])
    return sorted(triggers.values(), key=lambda span: (span["start"], span["end"]))


def article_view(
    article: dict[str, Any], events: list[EventRecord], spans: dict[str, list[dict[str, Any]]]
) -> dict[str, Any]:
    """The shape both routes answer with: ``article``, ``events`` and ``spans``
    (``sentences``, ``actors``, ``places``, ``triggers``)."""
    return {"article": article, "events": events, "spans": {**spans, "triggers": trigger_spans(events)}}


def coded_view(coded: CodedArticle) -> dict[str, Any]:
    """The page's view of an article just coded (nothing stored)."""
    article = coded.article
    actors = [
        {"sentence_index": m.sentence_index, "start": m.span.start, "end": m.span.end, "text": m.span.text,
         **{name: getattr(m.actor, name) for name in ACTOR_FIELDS}}
        for m in coded.actors
    ]
    places = [
        {"sentence_index": m.sentence_index, "start": m.span.start, "end": m.span.end, "text": m.span.text,
         **{name: getattr(m.place, name) if m.place else None for name in PLACE_FIELDS}}
        for m in coded.places
    ]
    sentences = [{"sentence_index": n, "start": s.start, "end": s.end} for n, s in enumerate(coded.sentences)]
    summary = {
        "id": article.id, "url": article.url, "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "language": coded.language, "text": article.text,
    }
    events = [event_record(event) for event in coded.events]
    return article_view(summary, events, {"sentences": sentences, "actors": actors, "places": places})
