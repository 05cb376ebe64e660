"""Reading articles: files, directories, standard input; ``.txt``, ``.html``, ``.jsonl``.

Every input becomes an ``Article`` or a ``Rejection`` with its reason; a bad
file or line never stops the others. Only an unusable path raises
``InputError`` (the CLI turns it into exit status 2).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from ..errors import InputError
from ..records import Article, Rejection, Segment, SegmentKind
from . import html as html_reader
from .decoding import decode
from .text import layout

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
LANG_VALUES = {"fr", "en"}

__all__ = ["article_from_text", "articles_from_bytes", "read_inputs", "expand_paths", "with_default_date"]


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


def _jsonl_articles(text: str, source: str, default_date: dt.date | None, lang: str | None) -> Iterator[Article | Rejection]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejection(where, f"malformed JSON: {exc.msg}")
            continue
        if not isinstance(record, dict):
            yield Rejection(where, "malformed record: not a JSON object")
            continue
        article_id = record.get("id")
        if not isinstance(article_id, str) or not article_id:
            yield Rejection(where, "malformed record: 'id' must be a non-empty string")
            continue
        body = record.get("text")
        if not isinstance(body, str):
            yield Rejection(article_id, "malformed record: 'text' must be a string")
            continue
        if not body.strip():
            yield Rejection(article_id, "empty")
            continue
        try:
            published = _parse_date(record.get("date"))
        except ValueError as exc:
            yield Rejection(article_id, f"invalid date: {exc}")
            continue
        record_lang = record.get("lang") or lang
        if record_lang is not None and record_lang not in LANG_VALUES:
            yield Rejection(article_id, f"unsupported language: {record_lang}")
            continue
        title = record.get("title") if isinstance(record.get("title"), str) else None
        url = record.get("url") if isinstance(record.get("url"), str) else None
        article = article_from_text(
            body, article_id, title=title, published=published, published_basis="input" if published else None,
            url=url, lang=record_lang,
        )
        yield with_default_date(article, default_date)


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
    # JSONL files hold many articles: the per-article limit applies per line.
    limit = max_bytes * 1000 if kind == "jsonl" else max_bytes
    text, problem = decode(data, limit)
    if problem is not None or text is None:
        yield Rejection(source, problem or "unreadable")
        return
    if kind == "jsonl":
        for item in _jsonl_articles(text, source, default_date, lang):
            if isinstance(item, Article) and len(item.text.encode("utf-8")) > max_bytes:
                yield Rejection(item.id, f"too large: {len(item.text.encode('utf-8'))} bytes, the limit is {max_bytes}")
            else:
                yield item
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
