"""The contract's event record (INTERFACE.md) and the JSON-lines writer.

Every writer consumes ``EventRecord``s: the published JSON shape of an event,
which the store keeps and gives back unchanged. A record read from the store
may carry one more key, ``cluster``: the merged real-world event it belongs
to (``id``, ``num_mentions``, ``num_articles``, ``num_sources``, ``event_ids``).
"""

from __future__ import annotations

import json
from typing import Any, TextIO, TypeAlias

from ..records import ActorMention, Event, PlaceMention


EventRecord: TypeAlias = dict[str, Any]  # the JSON object of INTERFACE.md's `diurna code --format jsonl`


def actor_record(mention: ActorMention | None) -> dict[str, Any] | None:
    if mention is None:
        return None
    actor = mention.actor
    return {
        "text": mention.span.text,
        "start": mention.span.start,
        "end": mention.span.end,
        "code": actor.code,
        "country": actor.country,
        "organization": actor.organization,
        "sector": actor.sector,
        "entity": actor.entity,
    }


def location_record(mention: PlaceMention | None) -> dict[str, Any] | None:
    if mention is None or mention.place is None:
        return None
    place = mention.place
    return {
        "name": mention.span.text,
        "country": place.country,
        "lat": place.lat,
        "lon": place.lon,
        "feature": place.feature,
        "geonameid": place.geonameid,
        "start": mention.span.start,
        "end": mention.span.end,
    }


def event_record(event: Event) -> EventRecord:
    return {
        "event_id": event.event_id,
        "article_id": event.article_id,
        "language": event.language,
        "sentence_index": event.sentence_index,
        "sentence": event.sentence,
        "trigger": {"text": event.trigger.text, "start": event.trigger.start, "end": event.trigger.end},
        "source": actor_record(event.source),
        "target": actor_record(event.target),
        "cameo": {
            "code": event.cameo.code,
            "root": event.cameo.root,
            "name": event.cameo.name,
            "quad_class": event.cameo.quad_class,
            "goldstein": event.cameo.goldstein,
        },
        "plover": None
        if event.plover is None
        else {"type": event.plover.type, "mode": event.plover.mode, "context": list(event.plover.context)},
        "location": location_record(event.location),
        "date": event.date.date.isoformat() if event.date.date else None,
        "date_precision": event.date.precision,
        "date_basis": event.date.basis,
        "negated": event.negated,
        "confidence": event.confidence,
    }


class JsonlWriter:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, record: EventRecord) -> None:
        self.stream.write(json.dumps(record, ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.stream.flush()
