"""Flat CSV: one row per event, the contract's fields with nested objects flattened (``source_country``).

Merged events from the store add their cluster's id and counts in the last columns.
"""

from __future__ import annotations

import csv
from typing import Any, TextIO

from .jsonl import EventRecord

COLUMNS = [
    "event_id", "article_id", "language", "sentence_index", "date", "date_precision", "date_basis",
    "source_text", "source_code", "source_country", "source_organization", "source_sector", "source_entity",
    "trigger_text", "cameo_code", "cameo_root", "cameo_name", "quad_class", "goldstein",
    "plover_type", "plover_mode", "plover_context",
    "target_text", "target_code", "target_country", "target_organization", "target_sector", "target_entity",
    "location_name", "location_country", "lat", "lon", "geonameid",
    "negated", "confidence", "sentence",
    "cluster_id", "num_mentions", "num_articles", "num_sources",
]


def flat_record(record: EventRecord) -> dict[str, Any]:
    row: dict[str, Any] = {key: record[key] for key in ("event_id", "article_id", "language", "sentence_index", "date", "date_precision", "date_basis", "negated", "confidence", "sentence")}
    for role in ("source", "target"):
        actor = record[role] or {}
        for field in ("text", "code", "country", "organization", "sector", "entity"):
            row[f"{role}_{field}"] = actor.get(field)
    row["trigger_text"] = record["trigger"]["text"]
    cameo = record["cameo"]
    row.update(cameo_code=cameo["code"], cameo_root=cameo["root"], cameo_name=cameo["name"], quad_class=cameo["quad_class"], goldstein=cameo["goldstein"])
    plover = record["plover"] or {}
    row.update(plover_type=plover.get("type"), plover_mode=plover.get("mode"), plover_context=";".join(plover.get("context", [])))
    location = record["location"] or {}
    row.update(location_name=location.get("name"), location_country=location.get("country"), lat=location.get("lat"), lon=location.get("lon"), geonameid=location.get("geonameid"))
    cluster = record.get("cluster") or {}
    row.update(cluster_id=cluster.get("id", record.get("cluster_id")), num_mentions=cluster.get("num_mentions"), num_articles=cluster.get("num_articles"), num_sources=cluster.get("num_sources"))
    return row


class CsvWriter:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.writer = csv.DictWriter(stream, fieldnames=COLUMNS, lineterminator="\n")
        self.writer.writeheader()

    def write(self, record: EventRecord) -> None:
        self.writer.writerow({k: ("" if v is None else v) for k, v in flat_record(record).items()})

    def close(self) -> None:
        self.stream.flush()
