"""The embedded store: SQLite in WAL mode, one file, no server.

    store = Store.open("diurna.db")
    store.add(coded_article)          # "added", "replaced" or "unchanged"
    for record in store.clusters(EventQuery(actor="RUS", code="19")): ...

Each article is written in one transaction: its text, sentences, actor and
place mentions and events, and the clusters its events join. Ingesting the
same article twice changes nothing (same id or URL, same content hash); a
changed article replaces its rows and leaves its clusters recounted. A run
killed mid-way leaves whole articles only, and the next run adds the rest.

The store sits on top of the stages: it takes ``CodedArticle`` records and
gives back the contract's event records (``export.jsonl.EventRecord``).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Iterable, Iterator
from urllib.parse import urlsplit

from ..errors import StoreError
from ..export.jsonl import EventRecord
from ..records import Article, CodedArticle
from .clusters import ClusterView, MergeRules, PlaceKey, Report, best_cluster, report_from_record
from .query import EventQuery, like_escaped, place_key
from .schema import VERSION, migrate
from .storable import StorableArticle, StorableEvent, content_hash, storable

__all__ = ["Store", "EventQuery", "MergeRules", "StorableArticle", "store_path", "content_hash", "storable"]


def store_path(db: str | os.PathLike[str] | None, default: Path) -> Path:
    """The store to use: ``--db``, else ``$DIURNA_DB``, else the configured default."""
    chosen = db or os.environ.get("DIURNA_DB") or default
    return Path(chosen).expanduser()


def outlet(url: str | None) -> str | None:
    """The source of an article for counting sources: its URL's host without ``www.``."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.") or None


@dataclass(frozen=True, slots=True)
class StoredArticle:
    id: str
    content_hash: str


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
        outcomes: list[str] = []
        touched: set[int] = set()
        cursor = self.connection.cursor()
        try:
            cursor.execute("BEGIN IMMEDIATE")
            pending: list[str] = []  # articles whose sentences are not yet in the full-text index
            for item in batch:
                article = item if isinstance(item, StorableArticle) else storable(item)
                found = self.stored(article)
                if pending and found is not None:
                    # A replacement deletes sentences through the FTS trigger: index what is pending first.
                    self._index_sentences(cursor, pending)
                outcome = self._write(cursor, article, found, touched)
                if outcome != "unchanged":
                    pending.append(article.id)
                outcomes.append(outcome)
            self._index_sentences(cursor, pending)
            self._recount(cursor, touched)
            cursor.execute("COMMIT")
        except BaseException as exc:
            if self.connection.in_transaction:
                cursor.execute("ROLLBACK")
            if isinstance(exc, sqlite3.DatabaseError):
                raise StoreError(f"cannot write to the store at {self.path}: {exc}") from exc
            raise
        return outcomes

    @staticmethod
    def _index_sentences(cursor: sqlite3.Cursor, pending: list[str]) -> None:
        """Add the sentences of the pending articles to the full-text index, and empty the list."""
        cursor.executemany(
            "INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences WHERE article_id = ?",
            [(article_id,) for article_id in pending],
        )
        pending.clear()

    def _write(self, cursor: sqlite3.Cursor, article: StorableArticle, found: StoredArticle | None, touched: set[int]) -> str:
        if found is not None and found.content_hash == article.content_hash:
            return "unchanged"
        source = outlet(article.url)
        if found is not None:
            touched.update(r[0] for r in cursor.execute(
                "SELECT DISTINCT cluster_id FROM events WHERE article_id = ? AND cluster_id IS NOT NULL", (found.id,)
            ))
            cursor.execute("DELETE FROM articles WHERE id = ?", (found.id,))
        cursor.execute(
            "INSERT INTO articles (id, url, source, title, published, language, text, content_hash, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id, article.url, source, article.title, article.published, article.language,
                article.text, article.content_hash, dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            ),
        )
        cursor.executemany(
            'INSERT INTO sentences (article_id, sentence_index, start, "end", text) VALUES (?, ?, ?, ?, ?)',
            [(article.id, index, *row) for index, row in enumerate(article.sentences)],
        )
        sentence_ids = dict(cursor.execute("SELECT sentence_index, id FROM sentences WHERE article_id = ?", (article.id,)).fetchall())
        cursor.executemany(
            'INSERT INTO actor_mentions (article_id, sentence_index, start, "end", text, code, country, organization, sector, entity, how)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(article.id, *row) for row in article.actors],
        )
        cursor.executemany(
            'INSERT INTO place_mentions (article_id, sentence_index, start, "end", text, name, country, lat, lon, feature, geonameid)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(article.id, *row) for row in article.places],
        )
        rows = [self._event_row(cursor, event, sentence_ids, source, touched) for event in article.events]
        cursor.executemany(
            "INSERT OR REPLACE INTO events (event_id, article_id, cluster_id, sentence_id, date, date_basis, cameo_code, cameo_root,"
            " quad_class, goldstein, plover_type, source_key, source_country, source_organization, source_entity,"
            " target_key, target_country, target_organization, target_entity, place_country, geonameid, place_names,"
            " place_in_sentence, negated, confidence, record)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        return "replaced" if found is not None else "added"

    def _event_row(
        self, cursor: sqlite3.Cursor, event: StorableEvent, sentence_ids: dict[int, int], source: str | None, touched: set[int]
    ) -> tuple:
        """The event's row, once its cluster is chosen (a new cluster is written here)."""
        record = event.record
        report = report_from_record(record)
        if not event.place_in_sentence:
            report = replace(report, place=None, hint=report.place)  # a dateline's place: where the reporter was
        cluster_id = self._cluster_for(cursor, report, record, source, touched)
        location = record["location"]
        names = {place_key(name) for name in (location and location["name"], event.place_name) if name}
        cameo, src, tgt = record["cameo"], record["source"], record["target"] or {}
        return (
            record["event_id"], record["article_id"], cluster_id, sentence_ids.get(record["sentence_index"]),
            record["date"], record["date_basis"], cameo["code"], cameo["root"], cameo["quad_class"], cameo["goldstein"],
            record["plover"]["type"] if record["plover"] else None,
            report.source_key, src["country"], src["organization"], src["entity"],
            report.target_key, tgt.get("country"), tgt.get("organization"), tgt.get("entity"),
            location["country"] if location else None, location["geonameid"] if location else None,
            ("|" + "|".join(sorted(names)) + "|") if names else None,
            None if location is None else int(event.place_in_sentence),
            int(record["negated"]), record["confidence"], json.dumps(record, ensure_ascii=False),
        )

    def _cluster_for(self, cursor: sqlite3.Cursor, report: Report, record: EventRecord, source: str | None, touched: set[int]) -> int:
        """The cluster this event joins: an existing compatible one (recounted at commit), else a new one."""
        window = max(self.rules.window_days, self.rules.article_window_days)
        if report.date is not None:
            low = (report.date - dt.timedelta(days=window)).isoformat()
            high = (report.date + dt.timedelta(days=window)).isoformat()
            date_clause, date_params = "AND (date IS NULL OR date BETWEEN ? AND ?)", [low, high]
        else:
            date_clause, date_params = "", []
        rows = cursor.execute(
            "SELECT id, code, date, date_basis, place_name, place_country, lat, lon, feature, geonameid FROM clusters"
            f" WHERE source_key = ? AND target_key = ? AND root = ? AND negated = ? {date_clause}",
            [report.source_key, report.target_key, report.root, int(report.negated), *date_params],
        ).fetchall()
        candidates = [
            ClusterView(
                id=row[0], code=row[1], date=dt.date.fromisoformat(row[2]) if row[2] else None, date_basis=row[3],
                place=PlaceKey(*row[4:10]) if row[4] is not None or row[5] is not None else None,
            )
            for row in rows
        ]
        chosen = best_cluster(report, candidates, self.rules)
        if chosen is not None:
            touched.add(chosen.id)
            return chosen.id
        # A new cluster of one mention: its summary is the event's own, no recount needed.
        place = report.place
        cursor.execute(
            "INSERT INTO clusters (source_key, target_key, root, negated, date, date_basis, code, place_name, place_country,"
            " lat, lon, feature, geonameid, num_mentions, num_articles, num_sources, confidence, representative,"
            " quad_class, goldstein) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, ?, ?, ?, ?, ?)",
            (
                report.source_key, report.target_key, report.root, int(report.negated),
                report.date.isoformat() if report.date else None, report.date_basis, report.code,
                *((place.name, place.country, place.lat, place.lon, place.feature, place.geonameid) if place else (None,) * 6),
                1 if source else 0, record["confidence"], report.event_id, record["cameo"]["quad_class"], record["cameo"]["goldstein"],
            ),
        )
        return cursor.lastrowid  # type: ignore[return-value]

    def _recount(self, cursor: sqlite3.Cursor, cluster_ids: set[int]) -> None:
        """Counts, date, code, place and representative of each cluster, from its members."""
        for cluster_id in sorted(cluster_ids):
            members = cursor.execute(
                "SELECT e.event_id, e.article_id, a.source, e.cameo_code, e.date, e.date_basis, e.confidence,"
                " CASE WHEN e.place_in_sentence THEN e.record END, e.quad_class, e.goldstein FROM events e JOIN articles a ON a.id = e.article_id WHERE e.cluster_id = ?"
                " ORDER BY e.event_id",
                (cluster_id,),
            ).fetchall()
            if not members:
                cursor.execute("DELETE FROM clusters WHERE id = ?", (cluster_id,))
                continue
            texts = Counter(m[4] for m in members if m[4] and m[5] == "text")
            dates = texts or Counter(m[4] for m in members if m[4])
            date = min(dates, key=lambda d: (-dates[d], d)) if dates else None
            basis = "text" if texts else (members[0][5] if date else None)
            codes = Counter(m[3] for m in members)
            code = min(codes, key=lambda c: (-codes[c], c))
            places = [PlaceKey.from_record(json.loads(m[7])["location"]) for m in members if m[7] is not None]
            known = [p for p in places if p is not None]
            place = max(known, key=lambda p: (p.specificity, sum(q == p for q in known))) if known else None
            # The most confident mention with the cluster's code stands for it; ties go to the smallest id.
            representative = min(members, key=lambda m: (m[3] != code, -m[6], m[0]))
            cursor.execute(
                "UPDATE clusters SET num_mentions = ?, num_articles = ?, num_sources = ?, date = ?, date_basis = ?, code = ?,"
                " place_name = ?, place_country = ?, lat = ?, lon = ?, feature = ?, geonameid = ?, confidence = ?,"
                " representative = ?, quad_class = ?, goldstein = ? WHERE id = ?",
                (
                    len(members), len({m[1] for m in members}), len({m[2] for m in members if m[2]}), date, basis, code,
                    *((place.name, place.country, place.lat, place.lon, place.feature, place.geonameid) if place else (None,) * 6),
                    max(m[6] for m in members), representative[0], representative[8], representative[9], cluster_id,
                ),
            )

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
        sql = f"SELECT e.record, e.cluster_id FROM events e WHERE {where} ORDER BY e.date, e.article_id, e.rowid"
        sql, params = _paged(sql, params, limit, offset)
        for record, cluster_id in self.connection.execute(sql, params):
            yield json.loads(record) | {"cluster_id": cluster_id}

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
        row = self.connection.execute("SELECT record, cluster_id FROM events WHERE event_id = ?", (event_id,)).fetchone()
        return None if row is None else json.loads(row[0]) | {"cluster_id": row[1]}

    def cluster(self, cluster_id: int) -> EventRecord | None:
        """One act as ``clusters`` gives it, with ``mentions``: every report's record, with its
        ``cluster_id``, where its sentence starts in its article (``sentence_start``) and the
        article's ``title``, ``url`` and ``published`` date under ``article``."""
        row = self.connection.execute(f"{CLUSTER_ROWS} WHERE c.id = ?", (cluster_id,)).fetchone()
        if row is None:
            return None
        mentions = []
        for mention, sentence_start, title, article_url, published in self.connection.execute(
            "SELECT e.record, s.start, a.title, a.url, a.published FROM events e JOIN articles a ON a.id = e.article_id"
            " LEFT JOIN sentences s ON s.id = e.sentence_id WHERE e.cluster_id = ? ORDER BY e.event_id",
            (cluster_id,),
        ):
            mentions.append(json.loads(mention) | {
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
    "SELECT c.id, c.num_mentions, c.num_articles, c.num_sources, c.date, c.code, a.url, r.record FROM clusters c"
    " JOIN events r ON r.event_id = c.representative JOIN articles a ON a.id = r.article_id"
)


def _cluster_record(row: tuple, event_ids: list[str]) -> EventRecord:
    """A ``CLUSTER_ROWS`` row as the representative's record with its ``cluster``."""
    cluster_id, mentions, articles, sources, date, code, url, record = row
    return json.loads(record) | {
        "cluster": {
            "id": cluster_id, "num_mentions": mentions, "num_articles": articles, "num_sources": sources,
            "date": date, "code": code, "source_url": url, "event_ids": event_ids,
        }
    }


def _paged(sql: str, params: list[object], limit: int | None, offset: int) -> tuple[str, list[object]]:
    if limit is None and not offset:
        return sql, params
    return sql + " LIMIT ? OFFSET ?", [*params, -1 if limit is None else limit, offset]
