"""Batch coding on a real 2-worker Dask LocalCluster gives exactly the single-process events."""

from __future__ import annotations

import gzip
import json
import os
import signal
import threading

import pytest

from diurna.export import event_record
from diurna.ingest import read_inputs
from diurna.records import CodedArticle, Rejection
from diurna.scale import BatchRun, plan_shards

from ..conftest import EXAMPLES


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The bundled examples as a gzipped JSONL file and a Parquet file, plus a truncated gzip."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = tmp_path_factory.mktemp("corpus")
    rows = [
        {"id": a.id, "text": a.text, "date": a.published.isoformat() if a.published else None, "title": a.title,
         "url": a.url, "lang": a.lang}
        for a in read_inputs([str(EXAMPLES)], max_bytes=2_000_000) if not isinstance(a, Rejection)
    ]
    half = len(rows) // 2
    with gzip.open(folder / "first.jsonl.gz", "wt", encoding="utf-8") as handle:
        for row in rows[:half]:
            handle.write(json.dumps(row) + "\n")
        handle.write("{not json\n")
    pq.write_table(pa.Table.from_pylist(rows[half:]), folder / "second.parquet")
    broken = gzip.compress(b"".join(json.dumps(r).encode() + b"\n" for r in rows[:3]))
    (folder / "third.jsonl.gz").write_bytes(broken[: len(broken) // 2])
    return folder


def single_process(coder, corpus):
    items = read_inputs([str(corpus)], max_bytes=coder.config.max_article_bytes)
    results = list(coder.code_many(items))
    events = [event_record(e) for r in results if isinstance(r, CodedArticle) for e in r.events]
    rejected = sorted(r.article_id for r in results if isinstance(r, Rejection))
    return events, rejected


@pytest.fixture(scope="module")
def batch(coder, corpus, tmp_path_factory):
    output = tmp_path_factory.mktemp("batch")
    run = BatchRun(coder.config, output, workers=2)
    shards = plan_shards([str(corpus)], shard_size=4)
    summary = run.code(shards)
    return run, shards, summary


def test_two_workers_give_exactly_the_single_process_events(coder, corpus, batch):
    run, shards, summary = batch
    expected_events, expected_rejected = single_process(coder, corpus)
    assert len(shards) >= 4 and summary.failed_shards == []
    assert list(run.event_records()) == expected_events
    rejected = sorted(r.article_id for r in run.results() if isinstance(r, Rejection))
    assert rejected == expected_rejected == sorted(r.article_id for r in run.rejections())
    assert any(":" in r and "first.jsonl.gz" in r for r in rejected)  # the bad line, named
    assert any("third.jsonl.gz" in r for r in rejected)  # the unreadable file, reported and skipped


def test_a_rerun_skips_finished_shards(coder, batch):
    run, shards, first = batch
    again = BatchRun(coder.config, run.output, workers=2).code(shards)
    assert again.skipped == len(shards) and again.events == first.events


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(coder, corpus, tmp_path):
    from distributed import LocalCluster

    expected_events, _ = single_process(coder, corpus)
    shards = plan_shards([str(corpus)], shard_size=2)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0", silence_logs=40) as cluster:
        victims = [nanny.process.pid for nanny in cluster.workers.values()]
        killed = threading.Event()

        def kill_one(outcome) -> None:
            if not killed.is_set():
                killed.set()
                os.kill(victims[0], signal.SIGKILL)  # the worker process dies mid-run; its nanny restarts it

        run = BatchRun(coder.config, tmp_path, scheduler=cluster.scheduler_address)
        summary = run.code(shards, progress=kill_one)
    assert killed.is_set() and summary.failed_shards == []
    assert list(run.event_records()) == expected_events  # each shard's events once, in order
    assert len(list((tmp_path / "articles").glob("part-*.parquet"))) == len(shards)
