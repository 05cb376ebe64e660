"""The contract's event record as the events table keeps it: the columns, and the rest compact.

Most of an event's record is already in its row's columns (ids, date, code, actors' countries,
place, confidence) or in its sentence's row (the sentence's text). Kept whole beside them, the
record made the event row about 1 KB, three to a page: most of the pages a write transaction
dirtied were event rows. Since schema version 6 the ``record`` column holds only what the
columns do not, as a JSON array (``COMPACT``), and the record is rebuilt on reading, key for key
and value for value, as `diurna code --format jsonl` printed it.

A record that would not come back identical from that form (keys other than the contract's or
in another order, values whose type a column would change: an integer Goldstein value in a REAL
column, a negation that is not a boolean) is kept whole, as a JSON object, as before version 6.
Stores written before version 6 hold only such objects; both forms are read.
"""

from __future__ import annotations

import json
import math
from typing import Any

import orjson

from ..export.jsonl import EventRecord

RECORD_KEYS = ("event_id", "article_id", "language", "sentence_index", "sentence", "trigger", "source", "target",
               "cameo", "plover", "location", "date", "date_precision", "date_basis", "negated", "confidence")
TRIGGER_KEYS = ("text", "start", "end")
ACTOR_KEYS = ("text", "start", "end", "code", "country", "organization", "sector", "entity")
CAMEO_KEYS = ("code", "root", "name", "quad_class", "goldstein")
PLOVER_KEYS = ("type", "mode", "context")
LOCATION_KEYS = ("name", "country", "lat", "lon", "feature", "geonameid", "start", "end")

# The columns a record is rebuilt from, in ``event_record``'s order: the events row ``e`` and its
# sentence ``s`` (``LEFT JOIN sentences s ON s.id = e.sentence_id``).
RECORD_COLUMNS = ("e.record, e.event_id, e.article_id, e.date, e.date_basis, e.cameo_code, e.cameo_root, e.quad_class,"
                  " e.goldstein, e.plover_type, e.source_country, e.source_organization, e.source_entity,"
                  " e.target_country, e.target_organization, e.target_entity, e.place_country, e.geonameid,"
                  " e.negated, e.confidence, s.text")
RECORD_COLUMN_COUNT = 21
SENTENCE_JOIN = "LEFT JOIN sentences s ON s.id = e.sentence_id"


def stored_record(record: EventRecord, stored_sentence: str | None) -> str:
    """The ``record`` column of an event whose row holds the record's columns as ``BatchWrite`` writes them.

    ``stored_sentence`` is the text of the sentence row the event points to (``None`` when none):
    the record's sentence is left out when it is that text."""
    if not _compactable(record):
        return orjson.dumps(record).decode()
    trigger, source, target, plover, location = (
        record["trigger"], record["source"], record["target"], record["plover"], record["location"])
    sentence = record["sentence"]
    return orjson.dumps((
        record["language"], record["sentence_index"], None if sentence == stored_sentence else sentence,
        trigger["text"], trigger["start"], trigger["end"],
        (source["text"], source["start"], source["end"], source["code"], source["sector"]),
        None if target is None else (target["text"], target["start"], target["end"], target["code"], target["sector"]),
        record["cameo"]["name"],
        None if plover is None else (plover["mode"], plover["context"]),
        None if location is None else (location["name"], location["lat"], location["lon"], location["feature"],
                                       location["start"], location["end"]),
        record["date_precision"],
    )).decode()


def event_record(row: tuple) -> EventRecord:
    """The record from a row that starts with ``RECORD_COLUMNS`` (what follows them is not read)."""
    stored = row[0]
    if stored[0] == "{":
        return json.loads(stored)
    (event_id, article_id, date, basis, code, root, quad_class, goldstein, plover_type, source_country,
     source_organization, source_entity, target_country, target_organization, target_entity, place_country,
     geonameid, negated, confidence, sentence_text) = row[1:RECORD_COLUMN_COUNT]
    (language, sentence_index, sentence, trigger_text, trigger_start, trigger_end, source, target, cameo_name, plover,
     location, precision) = json.loads(stored)
    return {
        "event_id": event_id,
        "article_id": article_id,
        "language": language,
        "sentence_index": sentence_index,
        "sentence": sentence_text if sentence is None else sentence,
        "trigger": {"text": trigger_text, "start": trigger_start, "end": trigger_end},
        "source": _actor(source, source_country, source_organization, source_entity),
        "target": None if target is None else _actor(target, target_country, target_organization, target_entity),
        "cameo": {"code": code, "root": root, "name": cameo_name, "quad_class": quad_class, "goldstein": goldstein},
        "plover": None if plover is None else {"type": plover_type, "mode": plover[0], "context": plover[1]},
        "location": None if location is None else {
            "name": location[0], "country": place_country, "lat": location[1], "lon": location[2],
            "feature": location[3], "geonameid": geonameid, "start": location[4], "end": location[5],
        },
        "date": date,
        "date_precision": precision,
        "date_basis": basis,
        "negated": bool(negated),
        "confidence": confidence,
    }


def stored_location(stored: str, place_country: str | None, geonameid: int | None) -> dict[str, Any] | None:
    """The record's ``location`` from its ``record`` column and its row's place columns."""
    if stored[0] == "{":
        return json.loads(stored)["location"]
    location = json.loads(stored)[10]
    if location is None:
        return None
    return {"name": location[0], "country": place_country, "lat": location[1], "lon": location[2], "feature": location[3],
            "geonameid": geonameid}


def _actor(stored: list, country: str | None, organization: str | None, entity: str | None) -> dict[str, Any]:
    text, start, end, code, sector = stored
    return {"text": text, "start": start, "end": end, "code": code, "country": country, "organization": organization,
            "sector": sector, "entity": entity}


def _compactable(record: EventRecord) -> bool:
    """Whether the compact form and the row's columns give this record back exactly.

    The columns keep text as text, integers as integers and finite floats as floats (a number
    in a TEXT column would come back as text, an integer in a REAL one as a float); the
    negation column is an integer read back as a boolean; the sentence must be text, as its
    absence from the compact form means "the sentence row's text". Written as plain tests, not
    loops over helpers: it runs once per event written."""
    if tuple(record) != RECORD_KEYS:
        return False
    trigger, source, target, cameo, plover, location = (
        record["trigger"], record["source"], record["target"], record["cameo"], record["plover"], record["location"])
    if (type(trigger) is not dict or tuple(trigger) != TRIGGER_KEYS
            or type(source) is not dict or tuple(source) != ACTOR_KEYS
            or type(cameo) is not dict or tuple(cameo) != CAMEO_KEYS):
        return False
    quad_class, goldstein, confidence = cameo["quad_class"], cameo["goldstein"], record["confidence"]
    if (type(record["negated"]) is not bool or type(record["sentence"]) is not str
            or type(confidence) is not float or not -math.inf < confidence < math.inf
            or (quad_class is not None and type(quad_class) is not int)
            or (goldstein is not None and (type(goldstein) is not float or not -math.inf < goldstein < math.inf))):
        return False
    for text in (record["event_id"], record["article_id"], record["date"], record["date_basis"], cameo["code"],
                 cameo["root"], source["country"], source["organization"], source["entity"]):
        if text is not None and type(text) is not str:
            return False
    if target is not None:
        if type(target) is not dict or tuple(target) != ACTOR_KEYS:
            return False
        for text in (target["country"], target["organization"], target["entity"]):
            if text is not None and type(text) is not str:
                return False
    if plover is not None:
        if type(plover) is not dict or tuple(plover) != PLOVER_KEYS or not (plover["type"] is None or type(plover["type"]) is str):
            return False
    if location is not None:
        if type(location) is not dict or tuple(location) != LOCATION_KEYS:
            return False
        country, geonameid = location["country"], location["geonameid"]
        if (country is not None and type(country) is not str) or (geonameid is not None and type(geonameid) is not int):
            return False
    return True
