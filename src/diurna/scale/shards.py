"""Cutting the input into shards: the unit of work a Dask worker codes and writes.

A dataset file (JSON lines, gzipped or not, or Parquet) is cut into runs of
``shard_size`` rows; other files (text, HTML) are grouped ``shard_size`` at a
time. A shard's id depends on the file's path, size and modification time and
on the rows it covers, so a rerun over unchanged input finds the shards it has
already written and skips them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass
from typing import Iterable, Iterator

from ..ingest import expand_paths, read_inputs
from ..ingest.datasets import count_rows, dataset_articles, dataset_kind
from ..records import Article, Rejection


@dataclass(frozen=True, slots=True)
class Shard:
    number: int  # position in the run: results are merged in this order
    id: str
    kind: str  # "jsonl", "jsonl.gz", "parquet" (rows of one file) or "files" (whole files)
    paths: tuple[str, ...]
    start: int = 1  # first row, from 1 (datasets only)
    stop: int | None = None  # last row, inclusive
    rows: int = 0  # articles it holds, as far as planning can tell

    @property
    def name(self) -> str:
        return f"{self.number:06d}-{self.id}"


def _fingerprint(paths: Iterable[str], start: int, stop: int | None) -> str:
    digest = hashlib.sha256()
    for path in paths:
        stat = os.stat(path)
        digest.update(f"{os.path.abspath(path)}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    digest.update(f"{start}\0{stop}".encode())
    return digest.hexdigest()[:16]


def plan_shards(paths: Iterable[str], shard_size: int) -> list[Shard]:
    """Shards in input order. Raises ``InputError`` for a path that does not exist."""
    if shard_size < 1:
        raise ValueError("shard_size must be at least 1")
    shards: list[Shard] = []
    loose: list[str] = []

    def flush_loose() -> None:
        if loose:
            group = tuple(loose)
            shards.append(Shard(len(shards), _fingerprint(group, 1, None), "files", group, rows=len(group)))
            loose.clear()

    for path in expand_paths(paths):
        kind = dataset_kind(path) if path != "-" else None
        if kind is None:
            loose.append(path)
            if len(loose) >= shard_size:
                flush_loose()
            continue
        flush_loose()
        try:
            total = count_rows(path, kind)
        except (OSError, EOFError, ValueError):
            # An unreadable file is still a shard: coding it reports the reason as a rejection.
            shards.append(Shard(len(shards), _fingerprint([path], 1, None), kind, (path,), rows=0))
            continue
        for start in range(1, max(total, 1) + 1, shard_size):
            stop = min(start + shard_size - 1, total)
            shards.append(Shard(len(shards), _fingerprint([path], start, stop), kind, (path,), start, stop, stop - start + 1))
    flush_loose()
    return shards


def shard_articles(
    shard: Shard, *, default_date: dt.date | None, lang: str | None, max_bytes: int
) -> Iterator[Article | Rejection]:
    """The articles of one shard, with a rejection for each bad row or unreadable file."""
    if shard.kind == "files":
        yield from read_inputs(shard.paths, default_date=default_date, lang=lang, max_bytes=max_bytes)
        return
    yield from dataset_articles(
        shard.paths[0], shard.kind, start=shard.start, stop=shard.stop, default_date=default_date, lang=lang,
        max_bytes=max_bytes,
    )
