"""Article datasets: JSON lines (plain or gzipped) and Parquet, read row by row.

One row is one article with the JSONL contract's fields (``id``, ``text``,
``date``?, ``lang``?, ``url``?, ``title``?). Rows are numbered from 1 in the
file, so a row range names a shard of a large file and a bad row is named
``path:number``. A file that cannot be read at all (truncated gzip, not
Parquet) gives one rejection for the rest of it; the rows before stay read.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import zlib
from pathlib import Path
from typing import Any, Iterator

from ..records import Article, Rejection

Row = dict[str, Any] | str  # a record, or the reason the line is not one


def dataset_kind(path: str) -> str | None:
    name = Path(path).name.lower()
    if name.endswith((".jsonl.gz", ".ndjson.gz")):
        return "jsonl.gz"
    if name.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if name.endswith(".parquet"):
        return "parquet"
    return None


def json_row(line: str) -> Row:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return f"malformed JSON: {exc.msg}"
    return record if isinstance(record, dict) else "malformed record: not a JSON object"


def _lines(handle, max_line: int | None) -> Iterator[str | None]:
    """The file's lines; ``None`` for a line longer than ``max_line`` characters, which is
    skipped without being held in memory (a gzip bomb is one endless line)."""
    while True:
        line = handle.readline(max_line + 1) if max_line is not None else handle.readline()
        if not line:
            return
        if max_line is not None and len(line) > max_line and not line.endswith("\n"):
            while True:  # drop the rest of the line, a bounded chunk at a time
                rest = handle.readline(1 << 20)
                if not rest or rest.endswith("\n"):
                    break
            yield None
            continue
        yield line


def iter_rows(
    path: str, kind: str, start: int = 1, stop: int | None = None, max_line: int | None = None
) -> Iterator[tuple[int, Row]]:
    """Rows ``start`` to ``stop`` (inclusive, from 1) with their numbers; blank lines are skipped.
    Raises ``OSError`` (or ``EOFError``, ``zlib.error``) when the file stops being readable."""
    if kind == "parquet":
        import pyarrow.parquet as pq

        number = 0
        for batch in pq.ParquetFile(path).iter_batches(batch_size=1024):
            for record in batch.to_pylist():
                number += 1
                if number < start:
                    continue
                if stop is not None and number > stop:
                    return
                yield number, record
        return
    opener = gzip.open if kind == "jsonl.gz" else open
    with opener(path, "rt", encoding="utf-8", errors="replace") as handle:  # type: ignore[operator]
        for number, line in enumerate(_lines(handle, max_line), start=1):
            if number < start:
                continue
            if stop is not None and number > stop:
                return
            if line is None:
                yield number, f"too large: a line of more than {max_line} characters"
            elif line.strip():
                yield number, json_row(line)


def count_rows(path: str, kind: str) -> int:
    """How many rows the file holds (lines for JSON lines, rows for Parquet)."""
    if kind == "parquet":
        import pyarrow.parquet as pq

        return pq.ParquetFile(path).metadata.num_rows
    opener = gzip.open if kind == "jsonl.gz" else open
    with opener(path, "rb") as handle:  # type: ignore[operator]
        return sum(1 for _ in handle)


UNREADABLE = (OSError, EOFError, zlib.error, ValueError)


def dataset_articles(
    path: str, kind: str, *, start: int = 1, stop: int | None = None, default_date: dt.date | None, lang: str | None,
    max_bytes: int,
) -> Iterator[Article | Rejection]:
    """The articles of rows ``start``..``stop`` of a dataset file; bad rows and an unreadable rest are rejections."""
    from . import article_from_record

    # A JSON line holds one article's text and a few fields: four times the article limit is ample.
    rows = iter_rows(path, kind, start, stop, max_line=4 * max_bytes)
    seen = False
    while True:
        try:
            number, row = next(rows)
        except StopIteration:
            if not seen and start == 1:
                yield Rejection(path, "empty: no rows")
            return
        except UNREADABLE as exc:
            yield Rejection(path, f"unreadable {kind} file: {type(exc).__name__}: {exc}")
            return
        seen = True
        where = f"{path}:{number}"
        if isinstance(row, str):
            yield Rejection(where, row)
            continue
        yield article_from_record(row, where, default_date=default_date, lang=lang, max_bytes=max_bytes)
