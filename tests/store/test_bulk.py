"""A large stream drops the deferred indexes while it writes and builds them at its end (Store.add_stream)."""

from __future__ import annotations

import dataclasses
import random
import re
import sqlite3

import pytest

from diurna.errors import StoreError
from diurna.store import EventQuery, MergeRules, Store, stats
from diurna.store.schema import DEFERRED_INDEXES, VERSION, missing_deferred_indexes
from diurna.store.writing import BatchWrite

from .support import store_at_version
from .test_writing import snapshot, synthetic


def indexes(store: Store) -> set[str]:
    return {row[0] for row in store.connection.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


def test_the_deferred_indexes_are_the_ones_the_migrations_make(tmp_path):
    """DEFERRED_INDEXES rebuilds exactly what a migrated store has: same names, same definitions."""
    path = store_at_version(tmp_path / "migrated.db", VERSION)
    with Store.open(path) as store:
        made = dict(store.connection.execute(
            f"SELECT name, sql FROM sqlite_master WHERE name IN ({','.join('?' * len(DEFERRED_INDEXES))})", list(DEFERRED_INDEXES)))
    assert {name: re.sub(r"\s+", " ", sql) for name, sql in made.items()} == DEFERRED_INDEXES


def test_a_large_stream_stores_what_small_batches_store_and_ends_with_every_index(tmp_path):
    rng = random.Random(11)
    articles = [synthetic(n, rng) for n in range(80)]
    articles.insert(50, synthetic(9, random.Random(99), text="Another version of the ninth article."))  # a replacement in bulk
    with Store.open(tmp_path / "bulk.db") as bulk, Store.open(tmp_path / "plain.db") as plain:
        seen = []
        for _pair in bulk.add_stream(articles, batch_size=10, bulk_after=30):
            seen.append(missing_deferred_indexes(bulk.connection))
        for _pair in plain.add_stream(articles, batch_size=10, bulk_after=10**9):
            pass
        assert seen[0] == [] and seen[-1] == list(DEFERRED_INDEXES)  # dropped once 30 events were written
        assert missing_deferred_indexes(bulk.connection) == []
        assert indexes(bulk) == indexes(plain)
        assert snapshot(bulk) == snapshot(plain)
        assert stats.timeline(bulk.connection) == stats.timeline(plain.connection)
        assert bulk.integrity() == "ok"


def test_a_stream_into_a_larger_store_keeps_its_indexes(tmp_path):
    """Dropping pays only when the build reads little more than the stream wrote."""
    rng = random.Random(12)
    with Store.open(tmp_path / "store.db") as store:
        store.add_many([synthetic(n, rng) for n in range(60)])
        held = store.counts()["events"]
        for _pair in store.add_stream([synthetic(n, rng) for n in range(60, 80)], batch_size=5, bulk_after=1):
            assert missing_deferred_indexes(store.connection) == []
        assert store.counts()["events"] < 2 * held


def test_a_stream_left_early_builds_the_indexes(tmp_path):
    rng = random.Random(13)
    with Store.open(tmp_path / "store.db") as store:
        stream = store.add_stream([synthetic(n, rng) for n in range(40)], batch_size=5, bulk_after=10)
        for _count, _pair in zip(range(25), stream):
            pass
        assert missing_deferred_indexes(store.connection) == list(DEFERRED_INDEXES)
        stream.close()
        assert missing_deferred_indexes(store.connection) == []
        assert store.counts()["articles"] == 25


def test_a_merge_killed_in_bulk_leaves_a_store_that_answers_and_the_next_writer_rebuilds(tmp_path):
    """As a process killed mid-stream leaves it: committed batches, no deferred indexes."""
    path = tmp_path / "store.db"
    rng = random.Random(14)
    with Store.open(path) as store:
        store.add_many([synthetic(n, rng) for n in range(30)])
        expected = list(store.events(EventQuery(actor="RUS")))
        for name in DEFERRED_INDEXES:
            store.connection.execute(f"DROP INDEX {name}")
    with Store.open(path, readonly=True) as reader:
        assert list(reader.events(EventQuery(actor="RUS"))) == expected  # slower, still right
        assert missing_deferred_indexes(reader.connection) == list(DEFERRED_INDEXES)
    with Store.open(path) as writer:
        assert missing_deferred_indexes(writer.connection) == []
        assert list(writer.events(EventQuery(actor="RUS"))) == expected


def test_an_index_that_cannot_be_built_is_a_store_error(tmp_path):
    rng = random.Random(15)
    with Store.open(tmp_path / "store.db") as store:
        stream = store.add_stream([synthetic(n, rng) for n in range(20)], batch_size=5, bulk_after=5)
        for _count, _pair in zip(range(15), stream):
            pass
        store.connection.execute("CREATE TABLE events_date (x)")  # takes the index's name while it is dropped
        with pytest.raises(StoreError, match="cannot change the indexes.*events_date"):
            for _pair in stream:
                pass


def _with_event_ids(article, ids: list[str]):
    events = tuple(dataclasses.replace(event, record=event.record | {"event_id": event_id})
                   for event, event_id in zip(article.events, ids))
    return dataclasses.replace(article, events=events)


def test_an_event_id_written_twice_in_bulk_ends_as_insert_or_replace_leaves_it(tmp_path):
    """Records not made by diurna's coder may repeat an id across articles: the later row stays, in both paths."""
    rng = random.Random(16)
    articles = [synthetic(n, rng) for n in range(40)]
    repeated = articles[3].events[0].record["event_id"]
    articles[30] = _with_event_ids(articles[30], [repeated] + [e.record["event_id"] for e in articles[30].events[1:]])
    with Store.open(tmp_path / "bulk.db") as bulk, Store.open(tmp_path / "plain.db") as plain:
        for _pair in bulk.add_stream(articles, batch_size=5, bulk_after=10):
            pass
        for _pair in plain.add_stream(articles, batch_size=5, bulk_after=10**9):
            pass
        assert missing_deferred_indexes(bulk.connection) == []
        assert bulk.event(repeated)["article_id"] == plain.event(repeated)["article_id"] == "a30"
        assert bulk.counts() == plain.counts()
        assert [e["event_id"] for e in bulk.events()] == [e["event_id"] for e in plain.events()]


def test_a_version_3_store_keeps_its_events_when_their_id_becomes_an_index(tmp_path):
    """Version 4 moves the event id from the table's key to a unique index: rows, order and answers stay."""
    rng = random.Random(17)
    articles = [synthetic(n, rng) for n in range(30)]
    old = store_at_version(tmp_path / "old.db", 3)
    connection = sqlite3.connect(old, isolation_level=None)
    connection.execute("PRAGMA foreign_keys=ON")
    cursor = connection.cursor()
    cursor.execute("BEGIN IMMEDIATE")
    BatchWrite(cursor, MergeRules()).write(articles)  # the same columns in version 3
    cursor.execute("COMMIT")
    connection.close()
    with Store.open(old) as migrated, Store.open(tmp_path / "new.db") as new:
        new.add_many(articles)
        assert "events_id" in indexes(migrated)
        assert migrated.connection.execute("PRAGMA table_info(events)").fetchall() == new.connection.execute("PRAGMA table_info(events)").fetchall()
        assert snapshot(migrated) == snapshot(new)
        assert list(migrated.events()) == list(new.events())
        assert list(migrated.clusters()) == list(new.clusters())
        assert migrated.event("a4-0") == new.event("a4-0") is not None
        assert migrated.integrity() == "ok"
