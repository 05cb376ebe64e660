"""What the store writes for one article, as one serialisable record.

A ``CodedArticle`` holds spaCy-backed records; a ``StorableArticle`` holds only
what the store keeps (metadata, sentences, mention rows, the events' contract
records), as plain values, so that it can cross a process boundary or sit in
a Parquet file between a batch worker and the store (``scale/``) and be
written later exactly as if it had been coded in place.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from typing import Any

from ..export.jsonl import EventRecord, event_record
from ..records import Article, CodedArticle, Event

SentenceRow = tuple[int, int, str]  # start, end, text
ActorRow = tuple  # sentence_index, start, end, text, code, country, organization, sector, entity, how
PlaceRow = tuple  # sentence_index, start, end, text, name, country, lat, lon, feature, geonameid


def content_hash(article: Article) -> str:
    """What decides whether an article changed: its text, title, date and language."""
    digest = hashlib.sha256()
    for part in (article.text, article.title or "", article.published.isoformat() if article.published else "", article.lang or ""):
        digest.update(part.encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class StorableEvent:
    record: EventRecord  # as `diurna code --format jsonl` prints it
    place_name: str | None  # the gazetteer's name of the event's place ("Brussels" for "Bruxelles")
    place_in_sentence: bool  # False when the place is only the dateline's


@dataclass(frozen=True, slots=True)
class StorableArticle:
    id: str
    url: str | None
    title: str | None
    published: str | None
    language: str
    text: str
    content_hash: str
    sentences: tuple[SentenceRow, ...]
    actors: tuple[ActorRow, ...]
    places: tuple[PlaceRow, ...]
    events: tuple[StorableEvent, ...]

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> "StorableArticle":
        data: dict[str, Any] = json.loads(text)
        return cls(
            **{key: data[key] for key in ("id", "url", "title", "published", "language", "text", "content_hash")},
            sentences=tuple(tuple(row) for row in data["sentences"]),  # type: ignore[misc]
            actors=tuple(tuple(row) for row in data["actors"]),
            places=tuple(tuple(row) for row in data["places"]),
            events=tuple(StorableEvent(**event) for event in data["events"]),
        )


def _place_in_sentence(event: Event, coded: CodedArticle) -> bool:
    """Whether the event's place is named inside the event's own sentence (not only in the dateline)."""
    if event.location is None:
        return False
    if event.sentence_index >= len(coded.sentences):
        return True  # no sentence spans to tell: trust the coder
    sentence = coded.sentences[event.sentence_index]
    return sentence.start <= event.location.span.start and event.location.span.end <= sentence.end


def storable(coded: CodedArticle) -> StorableArticle:
    article = coded.article
    return StorableArticle(
        id=article.id,
        url=article.url,
        title=article.title,
        published=article.published.isoformat() if article.published else None,
        language=coded.language,
        text=article.text,
        content_hash=content_hash(article),
        sentences=tuple((s.start, s.end, s.text) for s in coded.sentences),
        actors=tuple(
            (m.sentence_index, m.span.start, m.span.end, m.span.text, m.actor.code, m.actor.country,
             m.actor.organization, m.actor.sector, m.actor.entity, m.actor.how)
            for m in coded.actors
        ),
        places=tuple(
            (m.sentence_index, m.span.start, m.span.end, m.span.text,
             *((m.place.name, m.place.country, m.place.lat, m.place.lon, m.place.feature, m.place.geonameid)
               if m.place else (None,) * 6))
            for m in coded.places
        ),
        events=tuple(
            StorableEvent(
                event_record(e),
                e.location.place.name if e.location is not None and e.location.place is not None else None,
                _place_in_sentence(e, coded),
            )
            for e in coded.events
        ),
    )
