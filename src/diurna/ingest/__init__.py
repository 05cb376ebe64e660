"""Reading articles: files, directories, standard input; ``.txt``, ``.html``, ``.jsonl``.

Every input becomes an ``Article`` or a ``Rejection`` with its reason; a bad
file or line never stops the others. Only an unusable path raises
``InputError`` (the CLI turns it into exit status 2).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from ..errors import InputError
from ..records import Article, Rejection, Segment, SegmentKind
from . import html as html_reader
from .datasets import json_row, dataset_articles, dataset_kind
from .decoding import LONE_SURROGATE, decode
from .text import layout

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
# Datasets read row by row, never whole: gzipped JSON lines and Parquet.
DATASET_SUFFIXES = {".gz", ".parquet"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | DATASET_SUFFIXES
LANG_VALUES = {"fr", "en"}

__all__ = ["article_from_record", "article_from_text", "articles_from_bytes", "read_inputs", "expand_paths", "with_default_date"]


def article_from_text(
    text: str,
    article_id: str,
    *,
    title: str | None = None,
    published: dt.date | None = None,
    published_basis: str | None = None,
    url: str | None = None,
    lang: str | None = None,
) -> Article:
    """An ``Article`` from plain text, with its headline, datelines and furniture recognised."""
    found = layout(text)
    date = published
    basis = published_basis
    if date is None and found.published is not None:
        date, basis = found.published, "dateline"
    segments = found.segments
    if title is not None:
        # The title is given: a first line that repeats it is still metadata,
        # any other first line is text.
        segments = tuple(
            Segment(s.start, s.end, SegmentKind.BODY)
            if s.kind is SegmentKind.TITLE and text[s.start : s.end].strip() != title.strip()
            else s
            for s in segments
        )
    return Article(
        id=article_id,
        text=text,
        segments=segments,
        title=title if title is not None else found.title,
        published=date,
        published_basis=basis,
        url=url,
        lang=lang,
        dateline_place=found.dateline_place,
    )


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """Files as given, directories walked recursively in sorted order; ``-`` passes through."""
    for given in paths:
        if given == "-":
            yield given
            continue
        path = Path(given)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    candidate = Path(root) / name
                    if candidate.suffix.lower() in SUPPORTED_SUFFIXES - {""} and not name.startswith("."):
                        yield str(candidate)
        elif path.is_file():
            yield given
        else:
            raise InputError(f"cannot read {given}: no such file or directory")


def _read_limited(handle: BinaryIO, max_bytes: int) -> bytes:
    return handle.read(max_bytes + 1)


def _parse_date(value: object) -> dt.date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"date must be a string YYYY-MM-DD, got {type(value).__name__}")
    return dt.date.fromisoformat(value)


def article_from_record(
    record: dict, where: str, *, default_date: dt.date | None, lang: str | None, max_bytes: int
) -> Article | Rejection:
    """One JSONL/Parquet record as an article, or the reason it is not one (``where`` names the row)."""
    for name in ("id", "text", "title", "url"):
        if isinstance(record.get(name), str) and LONE_SURROGATE.search(record[name]):
            return Rejection(where, f"malformed record: '{name}' holds a lone surrogate (an escape such as \\ud800)")
    article_id = record.get("id")
    if not isinstance(article_id, str) or not article_id:
        return Rejection(where, "malformed record: 'id' must be a non-empty string")
    body = record.get("text")
    if not isinstance(body, str):
        return Rejection(article_id, "malformed record: 'text' must be a string")
    if not body.strip():
        return Rejection(article_id, "empty")
    size = len(body.encode("utf-8"))
    if size > max_bytes:
        return Rejection(article_id, f"too large: {size} bytes, the limit is {max_bytes}")
    try:
        published = _parse_date(record.get("date"))
    except ValueError as exc:
        return Rejection(article_id, f"invalid date: {exc}")
    record_lang = record.get("lang") or lang
    if record_lang is not None and record_lang not in LANG_VALUES:
        return Rejection(article_id, f"unsupported language: {record_lang}")
    title = record.get("title") if isinstance(record.get("title"), str) else None
    url = record.get("url") if isinstance(record.get("url"), str) else None
    article = article_from_text(
        body, article_id, title=title, published=published, published_basis="input" if published else None,
        url=url, lang=record_lang,
    )
    return with_default_date(article, default_date)


def _jsonl_articles(
    data: bytes, source: str, default_date: dt.date | None, lang: str | None, max_bytes: int
) -> Iterator[Article | Rejection]:
    # Each line is decoded on its own: a binary or Latin-1 line is that line's rejection, not the file's.
    for number, raw in enumerate(data.splitlines(), start=1):
        if not raw.strip():
            continue
        where = f"{source}:{number}"
        line, problem = decode(raw, len(raw))
        if line is None:
            yield Rejection(where, problem or "unreadable")
            continue
        row = json_row(line)
        if isinstance(row, str):
            yield Rejection(where, row)
            continue
        yield article_from_record(row, where, default_date=default_date, lang=lang, max_bytes=max_bytes)


def with_default_date(article: Article, default_date: dt.date | None) -> Article:
    if article.published is not None or default_date is None:
        return article
    return article_from_text(
        article.text,
        article.id,
        title=article.title,
        published=default_date,
        published_basis="option",
        url=article.url,
        lang=article.lang,
    )


def articles_from_bytes(
    data: bytes, source: str, kind: str, *, default_date: dt.date | None, lang: str | None, max_bytes: int
) -> Iterator[Article | Rejection]:
    """The articles in one input's bytes; ``kind`` is "text", "html" or "jsonl"; ``source`` names it."""
    if kind == "jsonl":
        # JSONL files hold many articles: the per-article limit applies per line.
        limit = max_bytes * 1000
        if len(data) > limit or not data.strip():
            yield Rejection(source, f"too large: {len(data)} bytes, the limit is {limit}" if data.strip() else "empty")
            return
        yield from _jsonl_articles(data, source, default_date, lang, max_bytes)
        return
    text, problem = decode(data, max_bytes)
    if problem is not None or text is None:
        yield Rejection(source, problem or "unreadable")
        return
    if kind == "html":
        body, title, published, url = html_reader.extract(text)
        if not body.strip():
            yield Rejection(source, "no main text found in the HTML page")
            return
        article = article_from_text(
            body, source, title=title, published=published, published_basis="metadata" if published else None, url=url, lang=lang
        )
        yield with_default_date(article, default_date)
        return
    yield with_default_date(article_from_text(text, source, lang=lang), default_date)


def _kind_of(path: str, data: bytes | None = None) -> str:
    suffix = Path(path).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if data is not None:
        head = data.lstrip()[:200].lower()
        if head.startswith(b"{"):
            return "jsonl"
        if head.startswith((b"<!doctype html", b"<html")):
            return "html"
    return "text"


def read_inputs(
    paths: Iterable[str],
    *,
    default_date: dt.date | None = None,
    lang: str | None = None,
    max_bytes: int,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | Rejection]:
    """Articles from files, directories and ``-`` (standard input), in order."""
    for path in expand_paths(paths):
        if path == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = _read_limited(stream, max_bytes * 1000)
            yield from articles_from_bytes(
                data, "-", _kind_of("-", data), default_date=default_date, lang=lang, max_bytes=max_bytes
            )
            continue
        if dataset_kind(path) in ("jsonl.gz", "parquet"):
            yield from dataset_articles(path, dataset_kind(path), default_date=default_date, lang=lang, max_bytes=max_bytes)  # type: ignore[arg-type]
            continue
        kind = _kind_of(path)
        size = os.path.getsize(path)
        limit = max_bytes * 1000 if kind == "jsonl" else max_bytes
        if size > limit:
            yield Rejection(path, f"too large: {size} bytes, the limit is {limit}")
            continue
        try:
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError as exc:
            yield Rejection(path, f"unreadable: {exc.strerror}")
            continue
        yield from articles_from_bytes(data, path, kind, default_date=default_date, lang=lang, max_bytes=max_bytes)
