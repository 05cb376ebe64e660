"""Output formats over the same events."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from diurna.export import WRITERS, event_record
from diurna.export.csv import COLUMNS


@pytest.fixture(scope="module")
def events(coder):
    text = "La Russie a envahi l'Ukraine. Les Alliés ont condamné l'invasion russe à Bruxelles."
    result = coder.code_text(text, date=dt.date(2022, 3, 24), lang="fr")
    assert result.events
    return result.events


def render(name, events):
    stream = io.StringIO()
    writer = WRITERS[name](stream)
    for event in events:
        writer.write(event_record(event))
    writer.close()
    return stream.getvalue()


def test_jsonl_round_trips(events):
    lines = render("jsonl", events).splitlines()
    assert len(lines) == len(events)
    first = json.loads(lines[0])
    assert first["event_id"] == events[0].event_id and first["cameo"]["code"] == events[0].cameo.code


def test_csv_has_a_header_and_a_row_per_event(events):
    rows = list(csv.DictReader(io.StringIO(render("csv", events))))
    assert len(rows) == len(events)
    assert list(rows[0]) == COLUMNS
    assert rows[0]["source_country"] == (events[0].source.actor.country or "")


def test_plover_records_skip_statements_and_name_the_type(events):
    records = [json.loads(line) for line in render("plover", events).splitlines()]
    assert records and all(r["event_type"] for r in records)
    assert {r["id"] for r in records} <= {e.event_id for e in events}


def test_table_lists_every_event(events):
    text = render("table", events)
    assert f"{len(events)} events" in text
    assert "RUS" in text and "UKR" in text
