"""One write transaction (store/writing.py): a batch stores exactly what the same articles stored one by one would."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3

import pytest

from diurna.store import Store, StorableArticle
from diurna.store.schema import VERSION
from diurna.store.storable import StorableEvent
from diurna.store.writing import MEMBER_COLUMNS

from .support import store_at_version

SENTENCE = "One government accused another of shelling the border town."
ACTORS = ["RUS", "UKR", "FRA", "NATO"]
ROOTS = [("111", "11", 3, -2.0), ("190", "19", 4, -10.0), ("195", "19", 4, -10.0), ("036", "03", 1, 4.0)]
PLACES = [("Kharkiv", "UKR", 49.99, 36.23, "city", 706483), ("Odesa", "UKR", 46.48, 30.73, "city", 698740),
          ("Ukraine", "UKR", 49.0, 32.0, "country", 690791), None]


def actor(key: str, start: int) -> dict:
    organization = key if key == "NATO" else None
    return {"text": key, "start": start, "end": start + len(key), "code": key, "country": None if organization else key,
            "organization": organization, "sector": "GOV", "entity": None}


def synthetic(number: int, rng: random.Random, text: str = SENTENCE, acts: list | None = None) -> StorableArticle:
    """An article of one to three events drawn from a small world, so that many reports share an act."""
    events = []
    for position in range(rng.randint(1, 3)):
        source, target = rng.sample(ACTORS, 2)
        code, root, quad, goldstein = rng.choice(ROOTS)
        place = rng.choice(PLACES)
        date = dt.date(2022, 3, 1) + dt.timedelta(days=rng.randrange(6))
        basis = rng.choice(["text", "article"])
        record = {
            "event_id": f"a{number}-{position}", "article_id": f"a{number}", "language": "en", "sentence_index": 0,
            "sentence": text, "trigger": {"text": "accused", "start": 15, "end": 22},
            "source": actor(source, 0), "target": actor(target, 23),
            "cameo": {"code": code, "root": root, "name": "test", "quad_class": quad, "goldstein": goldstein},
            "plover": {"type": "ACCUSE", "mode": None, "context": []},
            "location": None if place is None else dict(zip(("name", "country", "lat", "lon", "feature", "geonameid"), place),
                                                         start=50, end=54),
            "date": date.isoformat(), "date_precision": "day", "date_basis": basis,
            "negated": rng.random() < 0.1, "confidence": round(rng.uniform(0.5, 0.9), 3),
        }
        events.append(StorableEvent(record, place[0] if place else None, rng.random() < 0.8))
    return StorableArticle(
        id=f"a{number}", url=f"https://outlet{number % 4}.example/{number}", title=None, published="2022-03-07",
        language="en", text=text, content_hash=f"hash-{number}-{len(text)}", sentences=((0, len(text), text),),
        actors=((0, 0, 3, "RUS", "RUS", "RUS", None, "GOV", None, "name"),), places=(), events=tuple(events),
    )


def snapshot(store: Store) -> dict:
    """What a reader can see: rows per table, and each cluster as its set of reports and its summary."""
    connection = store.connection
    clusters = {}
    for cluster_id, *summary in connection.execute(
        "SELECT id, num_mentions, num_articles, num_sources, date, date_basis, code, place_name, confidence, representative FROM clusters"
    ):
        members = frozenset(r[0] for r in connection.execute("SELECT event_id FROM events WHERE cluster_id = ?", (cluster_id,)))
        clusters[members] = tuple(summary)
    return {"counts": store.counts(), "clusters": clusters,
            "fts": connection.execute("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'shelling'").fetchone()[0]}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_one_batch_stores_what_one_by_one_stores(tmp_path, seed):
    rng = random.Random(seed)
    articles = [synthetic(n, rng) for n in range(60)]
    # Within the batch: one article again unchanged, one replaced by a new version.
    articles.append(articles[5])
    articles.append(synthetic(7, random.Random(seed + 100), text=SENTENCE + " Again."))
    with Store.open(tmp_path / "batch.db") as batch, Store.open(tmp_path / "single.db") as single:
        outcomes = batch.add_many(articles)
        assert outcomes == [single.add(article) for article in articles]
        assert outcomes[-2:] == ["unchanged", "replaced"]
        assert snapshot(batch) == snapshot(single)
        assert len(snapshot(batch)["clusters"]) < sum(len(a.events) for a in articles[:-2])  # reports did merge
        assert batch.integrity() == "ok"


@pytest.mark.parametrize("seed", [4, 5])
def test_a_batch_that_replaces_stored_articles_stores_what_one_by_one_stores(tmp_path, seed):
    """Replacements amid new reports of the same acts: clusters lose the old events, keep the new ones."""
    rng = random.Random(seed)
    first = [synthetic(n, rng) for n in range(40)]
    second = [synthetic(n, rng) for n in range(40, 70)]
    changed = random.Random(seed + 50)
    for position, number in ((5, 3), (12, 17), (20, 31), (29, 3)):
        second.insert(position, synthetic(number, changed, text=SENTENCE + f" Version {position}."))
    with Store.open(tmp_path / "batch.db") as batch, Store.open(tmp_path / "single.db") as single:
        batch.add_many(first)
        outcomes = batch.add_many(second)
        assert [single.add(article) for article in first] == ["added"] * 40
        assert outcomes == [single.add(article) for article in second]
        assert outcomes.count("replaced") == 4
        assert snapshot(batch) == snapshot(single)
        assert batch.integrity() == "ok"


def test_a_stream_is_stored_in_batches_with_every_outcome(tmp_path):
    rng = random.Random(9)
    articles = [synthetic(n, rng) for n in range(25)]
    with Store.open(tmp_path / "stream.db") as store, Store.open(tmp_path / "single.db") as single:
        outcomes = list(store.add_stream(articles + articles[:3], batch_size=7))
        assert [article_id for article_id, _ in outcomes] == [a.id for a in articles + articles[:3]]
        assert [outcome for _, outcome in outcomes] == ["added"] * 25 + ["unchanged"] * 3
        for article in articles:
            single.add(article)
        assert snapshot(store) == snapshot(single)


def plan(connection: sqlite3.Connection, sql: str) -> str:
    return " / ".join(row[-1] for row in connection.execute("EXPLAIN QUERY PLAN " + sql))


def test_the_batch_reads_use_indexes(tmp_path):
    """The batch's reads go through indexes; a scan of clusters or events would grow with the store."""
    with Store.open(tmp_path / "plan.db") as store:
        store.add_many([synthetic(0, random.Random(0))])
        connection = store.connection
        lookup = plan(connection, "SELECT c.id FROM temp.batch_blocks k CROSS JOIN clusters c ON c.source_key = k.source_key"
                                  " AND c.target_key = k.target_key AND c.root = k.root AND c.negated = k.negated"
                                  " AND (k.low IS NULL OR c.date IS NULL OR c.date BETWEEN k.low AND k.high)")
        assert "SEARCH c USING" in lookup and "INDEX clusters_block (source_key=? AND target_key=? AND root=? AND negated=?" in lookup
        members = plan(connection, f"SELECT {MEMBER_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id"
                                   " WHERE e.cluster_id = 1")
        assert "SEARCH e USING INDEX events_cluster" in members


def test_a_version_2_store_migrates_and_the_dyad_aggregation_reads_one_index(tmp_path):
    with Store.open(store_at_version(tmp_path / "v2.db", 2)) as store:
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == VERSION
        indexes = {row[0] for row in store.connection.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert "events_dyad" not in indexes and "clusters_dyad" not in indexes
        dyads = plan(store.connection, "SELECT c.source_key, c.target_key, count(*), avg(c.goldstein) FROM clusters c"
                                       " WHERE c.target_key != '' GROUP BY c.source_key, c.target_key")
        assert "COVERING INDEX clusters_block" in dyads
