"""`diurna serve`: the store's HTTP API and the analyst's web page, in one process.

    app = create_app(ServeSettings.from_config(config, db=path))
    uvicorn.run(app, host="127.0.0.1", port=8000)

Reads open the store read-only, one connection per request. Writes (``POST /ingest``)
need the token and are off without one. The coder (the spaCy models) is built on the
first request that needs it and codes one article at a time. The routes that code
text are in ``coding.py``; the page's files are in ``web/``.

Errors answer ``{"detail": message}``: 422 for a filter or value that cannot be used,
404 for an unknown id or a page past the end, 401/403 for a write without the token or with writes off, 413 for
a body or article over its limit, 415 for a file that is not text, 503 when there is no
store yet, 500 (logged, without the traceback) for anything unexpected; a request for a
host name the server does not serve as gets Starlette's plain-text 400.
"""

from __future__ import annotations

import datetime as dt
import io
from importlib import resources
from typing import Any, Callable, Literal

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from starlette.middleware.trustedhost import TrustedHostMiddleware

from .. import __version__
from ..errors import DiurnaError, InputError, StoreError
from ..export import WRITERS
from ..knowledge.ontology import Ontology
from ..store import EventQuery, Store, stats
from .coding import router as coding_router
from .guards import BodyLimit, InternalErrors, SecurityHeaders
from .spans import article_view
from .workbench import LazyCoder, ServeSettings, Workbench, read_store, workbench

WEB = resources.files("diurna.serve").joinpath("web")
FILTERS = ("actor", "target", "code", "plover", "since", "until", "place", "country", "text", "min_confidence")
MEDIA_TYPES = {"jsonl": "application/x-ndjson", "plover": "application/x-ndjson", "csv": "text/csv; charset=utf-8"}


def event_filters(*own: str) -> Callable[..., EventQuery]:
    """The dependency that reads `diurna events`' filters from the query string into an ``EventQuery``;
    a parameter that is neither a filter nor one of the route's ``own`` is refused (a misspelt filter
    would otherwise filter nothing)."""
    known = set(FILTERS) | set(own)

    def filters(
        request: Request,
        bench: Workbench = Depends(workbench),
        actor: str | None = Query(None, max_length=200, description="source actor: ISO3 country, organization id or entity name"),
        target: str | None = Query(None, max_length=200, description="target actor, as `actor`"),
        code: str | None = Query(None, max_length=4, description="CAMEO code prefix, e.g. 19 or 112"),
        plover: str | None = Query(None, max_length=20, description="PLOVER event type, e.g. ASSAULT"),
        since: dt.date | None = Query(None, description="first date, YYYY-MM-DD"),
        until: dt.date | None = Query(None, description="last date, YYYY-MM-DD"),
        place: str | None = Query(None, max_length=200, description="place name, as written or as the gazetteer names it"),
        country: str | None = Query(None, max_length=3, description="ISO3 country of the event's location"),
        text: str | None = Query(None, max_length=500, description="words of the sentence (full text, accent-insensitive)"),
        min_confidence: float | None = Query(None, ge=0.0, le=1.0, description="lowest confidence"),
    ) -> EventQuery:
        unknown = sorted(set(request.query_params) - known)
        if unknown:
            raise HTTPException(422, f"unknown parameter {unknown[0]!r}: use {', '.join(sorted(known))}")
        values = {name: value or None for name, value in
                  (("actor", actor), ("target", target), ("code", code), ("plover", plover), ("place", place),
                   ("country", country), ("text", text))}
        check_codes(bench.ontology, values["code"], values["plover"])
        return EventQuery(since=since, until=until, min_confidence=min_confidence, **values)

    return filters


def check_codes(ontology: Ontology, code: str | None, plover: str | None) -> None:
    """A CAMEO prefix no code has, or a PLOVER type that does not exist, is a mistake, not an empty result."""
    if code is not None and code.isdigit() and not any(known.startswith(code) for known in ontology.cameo):
        raise InputError(f"no CAMEO code starts with {code!r}: roots run from 01 to 20")
    if plover is not None and plover.upper() not in ontology.plover_types:
        raise InputError(f"unknown PLOVER type {plover!r}: use one of {', '.join(ontology.plover_types)}")


router = APIRouter()


@router.get("/status", tags=["store"])
def status(bench: Workbench = Depends(workbench)) -> dict[str, Any]:
    """The server's version, limits and whether writes are on; the store's counts (``null`` when there is
    no store yet, with the reason); CAMEO roots and PLOVER types for the page's menus."""
    try:
        with bench.open_store() as store:
            counts, problem = store.counts(), None
    except StoreError as exc:
        counts, problem = None, str(exc)
    serve = bench.settings.config.serve
    return {
        "version": __version__,
        "writes": bench.settings.token is not None,
        "limits": {"max_body_bytes": serve.max_body_bytes, "max_page_size": serve.max_page_size,
                   "max_article_bytes": bench.settings.config.max_article_bytes},
        "counts": counts,
        "store_problem": problem,
        "cameo_roots": {code: c.name for code, c in bench.ontology.cameo.items() if len(code) == 2},
        "plover_types": list(bench.ontology.plover_types),
    }


@router.get("/events", tags=["store"])
def list_events(
    bench: Workbench = Depends(workbench),
    store: Store = Depends(read_store),
    query: EventQuery = Depends(event_filters("mentions", "limit", "offset", "format")),
    mentions: bool = Query(False, description="every report of an act, not one record per act"),
    limit: int = Query(100, ge=1, description="records per page (at most [serve] max_page_size)"),
    offset: int = Query(0, ge=0),
    format: Literal["json", "jsonl", "csv", "plover"] = Query("json", description="json: one page object; the others as `diurna events`"),
) -> Response:
    """Acts (merged reports) matching the filters, by date; with ``mentions=true``, every report.
    No match is an empty list; a page past the last match (``offset`` > 0, nothing left) is a 404."""
    largest = bench.settings.config.serve.max_page_size
    if limit > largest:
        raise InputError(f"limit {limit} is over the largest page, {largest}: page with offset")
    records = list((store.events if mentions else store.clusters)(query, limit=limit, offset=offset))
    if not records and offset > 0:
        raise HTTPException(404, f"offset {offset} is past the last matching record: nothing on this page")
    if format == "json":
        return JSONResponse({"events": records, "offset": offset, "limit": limit, "mentions": mentions})
    buffer = io.StringIO(newline="")
    writer = WRITERS[format](buffer)
    for record in records:
        writer.write(record)
    writer.close()  # type: ignore[attr-defined]
    return Response(buffer.getvalue(), media_type=MEDIA_TYPES[format])


@router.get("/events/{event_ref}", tags=["store"])
def one_event(event_ref: str, store: Store = Depends(read_store)) -> dict[str, Any]:
    """One act by its cluster id (as in ``cluster.id``), or one report by its ``event_id``: its record,
    its ``cluster``, and every report of the act under ``mentions`` with its sentence."""
    event = store.event(event_ref)
    if event is not None:
        act = store.cluster(event["cluster_id"]) if event["cluster_id"] is not None else None
        if act is None:
            return event | {"cluster": None, "mentions": []}
        return event | {"cluster": act["cluster"], "mentions": act["mentions"]}
    act = store.cluster(int(event_ref)) if event_ref.isdigit() and len(event_ref) < 19 else None
    if act is None:
        raise HTTPException(404, f"no event or act with id {event_ref!r}")
    return act


@router.get("/articles/{article_id:path}", tags=["store"])
def one_article(article_id: str, store: Store = Depends(read_store)) -> dict[str, Any]:
    """A stored article: its text, its events, and the spans of its actors, places and triggers."""
    article = store.article(article_id)
    if article is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    article.pop("content_hash")
    events = list(store.events(EventQuery(article=article_id)))
    return article_view(article, events, store.article_spans(article_id))


@router.get("/stats/timeline", tags=["stats"])
def timeline(store: Store = Depends(read_store), query: EventQuery = Depends(event_filters())) -> list[dict[str, Any]]:
    """Acts per day by quad class (1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
    4 material conflict) and their mean Goldstein value."""
    return stats.timeline(store.connection, query)


@router.get("/stats/dyads", tags=["stats"])
def dyads(
    store: Store = Depends(read_store),
    query: EventQuery = Depends(event_filters("limit")),
    limit: int = Query(40, ge=1, le=500, description="the busiest pairs"),
) -> list[dict[str, Any]]:
    """Who acts on whom: (source, target) pairs with their number of acts and mean Goldstein value."""
    return stats.dyads(store.connection, query, limit=limit)


@router.get("/stats/places", tags=["stats"])
def places(
    store: Store = Depends(read_store),
    query: EventQuery = Depends(event_filters("limit")),
    limit: int = Query(200, ge=1, le=2000, description="the places with most acts"),
) -> list[dict[str, Any]]:
    """Where the acts happened: one row per resolved place, with coordinates and the number of acts."""
    return stats.places(store.connection, query, limit=limit)


@router.get("/", include_in_schema=False)
def page() -> FileResponse:
    return FileResponse(str(WEB.joinpath("index.html")), media_type="text/html; charset=utf-8")


def _error_handlers(app: FastAPI) -> None:
    @app.exception_handler(InputError)
    async def bad_value(request: Request, exc: InputError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=422)

    @app.exception_handler(StoreError)
    async def no_store(request: Request, exc: StoreError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=503)

    @app.exception_handler(DiurnaError)
    async def our_error(request: Request, exc: DiurnaError) -> JSONResponse:
        return JSONResponse({"detail": f"{type(exc).__name__}: {exc}"}, status_code=500)


def create_app(settings: ServeSettings, coder_factory: Callable[[], Any] | None = None) -> FastAPI:
    """The application. ``coder_factory`` builds the coder on first need (default: a ``Coder`` of
    the settings' configuration)."""
    if coder_factory is None:
        def coder_factory() -> Any:
            from ..pipeline import Coder

            return Coder(settings.config)

    app = FastAPIOffline(
        title="diurna", version=__version__, redoc_url=None, static_url="/docs-assets",
        description="News coded into CAMEO and PLOVER events: query the store, code text, see where and when.",
    )
    app.state.workbench = Workbench(settings, LazyCoder(coder_factory), Ontology.load())
    app.include_router(router)
    app.include_router(coding_router)
    app.mount("/web", StaticFiles(directory=str(WEB)), name="web")
    _error_handlers(app)
    # Added innermost first: each add_middleware wraps what is already there.
    app.add_middleware(InternalErrors)
    app.add_middleware(BodyLimit, max_bytes=settings.config.serve.max_body_bytes)
    app.add_middleware(SecurityHeaders, page_paths=("/web/",))
    if settings.config.serve.cors_origins:
        app.add_middleware(
            CORSMiddleware, allow_origins=list(settings.config.serve.cors_origins),
            allow_methods=["GET", "POST"], allow_headers=["Authorization", "Content-Type"],
        )
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(settings.allowed_hosts))
    return app
