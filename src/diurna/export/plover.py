"""PLOVER-style records: one JSON object per line with PLOVER's event fields.

Field names follow the PLOVER/POLECAT event record: event type, mode and
context; actor and recipient with their country and sector; place; the
text the event was coded from. Events without a PLOVER type (CAMEO 01x
statements) are not written: PLOVER has no such event. A merged event from
the store also carries its counts of mentions, articles and sources.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from .jsonl import EventRecord


def _who(actor: dict[str, Any] | None) -> tuple[Any, Any, Any]:
    if actor is None:
        return None, None, None
    return actor["entity"] or actor["text"], actor["country"] or actor["organization"], actor["sector"]


def plover_record(record: EventRecord) -> dict[str, Any] | None:
    plover = record["plover"]
    if plover is None:
        return None
    location = record["location"] or {}
    actor, actor_country, actor_sector = _who(record["source"])
    recipient, recipient_country, recipient_sector = _who(record["target"])
    result = {
        "id": record["event_id"],
        "date": record["date"],
        "event_type": plover["type"],
        "mode": plover["mode"] or "",
        "context": ";".join(plover["context"]),
        "actor": actor,
        "actor_country": actor_country,
        "actor_sector": actor_sector,
        "recipient": recipient,
        "recipient_country": recipient_country,
        "recipient_sector": recipient_sector,
        "placename": location.get("name"),
        "place_country": location.get("country"),
        "latitude": location.get("lat"),
        "longitude": location.get("lon"),
        "event_text": record["sentence"],
        "story_id": record["article_id"],
        "language": record["language"],
        "cameo_code": record["cameo"]["code"],
        "negated": record["negated"],
        "confidence": record["confidence"],
    }
    cluster = record.get("cluster")
    if cluster is not None:
        result.update(
            cluster_id=cluster["id"], num_mentions=cluster["num_mentions"],
            num_articles=cluster["num_articles"], num_sources=cluster["num_sources"],
            mention_ids=cluster["event_ids"],
        )
    return result


class PloverWriter:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, record: EventRecord) -> None:
        plover = plover_record(record)
        if plover is not None:
            self.stream.write(json.dumps(plover, ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.stream.flush()
