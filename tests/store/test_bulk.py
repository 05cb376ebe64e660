"""A large stream drops the query indexes while it writes and builds them at its end (Store.add_stream)."""

from __future__ import annotations

import random
import re

import pytest

from diurna.errors import StoreError
from diurna.store import EventQuery, Store, stats
from diurna.store.schema import QUERY_INDEXES, VERSION, missing_query_indexes

from .support import store_at_version
from .test_writing import snapshot, synthetic


def indexes(store: Store) -> set[str]:
    return {row[0] for row in store.connection.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


def test_the_query_indexes_are_the_ones_the_migrations_make(tmp_path):
    """QUERY_INDEXES rebuilds exactly what a migrated store has: same names, same definitions."""
    path = store_at_version(tmp_path / "migrated.db", VERSION)
    with Store.open(path) as store:
        made = dict(store.connection.execute(
            f"SELECT name, sql FROM sqlite_master WHERE name IN ({','.join('?' * len(QUERY_INDEXES))})", list(QUERY_INDEXES)))
    assert {name: re.sub(r"\s+", " ", sql) for name, sql in made.items()} == QUERY_INDEXES


def test_a_large_stream_stores_what_small_batches_store_and_ends_with_every_index(tmp_path):
    rng = random.Random(11)
    articles = [synthetic(n, rng) for n in range(80)]
    articles.insert(50, synthetic(9, random.Random(99), text="Another version of the ninth article."))  # a replacement in bulk
    with Store.open(tmp_path / "bulk.db") as bulk, Store.open(tmp_path / "plain.db") as plain:
        seen = []
        for _pair in bulk.add_stream(articles, batch_size=10, bulk_after=30):
            seen.append(missing_query_indexes(bulk.connection))
        for _pair in plain.add_stream(articles, batch_size=10, bulk_after=10**9):
            pass
        assert seen[0] == [] and seen[-1] == list(QUERY_INDEXES)  # dropped once 30 events were written
        assert missing_query_indexes(bulk.connection) == []
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
            assert missing_query_indexes(store.connection) == []
        assert store.counts()["events"] < 2 * held


def test_a_stream_left_early_builds_the_indexes(tmp_path):
    rng = random.Random(13)
    with Store.open(tmp_path / "store.db") as store:
        stream = store.add_stream([synthetic(n, rng) for n in range(40)], batch_size=5, bulk_after=10)
        for _count, _pair in zip(range(25), stream):
            pass
        assert missing_query_indexes(store.connection) == list(QUERY_INDEXES)
        stream.close()
        assert missing_query_indexes(store.connection) == []
        assert store.counts()["articles"] == 25


def test_a_merge_killed_in_bulk_leaves_a_store_that_answers_and_the_next_writer_rebuilds(tmp_path):
    """As a process killed mid-stream leaves it: committed batches, no query indexes."""
    path = tmp_path / "store.db"
    rng = random.Random(14)
    with Store.open(path) as store:
        store.add_many([synthetic(n, rng) for n in range(30)])
        expected = list(store.events(EventQuery(actor="RUS")))
        for name in QUERY_INDEXES:
            store.connection.execute(f"DROP INDEX {name}")
    with Store.open(path, readonly=True) as reader:
        assert list(reader.events(EventQuery(actor="RUS"))) == expected  # slower, still right
        assert missing_query_indexes(reader.connection) == list(QUERY_INDEXES)
    with Store.open(path) as writer:
        assert missing_query_indexes(writer.connection) == []
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
