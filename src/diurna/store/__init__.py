"""The embedded store: SQLite in WAL mode, one file, no server.

    store = Store.open("diurna.db")
    store.add(coded_article)          # "added", "replaced" or "unchanged"
    for record in store.clusters(EventQuery(actor="RUS", code="19")): ...

Each article is written in one transaction: its text, sentences, actor and
place mentions and events, and the clusters its events join. Ingesting the
same article twice changes nothing (same id or URL, same content hash); a
changed article replaces its rows and leaves its clusters recounted. A run
killed mid-way leaves whole articles only, and the next run adds the rest.
A large stream (``add_stream``) builds the indexes its writes do not need once,
at its end, instead of row by row; a stop before its end leaves them to the next
writer that opens the store (``schema.DEFERRED_INDEXES``).

The store sits on top of the stages: it takes ``CodedArticle`` records and
gives back the contract's event records (``export.jsonl.EventRecord``).
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import sqlite3
from itertools import islice
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from ..errors import StoreError
from ..export.jsonl import EventRecord
from ..records import Article, CodedArticle
from .clusters import MergeRules
from .event_records import RECORD_COLUMN_COUNT, RECORD_COLUMNS, SENTENCE_JOIN, event_record
from .query import EventQuery, like_escaped
from .schema import VERSION, build_deferred_indexes, drop_deferred_indexes, migrate
from .storable import StorableArticle, content_hash, storable
from .totals import build_totals, drop_totals
from .writing import BatchWrite, StoredArticle, cyclic_gc_paused

# Articles per transaction when a stream of coded results is stored: the
# bulk rate, and what a stop can lose (the next run writes it again).
WRITE_BATCH = 2000
# A stream that has written this many events, and at least as many as the store held
# when it began, drops the deferred indexes and builds them at its end (schema.DEFERRED_INDEXES):
# the build reads at most twice what the stream wrote, once, in order.
BULK_AFTER_EVENTS = 50_000

__all__ = ["Store", "EventQuery", "MergeRules", "StorableArticle", "store_path", "content_hash", "storable"]


def store_path(db: str | os.PathLike[str] | None, default: Path) -> Path:
    """The store to use: ``--db``, else ``$DIURNA_DB``, else the configured default."""
    chosen = db or os.environ.get("DIURNA_DB") or default
    return Path(chosen).expanduser()


class Store:
    """One SQLite store. Not shared between threads: open one per thread or process."""

    def __init__(self, connection: sqlite3.Connection, path: Path, rules: MergeRules) -> None:
        self.connection = connection
        self.path = path
        self.rules = rules

    @classmethod
    def open(cls, path: str | os.PathLike[str], rules: MergeRules | None = None, *, readonly: bool = False) -> "Store":
        path = Path(path).expanduser()
        try:
            if readonly:
                if not path.exists():
                    raise StoreError(f"no store at {path}: run `diurna ingest` first")
                connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                connection = sqlite3.connect(path, isolation_level=None, timeout=30.0)
                connection.execute("PRAGMA journal_mode=WAL")
                connection.execute("PRAGMA synchronous=NORMAL")
                # Index pages stay in memory while a large store grows (128 MB at most).
                connection.execute("PRAGMA cache_size=-131072")
            connection.execute("PRAGMA foreign_keys=ON")
            connection.execute("PRAGMA busy_timeout=30000")
            if readonly:
                version = connection.execute("PRAGMA user_version").fetchone()[0]
                if version != VERSION:
                    raise StoreError(f"the store at {path} has schema version {version}, expected {VERSION}: run `diurna ingest` to migrate it")
            else:
                migrate(connection)
                build_deferred_indexes(connection)  # left out by a large merge that stopped before its end
                build_totals(connection)  # the same, and once after the migration that made them
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open the store at {path}: {exc}") from exc
        return cls(connection, path, rules or MergeRules())

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Writing ----------------------------------------------------------------------------

    def stored(self, article: Article | StorableArticle) -> StoredArticle | None:
        """The stored article with this id or URL, if any."""
        row = self.connection.execute(
            "SELECT id, content_hash FROM articles WHERE id = ? OR (url IS NOT NULL AND url = ?) ORDER BY id = ? DESC LIMIT 1",
            (article.id, article.url, article.id),
        ).fetchone()
        return StoredArticle(*row) if row else None

    def has_url(self, url: str) -> bool:
        return self.connection.execute("SELECT 1 FROM articles WHERE url = ? OR id = ?", (url, url)).fetchone() is not None

    def is_unchanged(self, article: Article) -> bool:
        """True when this exact article is already stored: coding it again can be skipped."""
        found = self.stored(article)
        return found is not None and found.content_hash == content_hash(article)

    def add(self, coded: CodedArticle | StorableArticle) -> str:
        """Store one coded article in one transaction: ``"added"``, ``"replaced"`` or ``"unchanged"``."""
        return self.add_many([coded])[0]

    def add_many(self, batch: Iterable[CodedArticle | StorableArticle]) -> list[str]:
        """Store several coded articles in one transaction (faster; all or none of them)."""
        articles = [item if isinstance(item, StorableArticle) else storable(item) for item in batch]
        cursor = self.connection.cursor()
        try:
            cursor.execute("BEGIN IMMEDIATE")
            outcomes = BatchWrite(cursor, self.rules).write(articles)
            cursor.execute("COMMIT")
        except BaseException as exc:
            if self.connection.in_transaction:
                cursor.execute("ROLLBACK")
            if isinstance(exc, sqlite3.DatabaseError):
                raise StoreError(f"cannot write to the store at {self.path}: {exc}") from exc
            raise
        return outcomes

    def add_stream(
        self, items: Iterable[CodedArticle | StorableArticle], batch_size: int = WRITE_BATCH,
        bulk_after: int = BULK_AFTER_EVENTS,
    ) -> Iterator[tuple[str, str]]:
        """Store a long stream in transactions of ``batch_size`` articles: ``(article id, outcome)`` per article.

        For results already coded (the batch runner's Parquet): a stop loses at most
        the transaction in progress, and a rerun adds it. Once the stream has written
        ``bulk_after`` events and as many as the store held, the deferred indexes are
        dropped until the stream ends (``schema.DEFERRED_INDEXES``), and so are the triggers
        that keep the aggregations' totals, which are then counted afresh (``totals``)."""
        iterator = iter(items)
        held = self.connection.execute("SELECT count(*) FROM events").fetchone()[0]
        written, bulk = 0, False
        try:
            # Paused for the whole stream, not per batch: re-enabled after each batch, the collector
            # soon walks every object the process holds (the caller's input among them) again.
            # The young objects each batch leaves are collected after it instead, which is cheap.
            with cyclic_gc_paused():
                while chunk := [item if isinstance(item, StorableArticle) else storable(item) for item in islice(iterator, batch_size)]:
                    if not bulk and written >= max(held, bulk_after):
                        self._schema_change(drop_deferred_indexes)
                        self._schema_change(drop_totals)
                        bulk = True
                    yield from zip((article.id for article in chunk), self.add_many(chunk))
                    written += sum(len(article.events) for article in chunk)
                    gc.collect(1)
        finally:
            if bulk:
                self._schema_change(build_deferred_indexes)
                self._schema_change(build_totals)

    def _schema_change(self, change: Callable[[sqlite3.Connection], object]) -> None:
        try:
            change(self.connection)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot change the indexes or totals of the store at {self.path}: {exc}") from exc

    def save_feed(self, url: str, etag: str | None, last_modified: str | None) -> None:
        with self.connection:
            self.connection.execute(
                "INSERT INTO feeds (url, etag, last_modified, checked_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,"
                " checked_at = excluded.checked_at",
                (url, etag, last_modified, dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")),
            )

    def feed_validators(self, url: str) -> tuple[str | None, str | None]:
        row = self.connection.execute("SELECT etag, last_modified FROM feeds WHERE url = ?", (url,)).fetchone()
        return (row[0], row[1]) if row else (None, None)

    # Reading ----------------------------------------------------------------------------

    def events(self, query: EventQuery = EventQuery(), *, limit: int | None = None, offset: int = 0) -> Iterator[EventRecord]:
        """Raw event mentions, as `diurna code` printed them, with the ``cluster_id`` of the act they report."""
        where, params = query.where("e")
        sql = (f"SELECT {RECORD_COLUMNS}, e.cluster_id FROM events e {SENTENCE_JOIN} WHERE {where}"
               " ORDER BY e.date, e.article_id, e.rowid")
        sql, params = _paged(sql, params, limit, offset)
        for row in self.connection.execute(sql, params):
            yield event_record(row) | {"cluster_id": row[RECORD_COLUMN_COUNT]}

    def clusters(self, query: EventQuery = EventQuery(), *, limit: int | None = None, offset: int = 0) -> Iterator[EventRecord]:
        """One record per real-world act that has a mention matching the query: its representative
        mention's record, with ``cluster`` holding the counts and every mention's event id."""
        direct = query.cluster_where("c")
        if direct is not None:
            where, params = direct
        else:
            where, params = query.where("e")
            where = f"c.id IN (SELECT e.cluster_id FROM events e WHERE {where})"
        sql, params = _paged(f"{CLUSTER_ROWS} WHERE {where} ORDER BY c.date, c.id", params, limit, offset)
        for row in self.connection.execute(sql, params).fetchall():
            event_ids = [r[0] for r in self.connection.execute(
                "SELECT event_id FROM events WHERE cluster_id = ? ORDER BY event_id", (row[0],)
            )]
            yield _cluster_record(row, event_ids)

    def counts(self) -> dict[str, int]:
        tables = ("articles", "sentences", "actor_mentions", "place_mentions", "events", "clusters")
        return {table: self.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in tables}

    def article(self, article_id: str) -> dict[str, Any] | None:
        row = self.connection.execute(
            "SELECT id, url, source, title, published, language, text, content_hash FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            return None
        keys = ("id", "url", "source", "title", "published", "language", "text", "content_hash")
        return dict(zip(keys, row))

    def integrity(self) -> str:
        return self.connection.execute("PRAGMA integrity_check").fetchone()[0]

    def event(self, event_id: str) -> EventRecord | None:
        """One event mention by its id, as ``events`` gives it (with its ``cluster_id``)."""
        row = self.connection.execute(
            f"SELECT {RECORD_COLUMNS}, e.cluster_id FROM events e {SENTENCE_JOIN} WHERE e.event_id = ?", (event_id,)
        ).fetchone()
        return None if row is None else event_record(row) | {"cluster_id": row[RECORD_COLUMN_COUNT]}

    def cluster(self, cluster_id: int) -> EventRecord | None:
        """One act as ``clusters`` gives it, with ``mentions``: every report's record, with its
        ``cluster_id``, where its sentence starts in its article (``sentence_start``) and the
        article's ``title``, ``url`` and ``published`` date under ``article``."""
        row = self.connection.execute(f"{CLUSTER_ROWS} WHERE c.id = ?", (cluster_id,)).fetchone()
        if row is None:
            return None
        mentions = []
        for mention in self.connection.execute(
            f"SELECT {RECORD_COLUMNS}, s.start, a.title, a.url, a.published FROM events e JOIN articles a ON a.id = e.article_id"
            f" {SENTENCE_JOIN} WHERE e.cluster_id = ? ORDER BY e.event_id",
            (cluster_id,),
        ):
            sentence_start, title, article_url, published = mention[RECORD_COLUMN_COUNT:]
            mentions.append(event_record(mention) | {
                "cluster_id": cluster_id, "sentence_start": sentence_start,
                "article": {"title": title, "url": article_url, "published": published},
            })
        return _cluster_record(row, [m["event_id"] for m in mentions]) | {"mentions": mentions}

    def article_spans(self, article_id: str) -> dict[str, list[dict[str, Any]]]:
        """The stored spans of one article, offsets into its text: ``sentences`` (index, start, end),
        ``actors`` (with how each resolved) and ``places`` (``name`` and the rest ``None`` when unresolved)."""
        def rows(sql: str, keys: tuple[str, ...]) -> list[dict[str, Any]]:
            return [dict(zip(keys, row)) for row in self.connection.execute(sql, (article_id,))]

        return {
            "sentences": rows(
                'SELECT sentence_index, start, "end" FROM sentences WHERE article_id = ? ORDER BY sentence_index',
                ("sentence_index", "start", "end"),
            ),
            "actors": rows(
                'SELECT sentence_index, start, "end", text, code, country, organization, sector, entity, how'
                " FROM actor_mentions WHERE article_id = ? ORDER BY start",
                ("sentence_index", "start", "end", "text", "code", "country", "organization", "sector", "entity", "how"),
            ),
            "places": rows(
                'SELECT sentence_index, start, "end", text, name, country, lat, lon, feature, geonameid'
                " FROM place_mentions WHERE article_id = ? ORDER BY start",
                ("sentence_index", "start", "end", "text", "name", "country", "lat", "lon", "feature", "geonameid"),
            ),
        }

    def actor_mentions(self, words: str, *, limit: int = 20) -> list[dict[str, Any]]:
        """Stored actor mentions whose text or entity contains ``words`` (case-blind for ASCII), one row
        per distinct reading, most frequent first, with how many mentions and articles have it."""
        pattern = "%" + like_escaped(words) + "%"
        keys = ("text", "code", "country", "organization", "sector", "entity", "mentions", "articles")
        rows = self.connection.execute(
            "SELECT text, code, country, organization, sector, entity, count(*) AS n, count(DISTINCT article_id)"
            " FROM actor_mentions WHERE text LIKE ? ESCAPE '\\' OR entity LIKE ? ESCAPE '\\'"
            " GROUP BY text, code, country, organization, sector, entity ORDER BY n DESC, text LIMIT ?",
            (pattern, pattern, limit),
        )
        return [dict(zip(keys, row)) for row in rows]


# One act: its cluster's counts and its representative report's record (and article URL).
CLUSTER_ROWS = (
    f"SELECT c.id, c.num_mentions, c.num_articles, c.num_sources, c.date, c.code, a.url, {RECORD_COLUMNS} FROM clusters c"
    f" JOIN events e ON e.event_id = c.representative JOIN articles a ON a.id = e.article_id {SENTENCE_JOIN}"
)


def _cluster_record(row: tuple, event_ids: list[str]) -> EventRecord:
    """A ``CLUSTER_ROWS`` row as the representative's record with its ``cluster``."""
    cluster_id, mentions, articles, sources, date, code, url = row[:7]
    return event_record(row[7:]) | {
        "cluster": {
            "id": cluster_id, "num_mentions": mentions, "num_articles": articles, "num_sources": sources,
            "date": date, "code": code, "source_url": url, "event_ids": event_ids,
        }
    }


def _paged(sql: str, params: list[object], limit: int | None, offset: int) -> tuple[str, list[object]]:
    if limit is None and not offset:
        return sql, params
    return sql + " LIMIT ? OFFSET ?", [*params, -1 if limit is None else limit, offset]
