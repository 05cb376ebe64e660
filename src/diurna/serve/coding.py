"""The routes that need the coder: ``POST /code`` (pasted text), ``POST /code/file`` (an uploaded
``.txt`` or ``.html`` file), ``GET /actors`` and ``POST /ingest`` (the only write, behind the token).

Nothing here is stored but by ``/ingest``. An article the coder refuses is answered with
its reason: 413 when too large, 415 when it is not text, 422 otherwise.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from pathlib import PurePath
from typing import Any, Literal

from fastapi import APIRouter, Depends, File, Form, HTTPException, Query, Request, UploadFile
from pydantic import BaseModel, Field

from ..errors import StoreError
from ..ingest import HTML_SUFFIXES, article_from_text, articles_from_bytes
from ..records import Article, Rejection
from ..store import Store
from ..store.ingesting import ingest
from .guards import require_token
from .spans import coded_view
from .workbench import Workbench, workbench

MAX_ARTICLES_PER_INGEST = 100
# One writer at a time in this process; SQLite serialises writers across processes.
WRITE_LOCK = threading.Lock()

router = APIRouter(tags=["coding"])


class ArticleIn(BaseModel):
    """An article as JSON, with the fields of a `diurna code` JSONL line."""

    text: str = Field(description="the article's text: headline, dateline and paragraphs, as plain text")
    id: str | None = Field(None, max_length=500, description="its id (default: derived from the text)")
    date: dt.date | None = Field(None, description="publication date, when the text carries none")
    lang: Literal["fr", "en"] | None = Field(None, description="its language (default: detected)")
    title: str | None = Field(None, max_length=2000)
    url: str | None = Field(None, max_length=2000)


class IngestIn(BaseModel):
    articles: list[ArticleIn] = Field(min_length=1, max_length=MAX_ARTICLES_PER_INGEST)


def _article(given: ArticleIn, max_bytes: int) -> Article | Rejection:
    article_id = given.id or "web-" + hashlib.sha256(given.text.encode("utf-8")).hexdigest()[:16]
    size = len(given.text.encode("utf-8"))
    if size > max_bytes:
        return Rejection(article_id, f"too large: {size} bytes, the limit is {max_bytes}")
    return article_from_text(
        given.text, article_id, title=given.title, published=given.date,
        published_basis="input" if given.date else None, url=given.url, lang=given.lang,
    )


def _refused(rejection: Rejection) -> HTTPException:
    reason = rejection.reason
    if reason.startswith("too large"):
        status = 413
    elif reason in ("binary content", "unknown text encoding"):
        status = 415
    else:
        status = 422
    return HTTPException(status, f"article not coded: {reason}")


def _coded(bench: Workbench, item: Article | Rejection) -> dict[str, Any]:
    if isinstance(item, Article):
        with bench.coder.using() as coder:
            item = coder.code(item)
    if isinstance(item, Rejection):
        raise _refused(item)
    return coded_view(item)


@router.post("/code")
def code(given: ArticleIn, bench: Workbench = Depends(workbench)) -> dict[str, Any]:
    """Codes one pasted article without storing it: its events, and the spans of its actors, places
    and triggers for highlighting."""
    return _coded(bench, _article(given, bench.settings.config.max_article_bytes))


@router.post("/code/file")
def code_file(
    file: UploadFile = File(description="one article: .txt (or no suffix) or .html"),
    date: dt.date | None = Form(None, description="publication date, when the file carries none"),
    lang: Literal["fr", "en"] | None = Form(None),
    bench: Workbench = Depends(workbench),
) -> dict[str, Any]:
    """Codes one uploaded file without storing it, read as `diurna code` reads files."""
    name = PurePath(file.filename or "upload.txt").name
    suffix = PurePath(name).suffix.lower()
    if suffix not in HTML_SUFFIXES | {".txt", ".text", ""}:
        raise HTTPException(415, f"cannot code a {suffix} file here: upload one article as .txt or .html")
    max_bytes = bench.settings.config.max_article_bytes
    data = file.file.read(max_bytes + 1)
    kind = "html" if suffix in HTML_SUFFIXES else "text"
    item = next(articles_from_bytes(data, name, kind, default_date=date, lang=lang, max_bytes=max_bytes))
    return _coded(bench, item)


@router.get("/actors")
def actors(
    q: str = Query(min_length=1, max_length=300, description="an actor mention, e.g. le président russe"),
    date: dt.date | None = Query(None, description="the date of the sentence it is in (office holders change)"),
    lang: Literal["fr", "en"] | None = Query(None),
    resolve: bool = Query(True, description="resolve with the coder (loads the models on first use)"),
    bench: Workbench = Depends(workbench),
) -> dict[str, Any]:
    """Resolves a mention as `diurna actors` does, and lists the stored actor mentions whose text or
    entity contains it (``stored`` is ``null`` when there is no store yet)."""
    resolved = None
    if resolve:
        with bench.coder.using() as coder:
            resolved = coder.resolve_actor(q, lang=lang, date=date)
    try:
        with bench.open_store() as store:
            stored = store.actor_mentions(q)
    except StoreError:
        stored = None
    return {"query": q, "resolved": resolved, "stored": stored}


@router.post("/ingest")
def ingest_articles(given: IngestIn, request: Request, bench: Workbench = Depends(workbench)) -> dict[str, Any]:
    """Codes articles and keeps them in the store (the store is created if missing). Needs
    ``Authorization: Bearer TOKEN``; off (403) when the server has no token."""
    require_token(request, bench.settings.token)
    max_bytes = bench.settings.config.max_article_bytes
    items = [_article(article, max_bytes) for article in given.articles]
    with WRITE_LOCK, bench.coder.using() as coder:
        with Store.open(bench.settings.db, bench.settings.rules) as store:
            report = ingest(coder, store, items)
            totals = store.counts()
    return {
        **report.as_dict(),
        "rejections": [rejection.to_dict() for rejection in report.rejections],
        "totals": totals,
    }
