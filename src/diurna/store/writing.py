"""One write transaction of the store: a batch of articles, their rows and their clusters.

``Store.add_many`` opens the transaction and hands the batch to a ``BatchWrite``.
Rows are gathered in memory and written with one ``executemany`` per table
when the batch ends, and the clusters an event may join are read once per
batch, not once per event: per event, SQLite then only inserts. The order
of the articles in the batch still decides everything, as if they had been
written one by one:

- an article seen earlier in the batch (same id or URL) is "unchanged" or
  replaced, like one stored by an earlier transaction (its pending rows are
  written first, so that the replacement deletes them);
- an event can join a cluster started earlier in the batch, and sees each
  cluster's summary (date, code, place) as it stands after the events before
  it: the members of every cluster that changed are kept in memory;
- the rows of the clusters that changed are rewritten once, at the end.

Row ids of new sentences and clusters are given here, from the table's
largest id: the transaction holds the write lock, so nobody else adds rows.
"""

from __future__ import annotations

import datetime as dt
import gc
import re
import sqlite3
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from typing import Iterator, NamedTuple
from urllib.parse import urlsplit

from ..errors import StoreError
from .clusters import ClusterView, MergeRules, PlaceKey, Report, best_cluster, report_from_record
from .event_records import stored_location, stored_record
from .query import place_key
from .storable import StorableArticle, StorableEvent

# Bound parameters per statement stay well under SQLite's limit (32,766).
IDS_PER_QUERY = 500

# An event whose sentence index names none of its article's sentences: no sentence row, no text.
NO_SENTENCE: tuple[None, None] = (None, None)

Block = tuple[str, str, str, int]  # source key, target key, root, negated: only these clusters can merge


class Member(NamedTuple):
    """What a cluster's summary is computed from, per member event (``cluster_summary``)."""

    event_id: str
    article_id: str
    source: str | None  # the article's outlet
    code: str
    date: str | None
    date_basis: str | None
    confidence: float
    place: PlaceKey | None  # only when the event's own sentence names it (the store has it in the record)
    quad_class: int | None
    goldstein: float | None


# The same, as the events table holds it (the place's name and coordinates still inside the record;
# its country and GeoNames id the last two columns).
MEMBER_COLUMNS = ("e.event_id, e.article_id, a.source, e.cameo_code, e.date, e.date_basis, e.confidence,"
                  " CASE WHEN e.place_in_sentence THEN e.record END, e.quad_class, e.goldstein, e.place_country, e.geonameid")


# A plain http(s) URL whose host is letters, digits, dots and hyphens up to its path: its host is
# read directly. Anything else (a port, user info, brackets, spaces, other schemes) goes through
# urlsplit, which is several times slower per article.
PLAIN_HOST = re.compile(r"https?://([A-Za-z0-9.-]*)(?:[/?#]|\Z)")


def outlet(url: str | None) -> str | None:
    """The source of an article for counting sources: its URL's host without ``www.``."""
    if not url:
        return None
    plain = PLAIN_HOST.match(url)
    host = (plain.group(1) if plain else urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.") or None


@dataclass(frozen=True, slots=True)
class StoredArticle:
    id: str
    content_hash: str


@dataclass(slots=True)
class PendingRows:
    """Rows gathered for the articles written since the last flush, in foreign-key order."""

    article_ids: set[str] = field(default_factory=set)
    articles: list[tuple] = field(default_factory=list)
    sentences: list[tuple] = field(default_factory=list)
    actors: list[tuple] = field(default_factory=list)
    places: list[tuple] = field(default_factory=list)
    clusters: list[tuple] = field(default_factory=list)
    events: list[tuple] = field(default_factory=list)


class BatchWrite:
    """The state of one write transaction. Use once: ``outcomes = BatchWrite(cursor, rules).write(articles)``."""

    def __init__(self, cursor: sqlite3.Cursor, rules: MergeRules) -> None:
        self.cursor = cursor
        self.rules = rules
        self.pending = PendingRows()
        self.clusters: dict[Block, list[ClusterView]] = {}  # candidates per block: stored, then new
        self.block_of: dict[int, Block] = {}
        # Every member of each cluster started or changed in this batch, kept up to date so that
        # later events see the cluster as a one-by-one writer would. A stored cluster an event
        # joins is "stale" until needed: its stored members are read only if another event
        # of the batch may join it, else with all the others in one query at the end.
        self.members: dict[int, list[Member]] = {}
        self.stale: dict[int, list[Member]] = {}  # stored cluster -> the members this batch added
        self.changed: set[int] = set()  # clusters joined or left since the store had them: rewritten at the end
        # Clusters whose members changed since their view was computed: the view is computed again
        # only when a later event of the batch weighs the cluster (most never are).
        self.outdated: set[int] = set()
        # The blocks holding a stale or outdated cluster: the only ones an event must bring up to date.
        self.dirty: set[Block] = set()
        self.place_names: dict[tuple[str | None, str | None], str | None] = {}
        self.next_sentence_id = _largest_id(cursor, "sentences") + 1
        self.next_cluster_id = _largest_id(cursor, "clusters") + 1
        # When the batch's articles were ingested: one transaction, one time (read once, not per article).
        self.ingested_at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")

    def write(self, articles: list[StorableArticle]) -> list[str]:
        """Write the batch; one outcome per article: ``"added"``, ``"replaced"`` or ``"unchanged"``."""
        with cyclic_gc_paused():
            return self._write(articles)

    def _write(self, articles: list[StorableArticle]) -> list[str]:
        known = self._stored(articles)
        reports = [[report_from_record(event.record, event.place_in_sentence) for event in article.events] for article in articles]
        self._read_clusters(reports)
        outcomes = []
        for article, article_reports in zip(articles, reports):
            found = known.get(("id", article.id)) or (known.get(("url", article.url)) if article.url else None)
            if found is not None and found.content_hash == article.content_hash:
                outcomes.append("unchanged")
                continue
            if found is not None:
                self._delete(found.id)
                known.pop(("id", found.id), None)
            self._gather(article, article_reports)
            stored = StoredArticle(article.id, article.content_hash)
            known[("id", article.id)] = stored
            if article.url:
                known[("url", article.url)] = stored
            outcomes.append("replaced" if found is not None else "added")
        self._complete(list(self.stale))
        self._settle_new_clusters()
        self._flush()
        self._recount()
        return outcomes

    # Reading what the batch needs ---------------------------------------------------------

    def _stored(self, articles: list[StorableArticle]) -> dict[tuple[str, str], StoredArticle]:
        """The stored articles the batch names, by ``("id", id)`` and ``("url", url)``."""
        known: dict[tuple[str, str], StoredArticle] = {}
        for column, values in (("id", {a.id for a in articles}), ("url", {a.url for a in articles if a.url})):
            for chunk in _chunks(sorted(values), IDS_PER_QUERY):
                marks = ",".join("?" * len(chunk))
                for article_id, url, digest in self.cursor.execute(
                    f"SELECT id, url, content_hash FROM articles WHERE {column} IN ({marks})", chunk
                ):
                    stored = StoredArticle(article_id, digest)
                    known[("id", article_id)] = stored
                    if url:
                        known.setdefault(("url", url), stored)
        return known

    def _read_clusters(self, reports: list[list[Report]]) -> None:
        """The stored clusters any event of the batch might join, in one query.

        Per block the dates asked for span the batch's dates in it, widened by the
        larger window; ``best_cluster`` applies the exact windows afterwards."""
        window = dt.timedelta(days=max(self.rules.window_days, self.rules.article_window_days))
        spans: dict[Block, tuple[dt.date, dt.date] | None] = {}
        for article_reports in reports:
            for report in article_reports:
                block, date = _block(report), report.date
                span = spans.get(block, ())
                if span is None:
                    continue  # already any date
                if date is None:
                    spans[block] = None  # a report without a date fits any date
                elif not span:
                    spans[block] = (date, date)
                elif date < span[0] or date > span[1]:
                    spans[block] = (min(span[0], date), max(span[1], date))
        self.cursor.execute(
            "CREATE TEMP TABLE IF NOT EXISTS batch_blocks (source_key TEXT, target_key TEXT, root TEXT, negated INTEGER, low TEXT, high TEXT)"
        )
        self.cursor.execute("DELETE FROM temp.batch_blocks")
        self.cursor.executemany(
            "INSERT INTO temp.batch_blocks VALUES (?, ?, ?, ?, ?, ?)",
            [(*block, *(((span[0] - window).isoformat(), (span[1] + window).isoformat()) if span else (None, None)))
             for block, span in spans.items()],
        )
        rows = self.cursor.execute(
            "SELECT c.source_key, c.target_key, c.root, c.negated, c.id, c.code, c.date, c.date_basis,"
            " c.place_name, c.place_country, c.lat, c.lon, c.feature, c.geonameid"
            " FROM temp.batch_blocks k CROSS JOIN clusters c ON c.source_key = k.source_key AND c.target_key = k.target_key"
            " AND c.root = k.root AND c.negated = k.negated"
            " AND (k.low IS NULL OR c.date IS NULL OR c.date BETWEEN k.low AND k.high) ORDER BY c.id"
        ).fetchall()
        self.clusters = {block: [] for block in spans}
        block_of, clusters, parse = self.block_of, self.clusters, dt.date.fromisoformat
        for row in rows:
            block = row[:4]  # a tuple equal to the block's key
            block_of[row[4]] = block
            clusters[block].append(ClusterView(
                row[4], row[5], parse(row[6]) if row[6] else None, row[7],
                PlaceKey(*row[8:14]) if row[8] is not None or row[9] is not None else None,
            ))

    # Writing one article ------------------------------------------------------------------

    def _delete(self, article_id: str) -> None:
        """Remove a stored article (its rows go with it); the clusters it reported lose its events."""
        if article_id in self.pending.article_ids:
            self._complete(list(self.stale))  # before their new members reach the table
            self._flush()  # the replaced version is still in memory: write it, then delete it
        clusters = [r[0] for r in self.cursor.execute(
            "SELECT DISTINCT cluster_id FROM events WHERE article_id = ? AND cluster_id IS NOT NULL", (article_id,)
        )]
        self.cursor.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        self._complete([c for c in clusters if c in self.stale])  # read after the deletion: without its events
        unknown = self._stored_members([c for c in clusters if c not in self.members])
        for cluster_id in clusters:
            if cluster_id in unknown:
                self.members[cluster_id] = unknown[cluster_id]
            else:  # known whole, perhaps with members still pending: drop the deleted ones
                self.members[cluster_id] = [m for m in self.members[cluster_id] if m.article_id != article_id]
            self.changed.add(cluster_id)
            self._update_view(cluster_id)

    def _gather(self, article: StorableArticle, reports: list[Report]) -> None:
        pending = self.pending
        source = outlet(article.url)
        pending.article_ids.add(article.id)
        pending.articles.append((
            article.id, article.url, source, article.title, article.published, article.language,
            article.text, article.content_hash, self.ingested_at,
        ))
        sentence_ids = {}
        for index, (start, end, text) in enumerate(article.sentences):
            sentence_ids[index] = (self.next_sentence_id, text)
            pending.sentences.append((self.next_sentence_id, article.id, index, start, end, text))
            self.next_sentence_id += 1
        pending.actors.extend((article.id, *row) for row in article.actors)
        pending.places.extend((article.id, *row) for row in article.places)
        add_event = pending.events.append
        for event, report in zip(article.events, reports):
            add_event(self._event_row(event, report, sentence_ids, source))

    def _event_row(self, event: StorableEvent, report: Report, sentences: dict[int, tuple[int, str]], source: str | None) -> tuple:
        """The event's row, once its cluster is chosen (a new cluster is gathered here). ``sentences``: the
        article's sentence rows by index, their id and text."""
        record = event.record
        cameo, src, tgt = record["cameo"], record["source"], record["target"] or {}
        if cameo["code"] is None or cameo["root"] is None or src is None or record["confidence"] is None:
            raise StoreError(f"event {record['event_id']} of article {record['article_id']} lacks a CAMEO code, a source or a confidence")
        location = record["location"]  # report.place is None when only the dateline names it (report_from_record)
        event_id, article_id, date, basis, confidence = (
            record["event_id"], record["article_id"], record["date"], record["date_basis"], record["confidence"])
        code, quad_class, goldstein = cameo["code"], cameo["quad_class"], cameo["goldstein"]
        member = Member(event_id, article_id, source, code, date, basis, confidence, report.place, quad_class, goldstein)
        sentence_id, sentence_text = sentences.get(record["sentence_index"], NO_SENTENCE)
        return (
            event_id, article_id, self._cluster_for(report, member, source), sentence_id,
            date, basis, code, cameo["root"], quad_class, goldstein, record["plover"]["type"] if record["plover"] else None,
            report.source_key, src["country"], src["organization"], src["entity"],
            report.target_key, tgt.get("country"), tgt.get("organization"), tgt.get("entity"),
            *((location["country"], location["geonameid"]) if location else (None, None)),
            self._place_names(location and location["name"], event.place_name),
            None if location is None else int(event.place_in_sentence),
            int(record["negated"]), confidence, stored_record(record, sentence_text),
        )

    def _place_names(self, mentioned: str | None, named: str | None) -> str | None:
        """``place_names`` once per pair of names in the batch: the same places come back often."""
        pair = (mentioned, named)
        found = self.place_names.get(pair, False)
        if found is False:
            found = self.place_names[pair] = _place_names(mentioned, named)
        return found

    def _cluster_for(self, report: Report, member: Member, source: str | None) -> int:
        """The cluster this event joins (its summary updated at once), else a new one."""
        block = _block(report)
        candidates = self.clusters.setdefault(block, [])
        if block in self.dirty:
            self._bring_up_to_date(candidates)
            self.dirty.discard(block)
        chosen = best_cluster(report, candidates, self.rules)
        if chosen is not None:
            self.changed.add(chosen.id)
            if chosen.id in self.members:
                self.members[chosen.id].append(member)
                self._update_view(chosen.id)
            else:
                self.stale.setdefault(chosen.id, []).append(member)
                self.dirty.add(block)
            return chosen.id
        cluster_id = self.next_cluster_id
        self.next_cluster_id += 1
        place = report.place
        candidates.append(ClusterView(cluster_id, report.code, report.date, report.date_basis, place))
        self.block_of[cluster_id] = block
        self.members[cluster_id] = [member]
        # A new cluster's summary is its first event's; the end of the batch updates it if others joined.
        self.pending.clusters.append((
            cluster_id, report.source_key, report.target_key, report.root, int(report.negated), 1, 1, 1 if source else 0,
            report.date.isoformat() if report.date else None, report.date_basis, report.code,
            *((place.name, place.country, place.lat, place.lon, place.feature, place.geonameid) if place else (None,) * 6),
            member.confidence, report.event_id, member.quad_class, member.goldstein,
        ))
        return cluster_id

    def _bring_up_to_date(self, candidates: list[ClusterView]) -> None:
        """Before an event weighs these clusters: read the stale ones whole, then refresh what changed."""
        stale, outdated = self.stale, self.outdated
        ids = [view.id for view in candidates if view.id in stale or view.id in outdated]
        self._complete([cluster_id for cluster_id in ids if cluster_id in stale])  # they become outdated
        for cluster_id in ids:
            if cluster_id in outdated:
                self._refresh_view(cluster_id)

    def _complete(self, cluster_ids: list[int]) -> None:
        """Read the stored members of these stale clusters, so that they are known whole again."""
        if not cluster_ids:
            return
        stored = self._stored_members(cluster_ids)
        for cluster_id in cluster_ids:
            self.members[cluster_id] = stored[cluster_id] + self.stale.pop(cluster_id)
            self._update_view(cluster_id)

    def _stored_members(self, cluster_ids: list[int]) -> dict[int, list[Member]]:
        """The members these clusters have in the table (a pending one is not there yet)."""
        found: dict[int, list[Member]] = {cluster_id: [] for cluster_id in cluster_ids}
        for chunk in _chunks(cluster_ids, IDS_PER_QUERY):
            for row in self.cursor.execute(
                f"SELECT e.cluster_id, {MEMBER_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id"
                f" WHERE e.cluster_id IN ({','.join('?' * len(chunk))})", chunk
            ):
                place = None if row[8] is None else PlaceKey.from_record(stored_location(row[8], row[11], row[12]))
                found[row[0]].append(Member(*row[1:8], place, row[9], row[10]))
        return found

    def _update_view(self, cluster_id: int) -> None:
        """Note that a cluster's members changed: later events of the batch must see it anew."""
        block = self.block_of.get(cluster_id)
        if block is not None:  # else no event of this batch can join it
            self.outdated.add(cluster_id)
            self.dirty.add(block)

    def _refresh_view(self, cluster_id: int) -> None:
        """What later events of the batch see of a cluster whose members changed; gone when it has none."""
        self.outdated.discard(cluster_id)
        views = self.clusters[self.block_of[cluster_id]]
        position = next(n for n, view in enumerate(views) if view.id == cluster_id)
        rows = self.members[cluster_id]
        if not rows:
            del views[position]
            return
        summary = cluster_summary(rows)
        date, basis, code, place = summary[3], summary[4], summary[5], summary[6:12]
        views[position] = ClusterView(cluster_id, code, dt.date.fromisoformat(date) if date else None, basis,
                                      PlaceKey(*place) if place[0] is not None or place[1] is not None else None)

    # Ending the batch ---------------------------------------------------------------------

    def _flush(self) -> None:
        """Write every gathered row, one statement per table, parents first."""
        pending, cursor = self.pending, self.cursor
        cursor.executemany(
            "INSERT INTO articles (id, url, source, title, published, language, text, content_hash, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            pending.articles,
        )
        cursor.executemany('INSERT INTO sentences (id, article_id, sentence_index, start, "end", text) VALUES (?, ?, ?, ?, ?, ?)',
                           pending.sentences)
        cursor.executemany("INSERT INTO sentences_fts (rowid, text) VALUES (?, ?)", [(row[0], row[5]) for row in pending.sentences])
        cursor.executemany(
            'INSERT INTO actor_mentions (article_id, sentence_index, start, "end", text, code, country, organization, sector, entity, how)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            pending.actors,
        )
        cursor.executemany(
            'INSERT INTO place_mentions (article_id, sentence_index, start, "end", text, name, country, lat, lon, feature, geonameid)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            pending.places,
        )
        cursor.executemany(
            "INSERT INTO clusters (id, source_key, target_key, root, negated, num_mentions, num_articles, num_sources, date,"
            " date_basis, code, place_name, place_country, lat, lon, feature, geonameid, confidence, representative,"
            " quad_class, goldstein) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            pending.clusters,
        )
        cursor.executemany(
            "INSERT OR REPLACE INTO events (event_id, article_id, cluster_id, sentence_id, date, date_basis, cameo_code, cameo_root,"
            " quad_class, goldstein, plover_type, source_key, source_country, source_organization, source_entity,"
            " target_key, target_country, target_organization, target_entity, place_country, geonameid, place_names,"
            " place_in_sentence, negated, confidence, record)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            pending.events,
        )
        self.pending = PendingRows()

    def _settle_new_clusters(self) -> None:
        """New clusters that others joined are inserted with their final summary, not updated after.

        Only at the end of the batch: a cluster written by an earlier flush may still change."""
        pending = self.pending.clusters
        for position, row in enumerate(pending):
            cluster_id = row[0]
            if cluster_id in self.changed and self.members[cluster_id]:
                pending[position] = (*row[:5], *cluster_summary(self.members[cluster_id]))
                self.changed.discard(cluster_id)

    def _recount(self) -> None:
        """Counts, date, code, place and representative of each cluster that changed, from its members."""
        changed = [(cluster_id, self.members[cluster_id]) for cluster_id in sorted(self.changed)]
        self.cursor.executemany("DELETE FROM clusters WHERE id = ?", [(cluster_id,) for cluster_id, rows in changed if not rows])
        self.cursor.executemany(
            "UPDATE clusters SET num_mentions = ?, num_articles = ?, num_sources = ?, date = ?, date_basis = ?, code = ?,"
            " place_name = ?, place_country = ?, lat = ?, lon = ?, feature = ?, geonameid = ?, confidence = ?,"
            " representative = ?, quad_class = ?, goldstein = ? WHERE id = ?",
            [(*cluster_summary(rows), cluster_id) for cluster_id, rows in changed if rows],
        )


def cluster_summary(members: list[Member]) -> tuple:
    """A cluster's columns from its members (``Member`` rows)."""
    return _single_summary(members[0]) if len(members) == 1 else _summary_of_many(members)


def _summary_of_many(members: list[Member]) -> tuple:
    members = sorted(members, key=lambda m: m.event_id)
    texts = Counter(m.date for m in members if m.date and m.date_basis == "text")
    dates = texts or Counter(m.date for m in members if m.date)
    date = min(dates, key=lambda d: (-dates[d], d)) if dates else None
    basis = "text" if texts else (members[0].date_basis if date else None)
    codes = Counter(m.code for m in members)
    code = min(codes, key=lambda c: (-codes[c], c))
    known = [m.place for m in members if m.place is not None]
    seen = Counter(known)
    # The most precise place, then the most reported one, then the earliest report's.
    place = max(known, key=lambda p: (p.specificity, seen[p])) if known else None
    # The most confident mention with the cluster's code stands for it; ties go to the smallest id.
    representative = min(members, key=lambda m: (m.code != code, -m.confidence, m.event_id))
    return (
        len(members), len({m.article_id for m in members}), len({m.source for m in members if m.source}), date, basis, code,
        *((place.name, place.country, place.lat, place.lon, place.feature, place.geonameid) if place else (None,) * 6),
        max(m.confidence for m in members), representative.event_id, representative.quad_class, representative.goldstein,
    )


def _single_summary(member: Member) -> tuple:
    """``cluster_summary`` of a one-member cluster (most are), without the counting."""
    place, date = member.place, member.date or None
    return (
        1, 1, 1 if member.source else 0, date, member.date_basis if date else None, member.code,
        *((place.name, place.country, place.lat, place.lon, place.feature, place.geonameid) if place else (None,) * 6),
        member.confidence, member.event_id, member.quad_class, member.goldstein,
    )


def _place_names(mentioned: str | None, named: str | None) -> str | None:
    """The events' ``place_names`` column: ``|key|key|``, the distinct keys of both names in order."""
    keys = sorted({place_key(name) for name in (mentioned, named) if name})
    return "|" + "|".join(keys) + "|" if keys else None


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a batch is gathered.

    A batch allocates several containers per event (rows, reports, members), none in a
    cycle: reference counting frees them. Each allocation burst would otherwise start
    collections that walk every object the process holds (a caller's whole input, the
    gazetteer): about a fifth of the CPU time of 300,000 events written. Collection resumes
    after the batch, which bounds what a cycle made meanwhile can hold."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _block(report: Report) -> Block:
    return (report.source_key, report.target_key, report.root, int(report.negated))


def _largest_id(cursor: sqlite3.Cursor, table: str) -> int:
    return cursor.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]


def _chunks(items: list, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk
