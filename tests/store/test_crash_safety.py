"""Crash safety (issue 10): `diurna ingest` killed with SIGKILL mid-batch, several times, then run to the end.

A corpus of 60 small articles (the first paragraphs of the bundled examples,
under distinct ids) is ingested by a real process that is killed at random
moments once it has started writing; after each kill the store on disk is
checked, and after a last run to completion it must equal a clean single run
into a fresh store. What "whole" means comes from the schema
(``store/schema.py``): an article row with all its sentences, mentions and
events, or none of them; every event in a cluster that counts it once.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from diurna.ingest import read_inputs
from diurna.store import MergeRules, Store
from diurna.store.ingesting import ingest

from ..conftest import EXAMPLES

ARTICLES = 60
KILLS = 3
DIURNA = [sys.executable, "-m", "diurna.cli"]
# Rows that belong to one article: all of them are written in its transaction, or none.
PER_ARTICLE = ("sentences", "actor_mentions", "place_mentions", "events")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    texts = []
    for path in sorted(EXAMPLES.glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                texts.append((record["text"], record.get("date")))
    texts.append(((EXAMPLES / "otan-g7-2022-03-24.txt").read_text("utf-8"), "2022-03-24"))
    path = tmp_path_factory.mktemp("crash") / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for number in range(ARTICLES):
            text, date = texts[number % len(texts)]
            small = "\n\n".join([p for p in text.split("\n\n") if p.strip()][:3])[:1500]
            handle.write(json.dumps({"id": f"crash-{number:02d}", "text": small, "date": date or "2022-03-24"}, ensure_ascii=False) + "\n")
    return path


@pytest.fixture(scope="module")
def clean(coder, corpus, tmp_path_factory) -> Path:
    """The reference: one uninterrupted run into a fresh store (in process, through the same ``ingest``)."""
    config = coder.config
    path = tmp_path_factory.mktemp("clean") / "clean.db"
    rules = MergeRules(config.cluster_window_days, config.cluster_article_window_days, config.same_place_km)
    with Store.open(path, rules) as store:
        report = ingest(coder, store, read_inputs([str(corpus)], max_bytes=config.max_article_bytes))
    assert report.added == ARTICLES and not report.rejections
    return path


def environment() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("DIURNA_CONFIG", "DIURNA_DB")}


def stored_articles(path: Path) -> int:
    if not path.exists():
        return 0
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)) as connection:
        if not connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'articles'").fetchone():
            return 0  # the first run has not migrated the store yet
        return connection.execute("SELECT count(*) FROM articles").fetchone()[0]


def per_article(connection: sqlite3.Connection) -> dict[str, tuple[int, ...]]:
    counts = {article_id: [] for (article_id,) in connection.execute("SELECT id FROM articles")}
    for table in PER_ARTICLE:
        found = dict(connection.execute(f"SELECT article_id, count(*) FROM {table} GROUP BY article_id"))
        for article_id, row in counts.items():
            row.append(found.get(article_id, 0))
    return {article_id: tuple(row) for article_id, row in counts.items()}


def check_whole(path: Path, reference: dict[str, tuple[int, ...]]) -> dict[str, tuple[int, ...]]:
    """Integrity, whole articles only, no orphan, every cluster counting its events once; the per-article counts."""
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        connection.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')")  # raises when the index is off
        for table in PER_ARTICLE:
            orphans = connection.execute(f"SELECT count(*) FROM {table} WHERE article_id NOT IN (SELECT id FROM articles)").fetchone()[0]
            assert orphans == 0, f"{orphans} {table} rows without their article"
        assert connection.execute("SELECT count(*) FROM sentences_fts").fetchone() == connection.execute("SELECT count(*) FROM sentences").fetchone()
        assert connection.execute(
            "SELECT count(*) FROM events WHERE cluster_id IS NULL OR cluster_id NOT IN (SELECT id FROM clusters)"
        ).fetchone()[0] == 0
        miscounted = connection.execute(
            "SELECT c.id, c.num_mentions, count(e.event_id), c.num_articles, count(DISTINCT e.article_id) FROM clusters c"
            " LEFT JOIN events e ON e.cluster_id = c.id GROUP BY c.id"
            " HAVING c.num_mentions != count(e.event_id) OR c.num_articles != count(DISTINCT e.article_id) OR count(e.event_id) = 0"
        ).fetchall()
        assert miscounted == [], "clusters whose counts are not their events'"
        found = per_article(connection)
    for article_id, counts in found.items():
        assert counts == reference[article_id], f"{article_id} is half-written: {counts} rows, a whole one has {reference[article_id]}"
    return found


def event_ids(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return [row[0] for row in connection.execute("SELECT event_id FROM events ORDER BY event_id")]


def mentions_per_cluster(path: Path) -> list[tuple[int, int]]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return sorted(connection.execute("SELECT num_mentions, num_articles FROM clusters"))


def kill_once_writing(corpus: Path, db: Path, delay: float) -> int:
    """Start `diurna ingest`, wait until it has stored one more article, wait ``delay`` s, SIGKILL it.
    Returns how many articles were stored when it was killed."""
    before = stored_articles(db)
    process = subprocess.Popen([*DIURNA, "ingest", str(corpus), "--db", str(db)], env=environment(),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 180
    try:
        while stored_articles(db) == before:
            assert process.poll() is None, f"ingest exited ({process.returncode}) before writing anything"
            assert time.monotonic() < deadline, "ingest wrote nothing in 180 s"
            time.sleep(0.02)
        time.sleep(delay)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert process.returncode == -signal.SIGKILL, "the run ended before it was killed: the corpus is too small"
    return stored_articles(db)


def test_ingest_killed_three_times_mid_batch_then_finished_equals_a_clean_run(corpus, clean, tmp_path):
    with closing(sqlite3.connect(f"file:{clean}?mode=ro", uri=True)) as connection:
        reference = per_article(connection)
    assert all(counts[0] > 0 for counts in reference.values()), "every article of the corpus has sentences"
    db = tmp_path / "crashed.db"
    chance = random.Random(10)
    progress = []
    for _ in range(KILLS):
        # Articles are written some 25 ms apart once a batch is parsed: a few at most between kills.
        stored = kill_once_writing(corpus, db, chance.uniform(0.0, 0.25))
        check_whole(db, reference)
        progress.append(stored)
    assert 0 < progress[0] and progress[-1] < ARTICLES, f"articles stored at each kill: {progress}"

    finished = subprocess.run([*DIURNA, "ingest", str(corpus), "--db", str(db)], env=environment(), capture_output=True, timeout=300)
    assert finished.returncode == 0, finished.stderr.decode()
    summary = json.loads(finished.stdout)
    assert summary["added"] == ARTICLES - progress[-1] and summary["unchanged"] == progress[-1] and summary["rejected"] == 0
    assert check_whole(db, reference) == reference
    assert event_ids(db) == event_ids(clean)
    assert mentions_per_cluster(db) == mentions_per_cluster(clean)
