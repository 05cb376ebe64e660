"""Batch coding on Dask: shards out to workers, partitioned Parquet back, merged in order.

    run = BatchRun(config, output_dir, workers=4)             # a LocalCluster of 4 processes
    run = BatchRun(config, output_dir, scheduler="tcp://…")   # an existing dask.distributed cluster
    summary = run.code(shards)                                 # writes output_dir/{articles,events}/…
    for record in run.event_records(): ...                     # in input order, as `diurna code` prints
    run.merge_into(store)                                      # as `diurna ingest` stores

Each worker loads the spaCy pipelines once (``CoderPlugin``). A shard's results
are written to temporary names and renamed into place, the articles file last:
a shard whose articles file exists is finished, and is skipped by a rerun. A
worker that dies mid-shard loses nothing but that attempt: the scheduler gives
the shard to another worker, which writes the same files again. One article
that fails is a rejection row; a shard that cannot be read at all is reported
and skipped.

The workers of the LocalCluster a run starts (``local_cluster``) have Dask's
statistical profiler off: it keeps call trees for every second of the last
1,000 seconds of work (``distributed.admin.low-level-log-length``), about 0.3 MB
a second on spaCy's deep stacks, so a worker's memory grew through its first 17
minutes of coding (by 156 MB in 9 minutes, measured: issue 9). Workers of a remote cluster are
configured where they start: ``DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED=False``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

from distributed.diagnostics.plugin import WorkerPlugin

from ..config import Config
from ..records import Rejection
from ..store.storable import StorableArticle, storable
from .shards import Shard, shard_articles

ARTICLES = "articles"
EVENTS = "events"


@dataclass(frozen=True, slots=True)
class ShardOutcome:
    shard: Shard
    articles: int
    events: int
    rejected: int
    skipped: bool  # finished by an earlier run
    error: str | None = None  # the shard could not be coded at all


@dataclass(slots=True)
class RunSummary:
    shards: int = 0
    skipped: int = 0
    articles: int = 0
    events: int = 0
    rejected: int = 0
    failed_shards: list[str] = field(default_factory=list)
    seconds: float = 0.0


# Dask configuration of the workers a run starts itself; see the module's docstring.
LOCAL_WORKER_CONFIG: dict[str, Any] = {"distributed.worker.profile.enabled": False}


def local_cluster(workers: int) -> Any:
    """A LocalCluster of ``workers`` single-threaded processes, as a run (and the benchmark) starts it."""
    import dask
    from distributed import LocalCluster

    # Each nanny copies the configuration when it is built, and passes it to its worker process.
    with dask.config.set(LOCAL_WORKER_CONFIG):
        return LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0",  # a free port: never a warning that 8787 is taken
            silence_logs=40, memory_limit=0,
        )


class CoderPlugin(WorkerPlugin):
    """Builds one ``Coder`` per worker process, when the worker starts."""

    name = "diurna-coder"

    def __init__(self, config: Config) -> None:
        self.config = config

    def setup(self, worker: Any) -> None:
        from ..pipeline import Coder

        current = getattr(worker, "diurna_coder", None)
        if current is not None and current.config == self.config:
            return  # registered again by a later run on the same cluster: the models are loaded
        worker.diurna_coder = Coder(self.config)

    def teardown(self, worker: Any) -> None:
        worker.diurna_coder = None


def _shard_files(output: Path, shard: Shard) -> tuple[Path, Path]:
    return output / ARTICLES / f"part-{shard.name}.parquet", output / EVENTS / f"part-{shard.name}.parquet"


def code_shard(shard: Shard, output: str, default_date: dt.date | None, lang: str | None, coder: Any = None) -> ShardOutcome:
    """Code one shard and write its two Parquet files; runs on a worker (or in process with ``coder``)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from ..export.csv import flat_record
    from ..export.parquet import schema as events_schema

    articles_file, events_file = _shard_files(Path(output), shard)
    if articles_file.exists():
        meta = pq.read_metadata(articles_file).metadata or {}
        counts = json.loads(meta.get(b"diurna", b"{}"))
        return ShardOutcome(shard, counts.get("articles", 0), counts.get("events", 0), counts.get("rejected", 0), True)
    if coder is None:
        from distributed import get_worker

        coder = get_worker().diurna_coder
    article_rows: list[dict[str, Any]] = []
    event_rows: list[dict[str, Any]] = []
    for result in coder.code_many(shard_articles(shard, default_date=default_date, lang=lang, max_bytes=coder.config.max_article_bytes)):
        if isinstance(result, Rejection):
            article_rows.append({"article_id": result.article_id, "rejected": result.reason, "storable": None})
            continue
        stored = storable(result)
        article_rows.append({"article_id": stored.id, "rejected": None, "storable": stored.to_json()})
        for event in stored.events:
            event_rows.append(flat_record(event.record) | {"record": json.dumps(event.record, ensure_ascii=False)})
    counts = {
        "articles": sum(r["rejected"] is None for r in article_rows),
        "events": len(event_rows),
        "rejected": sum(r["rejected"] is not None for r in article_rows),
    }
    articles_schema = pa.schema([("article_id", pa.string()), ("rejected", pa.string()), ("storable", pa.string())])
    events_table = pa.Table.from_pylist(event_rows, schema=events_schema().append(pa.field("record", pa.string())))
    articles_table = pa.Table.from_pylist(article_rows, schema=articles_schema).replace_schema_metadata(
        {"diurna": json.dumps(counts)}
    )
    # Temporary names, then renames, the articles file last: it marks the shard finished.
    for table, final in ((events_table, events_file), (articles_table, articles_file)):
        final.parent.mkdir(parents=True, exist_ok=True)
        temporary = final.with_name(f".{final.name}.{uuid.uuid4().hex}.tmp")
        pq.write_table(table, temporary)
        os.replace(temporary, final)
    return ShardOutcome(shard, counts["articles"], counts["events"], counts["rejected"], False)


class BatchRun:
    """One batch run over an output folder, on a local or remote Dask cluster."""

    def __init__(
        self, config: Config, output: str | os.PathLike[str], *, workers: int | None = None, scheduler: str | None = None,
        default_date: dt.date | None = None, lang: str | None = None,
    ) -> None:
        if (workers is None) == (scheduler is None):
            raise ValueError("give exactly one of workers and scheduler")
        self.config = config
        self.output = Path(output)
        self.workers = workers
        self.scheduler = scheduler
        self.default_date = default_date
        self.lang = lang

    def code(self, shards: list[Shard], progress: Callable[[ShardOutcome], None] | None = None) -> RunSummary:
        """Code every unfinished shard on the cluster; returns what was done."""
        from distributed import Client, as_completed

        started = time.perf_counter()
        summary = RunSummary(shards=len(shards))
        self.output.mkdir(parents=True, exist_ok=True)
        pending = []
        for shard in shards:
            if _shard_files(self.output, shard)[0].exists():
                _tally(summary, code_shard(shard, str(self.output), self.default_date, self.lang))  # reads its counts only
            else:
                pending.append(shard)
        if not pending:
            summary.seconds = time.perf_counter() - started
            return summary
        cluster = None
        if self.workers is not None:
            cluster = local_cluster(self.workers)
        try:
            with Client(cluster if cluster is not None else self.scheduler) as client:
                client.register_plugin(CoderPlugin(self.config), name=CoderPlugin.name)
                futures = {
                    client.submit(code_shard, shard, str(self.output), self.default_date, self.lang,
                                  key=f"diurna-shard-{shard.name}", pure=False, retries=2): shard
                    for shard in pending
                }
                for future in as_completed(futures):
                    shard = futures[future]
                    try:
                        outcome = future.result()
                    except Exception as exc:  # noqa: BLE001 — a shard's failure is reported, the run goes on
                        outcome = ShardOutcome(shard, 0, 0, 0, False, f"{type(exc).__name__}: {exc}")
                    _tally(summary, outcome)
                    if progress is not None:
                        progress(outcome)
        finally:
            if cluster is not None:
                cluster.close()
        summary.seconds = time.perf_counter() - started
        return summary

    def _parts(self, kind: str) -> list[Path]:
        return sorted((self.output / kind).glob("part-*.parquet"))

    def event_records(self) -> Iterator[dict[str, Any]]:
        """Every event of the finished shards, in input order, as `diurna code` prints them."""
        import pyarrow.parquet as pq

        for part in self._parts(EVENTS):
            if not _finished(self.output, part):
                continue
            for batch in pq.ParquetFile(part).iter_batches(columns=["record"], batch_size=4096):
                for record in batch.column(0).to_pylist():
                    yield json.loads(record)

    def rejections(self) -> Iterator[Rejection]:
        """The rejected articles of the finished shards, in input order (without reading the coded ones)."""
        import pyarrow.parquet as pq

        for part in self._parts(ARTICLES):
            for batch in pq.ParquetFile(part).iter_batches(columns=["article_id", "rejected"], batch_size=4096):
                for article_id, reason in zip(batch.column(0).to_pylist(), batch.column(1).to_pylist()):
                    if reason is not None:
                        yield Rejection(article_id, reason)

    def results(self) -> Iterator[StorableArticle | Rejection]:
        """Every article of the finished shards, in input order: stored-to-be or rejected."""
        import pyarrow.parquet as pq

        for part in self._parts(ARTICLES):
            for batch in pq.ParquetFile(part).iter_batches(batch_size=256):
                for row in batch.to_pylist():
                    if row["rejected"] is not None:
                        yield Rejection(row["article_id"], row["rejected"])
                    else:
                        yield StorableArticle.from_json(row["storable"])


def _finished(output: Path, events_part: Path) -> bool:
    return (output / ARTICLES / events_part.name).exists()


def _tally(summary: RunSummary, outcome: ShardOutcome) -> None:
    if outcome.error is not None:
        summary.failed_shards.append(f"{','.join(outcome.shard.paths)} rows {outcome.shard.start}-{outcome.shard.stop}: {outcome.error}")
        return
    summary.skipped += outcome.skipped
    summary.articles += outcome.articles
    summary.events += outcome.events
    summary.rejected += outcome.rejected
