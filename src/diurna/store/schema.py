"""The store's schema and its migrations.

The schema version is SQLite's ``PRAGMA user_version``. ``MIGRATIONS[n]``
takes a store from version ``n`` to ``n + 1``; opening a store runs the
missing ones in one transaction each, so an old store upgrades itself and a
half-run migration never shows.

Tables:
    articles        one row per article: text, metadata, content hash, its outlet
    sentences       every parsed sentence (FTS5 index ``sentences_fts``, accent-blind)
    actor_mentions  every actor mention, resolved
    place_mentions  every toponym, resolved or not
    events          one row per coded event (a *mention* of an act): the columns queries
                    filter on and the rest of the contract's record (store/event_records.py)
    clusters        one row per real-world act: the events that report it
    *_totals        acts per day and quad class, per dyad, per place (store/totals.py)
    feeds           per feed URL, the validators for conditional requests
"""

from __future__ import annotations

import re
import sqlite3

V1 = """
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    url TEXT,
    source TEXT,                 -- the outlet: the URL's host, NULL when unknown
    title TEXT,
    published TEXT,
    language TEXT,
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;

CREATE TABLE sentences (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_index INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (article_id, sentence_index)
);
CREATE VIRTUAL TABLE sentences_fts USING fts5(
    text, content='sentences', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TABLE actor_mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_index INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    code TEXT, country TEXT, organization TEXT, sector TEXT, entity TEXT, how TEXT
);
CREATE INDEX actor_mentions_article ON actor_mentions(article_id);

CREATE TABLE place_mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_index INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    name TEXT, country TEXT, lat REAL, lon REAL, feature TEXT, geonameid INTEGER
);
CREATE INDEX place_mentions_article ON place_mentions(article_id);

CREATE TABLE clusters (
    id INTEGER PRIMARY KEY,
    source_key TEXT NOT NULL,
    target_key TEXT NOT NULL,    -- '' when the act has no target
    root TEXT NOT NULL,
    negated INTEGER NOT NULL,
    date TEXT,
    date_basis TEXT,
    code TEXT,
    place_name TEXT, place_country TEXT, lat REAL, lon REAL, feature TEXT, geonameid INTEGER,
    num_mentions INTEGER NOT NULL DEFAULT 0,
    num_articles INTEGER NOT NULL DEFAULT 0,
    num_sources INTEGER NOT NULL DEFAULT 0,
    confidence REAL,
    representative TEXT          -- the event_id whose record stands for the cluster
);
CREATE INDEX clusters_block ON clusters(source_key, target_key, root, negated, date);
CREATE INDEX clusters_date ON clusters(date, root);

CREATE TABLE events (
    event_id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    cluster_id INTEGER REFERENCES clusters(id),
    sentence_id INTEGER REFERENCES sentences(id),
    date TEXT, date_basis TEXT,
    cameo_code TEXT NOT NULL, cameo_root TEXT NOT NULL, quad_class INTEGER, goldstein REAL,
    plover_type TEXT,
    source_key TEXT NOT NULL, source_country TEXT, source_organization TEXT, source_entity TEXT,
    target_key TEXT NOT NULL, target_country TEXT, target_organization TEXT, target_entity TEXT,
    place_country TEXT, geonameid INTEGER,
    place_names TEXT,            -- '|bruxelles|brussels|': the mention and the gazetteer name, folded
    negated INTEGER NOT NULL,
    confidence REAL NOT NULL,
    record TEXT NOT NULL         -- the event as `diurna code --format jsonl` prints it
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_cluster ON events(cluster_id);
CREATE INDEX events_date ON events(date, quad_class, goldstein);
CREATE INDEX events_dyad ON events(source_key, target_key, date);
CREATE INDEX events_code ON events(cameo_code);
CREATE INDEX events_place ON events(place_country, geonameid);

CREATE TABLE feeds (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    checked_at TEXT
);
"""

# Version 2: the clusters carry their code's quad class and Goldstein value, so the
# timeline and the other aggregations read the clusters table alone; indexes that
# no query used are dropped (a LIKE on codes cannot use one); events say whether
# their place is their own sentence's.
V2 = """
ALTER TABLE clusters ADD COLUMN quad_class INTEGER;
ALTER TABLE clusters ADD COLUMN goldstein REAL;
UPDATE clusters SET
    quad_class = (SELECT e.quad_class FROM events e WHERE e.event_id = clusters.representative),
    goldstein = (SELECT e.goldstein FROM events e WHERE e.event_id = clusters.representative);
-- Covering indexes: each aggregation reads one index, never the table.
CREATE INDEX clusters_timeline ON clusters(date, quad_class, goldstein);
CREATE INDEX clusters_dyad ON clusters(source_key, target_key, goldstein);
CREATE INDEX clusters_place ON clusters(geonameid, place_country, place_name, lat, lon);
DROP INDEX clusters_date;
DROP INDEX events_code;
-- 1 when the event's place is said in its own sentence; 0 when it is only the dateline's,
-- which tells where the reporter was, not where the act happened: merging ignores it.
ALTER TABLE events ADD COLUMN place_in_sentence INTEGER;
-- Searches are for words, not phrases: an index without positions is half the work to write.
DROP TABLE sentences_fts;
CREATE VIRTUAL TABLE sentences_fts USING fts5(
    text, content='sentences', content_rowid='id', tokenize='unicode61 remove_diacritics 2', detail='none'
);
INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild');
-- New sentences are indexed in bulk once per write transaction (Store.add_many), about
-- three times faster than a trigger per row; deletions still go through the trigger.
DROP TRIGGER sentences_ai;
"""

# Version 3: fewer index entries per event written (store.writing), the same queries served.
V3 = """
-- The actor filter over events is an OR across four columns, which no index serves.
DROP INDEX events_dyad;
-- One index both finds the clusters an event may join and covers the dyad aggregation.
DROP INDEX clusters_dyad;
DROP INDEX clusters_block;
CREATE INDEX clusters_block ON clusters(source_key, target_key, root, negated, date, goldstein);
"""

# Version 4: an event's id (the contract's, a hash) is a unique index beside the row id rather
# than the table's key, so that a large merge can leave it out and build it once at its end
# (DEFERRED_INDEXES): as the key, each new row landed on a random page of it.
V4 = """
CREATE TABLE events_v4 (
    event_id TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    cluster_id INTEGER REFERENCES clusters(id),
    sentence_id INTEGER REFERENCES sentences(id),
    date TEXT, date_basis TEXT,
    cameo_code TEXT NOT NULL, cameo_root TEXT NOT NULL, quad_class INTEGER, goldstein REAL,
    plover_type TEXT,
    source_key TEXT NOT NULL, source_country TEXT, source_organization TEXT, source_entity TEXT,
    target_key TEXT NOT NULL, target_country TEXT, target_organization TEXT, target_entity TEXT,
    place_country TEXT, geonameid INTEGER,
    place_names TEXT,
    negated INTEGER NOT NULL,
    confidence REAL NOT NULL,
    record TEXT NOT NULL,
    place_in_sentence INTEGER
);
INSERT INTO events_v4 (rowid, event_id, article_id, cluster_id, sentence_id, date, date_basis, cameo_code, cameo_root,
    quad_class, goldstein, plover_type, source_key, source_country, source_organization, source_entity,
    target_key, target_country, target_organization, target_entity, place_country, geonameid, place_names,
    negated, confidence, record, place_in_sentence)
SELECT rowid, event_id, article_id, cluster_id, sentence_id, date, date_basis, cameo_code, cameo_root,
    quad_class, goldstein, plover_type, source_key, source_country, source_organization, source_entity,
    target_key, target_country, target_organization, target_entity, place_country, geonameid, place_names,
    negated, confidence, record, place_in_sentence
FROM events ORDER BY rowid;
DROP TABLE events;
ALTER TABLE events_v4 RENAME TO events;
CREATE UNIQUE INDEX events_id ON events(event_id);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_cluster ON events(cluster_id);
CREATE INDEX events_date ON events(date, quad_class, goldstein);
CREATE INDEX events_place ON events(place_country, geonameid);
"""

# Version 5: running totals of the acts per day and quad class, per dyad and per place, which
# the unfiltered aggregations read instead of every cluster (store/totals.py). Triggers on
# clusters keep them; the first writer that opens the store fills them and sets the triggers
# (``totals.build_totals``), as it does after a large merge that dropped them.
V5 = """
CREATE TABLE day_totals (
    date TEXT NOT NULL,
    quad_class INTEGER NOT NULL,     -- 0 when the code has none
    acts INTEGER NOT NULL,
    scored INTEGER NOT NULL,         -- acts with a Goldstein value
    goldstein_tenths INTEGER NOT NULL,
    PRIMARY KEY (date, quad_class)
) WITHOUT ROWID;
CREATE TABLE dyad_totals (
    source_key TEXT NOT NULL,
    target_key TEXT NOT NULL,
    acts INTEGER NOT NULL,
    scored INTEGER NOT NULL,
    goldstein_tenths INTEGER NOT NULL,
    PRIMARY KEY (source_key, target_key)
) WITHOUT ROWID;
CREATE TABLE place_totals (
    geonameid INTEGER NOT NULL,
    place_country TEXT NOT NULL,     -- '' when the place has no country
    acts INTEGER NOT NULL,
    PRIMARY KEY (geonameid, place_country)
) WITHOUT ROWID;
"""

# Version 6: an event's ``record`` column holds only what its row's columns and its sentence's row do
# not (store/event_records.py: a JSON array instead of the record's object), so that the rows written
# per transaction are about a quarter of the size. Nothing to convert: records stored whole before
# (JSON objects) are read as they are, and rewriting them would only save space. The version says
# that a diurna older than this one, which reads the column as the whole record, cannot read the store.
V6 = ""

MIGRATIONS: tuple[str, ...] = (V1, V2, V3, V4, V5, V6)
VERSION = len(MIGRATIONS)

# Indexes that no write of a large merge needs (``Store.add_stream``), as the migrations
# leave them. Such a merge drops them and builds each once at its end, by one sort, instead
# of updating them row by row: their keys (dates, places, hashed event ids) are random, so
# each row dirties another page of each. Only queries read the first four. ``events_id`` is
# the unique key of the contract's event ids: while it is away, a row that repeats an id
# cannot replace the earlier one (INSERT OR REPLACE), so the build does that replacing.
# A merge stopped before its end leaves them missing: queries are still right, only slower,
# and the next writer that opens the store builds them (``build_deferred_indexes``).
DEFERRED_INDEXES: dict[str, str] = {
    "events_date": "CREATE INDEX events_date ON events(date, quad_class, goldstein)",
    "events_place": "CREATE INDEX events_place ON events(place_country, geonameid)",
    "clusters_timeline": "CREATE INDEX clusters_timeline ON clusters(date, quad_class, goldstein)",
    "clusters_place": "CREATE INDEX clusters_place ON clusters(geonameid, place_country, place_name, lat, lon)",
    "events_id": "CREATE UNIQUE INDEX events_id ON events(event_id)",
}

# Of events written twice under one id while ``events_id`` was away, the later row stays, as
# INSERT OR REPLACE leaves it. The event id is a hash of its article's id, so only records
# not made by diurna's coder can repeat one: the build runs this only when it meets them.
DROP_REPLACED_EVENTS = "DELETE FROM events WHERE rowid NOT IN (SELECT max(rowid) FROM events GROUP BY event_id)"


def schema_version(connection: sqlite3.Connection) -> int:
    return connection.execute("PRAGMA user_version").fetchone()[0]


def migrate(connection: sqlite3.Connection) -> int:
    """Bring the store to ``VERSION``; each step is one transaction. Returns the version reached."""
    from ..errors import StoreError

    current = schema_version(connection)
    if current > VERSION:
        raise StoreError(f"the store has schema version {current}, newer than this diurna knows ({VERSION}): upgrade diurna")
    for number in range(current, VERSION):
        connection.execute("BEGIN IMMEDIATE")
        try:
            # Re-read inside the lock: another process may have migrated meanwhile.
            if schema_version(connection) > number:
                connection.execute("ROLLBACK")
                continue
            for statement in _statements(MIGRATIONS[number]):
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {number + 1}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    return schema_version(connection)


def missing_deferred_indexes(connection: sqlite3.Connection) -> list[str]:
    present = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    return [name for name in DEFERRED_INDEXES if name not in present]


def drop_deferred_indexes(connection: sqlite3.Connection) -> None:
    """Before a large merge: one transaction."""
    in_transaction(connection, [f"DROP INDEX IF EXISTS {name}" for name in DEFERRED_INDEXES])


def build_deferred_indexes(connection: sqlite3.Connection) -> list[str]:
    """Build the deferred indexes that are missing, in one transaction; their names."""
    missing = missing_deferred_indexes(connection)
    if not missing:
        return missing
    connection.execute("BEGIN IMMEDIATE")
    try:
        for name in missing:
            # IF NOT EXISTS: another writer may build them meanwhile (SQLite stores the statement without it).
            statement = re.sub(r"^CREATE (UNIQUE )?INDEX", r"CREATE \1INDEX IF NOT EXISTS", DEFERRED_INDEXES[name])
            try:
                connection.execute(statement)
            except sqlite3.IntegrityError:
                if name != "events_id":
                    raise
                connection.execute(DROP_REPLACED_EVENTS)
                connection.execute(statement)
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return missing


def in_transaction(connection: sqlite3.Connection, statements: list[str]) -> None:
    """Run ``statements`` in one write transaction: all or none."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        for statement in statements:
            connection.execute(statement)
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


def _statements(script: str) -> list[str]:
    """Split a migration into statements (``executescript`` would commit on its own)."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
