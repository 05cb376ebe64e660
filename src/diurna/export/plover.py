"""PLOVER-style records: one JSON object per line with PLOVER's event fields.

Field names follow the PLOVER/POLECAT event record: event type, mode and
context; actor and recipient with their country and sector; place; the
text the event was coded from. Events without a PLOVER type (CAMEO 01x
statements) are not written: PLOVER has no such event.
"""

from __future__ import annotations

import json
from typing import TextIO

from ..records import Event


def plover_record(event: Event) -> dict | None:
    if event.plover is None:
        return None
    location = event.location.place if event.location else None
    return {
        "id": event.event_id,
        "date": event.date.date.isoformat() if event.date.date else None,
        "event_type": event.plover.type,
        "mode": event.plover.mode or "",
        "context": ";".join(event.plover.context),
        "actor": event.source.actor.entity or event.source.span.text,
        "actor_country": event.source.actor.country or event.source.actor.organization,
        "actor_sector": event.source.actor.sector,
        "recipient": (event.target.actor.entity or event.target.span.text) if event.target else None,
        "recipient_country": (event.target.actor.country or event.target.actor.organization) if event.target else None,
        "recipient_sector": event.target.actor.sector if event.target else None,
        "placename": event.location.span.text if event.location else None,
        "place_country": location.country if location else None,
        "latitude": location.lat if location else None,
        "longitude": location.lon if location else None,
        "event_text": event.sentence,
        "story_id": event.article_id,
        "language": event.language,
        "cameo_code": event.cameo.code,
        "negated": event.negated,
        "confidence": event.confidence,
    }


class PloverWriter:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, event: Event) -> None:
        record = plover_record(event)
        if record is not None:
            self.stream.write(json.dumps(record, ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.stream.flush()
