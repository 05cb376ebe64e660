"""The store at scale: insert rate and query latency at 1,000,000 synthetic events.

Synthetic coded articles (four events each: 60 countries and 8 organisations as
actors, every CAMEO root, 400 places, 3 years of dates, about one report in six
repeating an act another outlet already reported) are turned into the records the
store takes (``StorableArticle``: what a batch worker leaves in Parquet and
`diurna ingest --workers` merges) and written with ``Store.add_stream`` in
transactions of ``WRITE_BATCH`` articles, as that merge writes them: article rows, sentences
and their text index, mentions, events, cluster assignment. The insert rate is
that write; the conversion from coded articles (the contract record of each event)
is timed apart and both together are reported too. The baseline, in the same
process, is a bare ``executemany`` of the same event records (serialised the same
way) into an unindexed table in a fresh SQLite file: the ratio store/baseline says
what merging, indexes and provenance cost; the absolute rates are what the
targets name.

Then the common questions are timed at full size (median of 5 runs, warm cache):
events per day, top dyads, events by place, and three filtered queries.

    .venv/bin/python benchmarks/store.py [--events 1000000] [--db /tmp/bench.db]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

import orjson

from diurna.ingest import article_from_text
from diurna.records import (
    Actor, ActorMention, CameoCoding, CodedArticle, Event, EventDate, Place, PlaceMention, PloverCoding, TextSpan,
)
from diurna.store import WRITE_BATCH, EventQuery, Store, StorableArticle, stats, storable

COUNTRIES = ["RUS", "UKR", "USA", "FRA", "DEU", "GBR", "CHN", "IRN", "ISR", "TUR", "SYR", "IRQ", "SAU", "EGY", "IND",
             "PAK", "AFG", "JPN", "KOR", "PRK", "BRA", "ARG", "MEX", "VEN", "COL", "NGA", "ETH", "SDN", "SSD", "MLI",
             "NER", "BFA", "TCD", "LBY", "TUN", "DZA", "MAR", "ESP", "ITA", "POL", "BLR", "GEO", "ARM", "AZE", "KAZ",
             "SRB", "HUN", "ROU", "GRC", "CAN", "AUS", "IDN", "PHL", "VNM", "THA", "MMR", "BGD", "LBN", "YEM", "QAT"]
ORGANIZATIONS = ["NATO", "EU", "UN", "AU", "G7", "OSCE", "ICRC", "IAEA"]
CODES = [("010", "01", 1, 0.0), ("036", "03", 1, 4.0), ("042", "04", 1, 1.9), ("051", "05", 1, 3.4), ("061", "06", 2, 6.4),
         ("071", "07", 2, 7.4), ("081", "08", 2, 5.0), ("090", "09", 1, -2.0), ("100", "10", 3, -5.0), ("111", "11", 3, -2.0),
         ("120", "12", 3, -4.0), ("130", "13", 3, -4.4), ("141", "14", 3, -6.5), ("150", "15", 4, -7.2), ("163", "16", 3, -8.0),
         ("173", "17", 4, -5.0), ("180", "18", 4, -9.0), ("190", "19", 4, -10.0), ("195", "19", 4, -10.0), ("204", "20", 4, -10.0)]
START = dt.date(2022, 1, 1)
DAYS = 3 * 365


def actor(key: str) -> Actor:
    if key in ORGANIZATIONS:
        return Actor(f"IGO{key}", None, key, "IGO", None, "name")
    return Actor(f"{key}GOV", key, None, "GOV", None, "name")


def synthetic_articles(count_events: int, seed: int = 7):
    """Coded articles of four events each; some acts are reported again by another outlet."""
    rng = random.Random(seed)
    places = [Place(f"City{n}", rng.choice(COUNTRIES), rng.uniform(-60, 70), rng.uniform(-180, 180), "city", 100000 + n)
              for n in range(400)]
    recent: list[tuple] = []
    sentence = "The government of one country criticised another one over the border incident."
    for number in range(count_events // 4):
        text = " ".join([sentence] * 4)
        article = article_from_text(text, f"bench-{number}", published=START, url=f"https://outlet{number % 50}.example/{number}")
        events = []
        for position in range(4):
            if recent and rng.random() < 0.16:
                source, target, code, day, place = rng.choice(recent)  # another report of a known act
            else:
                source = rng.choice(COUNTRIES + ORGANIZATIONS)
                target = rng.choice(COUNTRIES)
                code = rng.choice(CODES)
                day = START + dt.timedelta(days=rng.randrange(DAYS))
                place = rng.choice(places)
                recent.append((source, target, code, day, place))
                if len(recent) > 5000:
                    recent.pop(0)
            start = position * (len(sentence) + 1)
            span = TextSpan(sentence, start, start + len(sentence))
            events.append(Event(
                # Ids as the coder makes them (a hash), so that the store's key index sees keys in random order.
                event_id=hashlib.sha1(f"{article.id}\x1f{position}".encode()).hexdigest()[:20], article_id=article.id, language="en", sentence_index=position,
                sentence=sentence, trigger=TextSpan("criticised", start + 31, start + 41),
                source=ActorMention(TextSpan("The government", start, start + 14), actor(source), position, 1, 0),
                target=ActorMention(TextSpan("another one", start + 42, start + 53), actor(target), position, 8, 0),
                cameo=CameoCoding(code[0], code[1], "synthetic", code[2], code[3]),
                plover=PloverCoding("ACCUSE", None, ()),
                location=PlaceMention(TextSpan("border", start + 63, start + 69), place, position, 12, 0),
                date=EventDate(day, "day", "text"), negated=False, modality="asserted", confidence=0.7,
            ))
            del span
        sentences = tuple(TextSpan(sentence, p * (len(sentence) + 1), p * (len(sentence) + 1) + len(sentence)) for p in range(4))
        yield CodedArticle(article, "en", tuple(events), tuple(e.source for e in events), tuple(e.location for e in events), sentences)


def baseline_insert(path: Path, articles: list[StorableArticle]) -> float:
    """Seconds to executemany the same event records into a bare table."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.execute("CREATE TABLE events (event_id TEXT, article_id TEXT, date TEXT, code TEXT, record TEXT)")
    started = time.perf_counter()
    for batch in _batches(articles, 500):
        rows = [(e.record["event_id"], e.record["article_id"], e.record["date"], e.record["cameo"]["code"],
                 orjson.dumps(e.record).decode())
                for stored in batch for e in stored.events]
        connection.execute("BEGIN")
        connection.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?)", rows)
        connection.execute("COMMIT")
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def _batches(items: list, size: int):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def median_ms(function, runs: int = 5) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", help="store file to create (default: a temporary folder)")
    parser.add_argument("--batch", type=int, default=WRITE_BATCH, help="articles per transaction (as `ingest --workers` merges)")
    args = parser.parse_args()

    db = Path(args.db) if args.db else None
    if db is not None and db.exists():
        raise SystemExit(f"{db} exists: give a new path")
    folder = Path(tempfile.mkdtemp(prefix="diurna-bench-"))
    try:
        report = measure(args, db or folder / "store.db", folder)
    finally:
        shutil.rmtree(folder)  # a million-event store and its baseline: about 3 GB
    print(json.dumps(report, indent=2))


def measure(args: argparse.Namespace, db: Path, folder: Path) -> dict:
    coded = list(synthetic_articles(args.events))
    events = sum(len(a.events) for a in coded)
    started = time.perf_counter()
    articles = [storable(a) for a in coded]
    conversion = time.perf_counter() - started
    del coded

    baseline = baseline_insert(folder / "baseline.db", articles)
    with Store.open(db) as store:
        started, started_cpu = time.perf_counter(), time.process_time()
        for _outcome in store.add_stream(articles, batch_size=args.batch):
            pass
        elapsed, cpu = time.perf_counter() - started, time.process_time() - started_cpu
        counts = store.counts()
        connection = store.connection
        connection.execute("ANALYZE")
        queries = {
            "events per day (timeline)": lambda: stats.timeline(connection),
            "top 20 dyads": lambda: stats.dyads(connection, limit=20),
            "events by place (top 100)": lambda: stats.places(connection, limit=100),
            "timeline of RUS as source": lambda: stats.timeline(connection, EventQuery(actor="RUS")),
            "first 100 acts RUS→UKR, root 19": lambda: list(store.clusters(EventQuery(actor="RUS", target="UKR", code="19"), limit=100)),
            "first 100 mentions in March 2023": lambda: list(store.events(EventQuery(since=dt.date(2023, 3, 1), until=dt.date(2023, 3, 31)), limit=100)),
        }
        latencies = {name: median_ms(query) for name, query in queries.items()}
    size_mb = os.path.getsize(db) / 1e6
    report = {
        "date": dt.date.today().isoformat(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}",
        "events": events,
        "clusters": counts["clusters"],
        "store_events_per_s": round(events / elapsed),
        # Process time: what the rate would be on a machine no other work shares (SQLite runs in this process).
        "store_events_per_cpu_s": round(events / cpu),
        "with_conversion_events_per_s": round(events / (elapsed + conversion)),
        "baseline_events_per_s": round(events / baseline),
        "ratio_store_to_baseline": round(baseline / elapsed, 3),
        "store_mb": round(size_mb),
        "latency_ms": {name: round(value, 1) for name, value in latencies.items()},
    }
    return report


if __name__ == "__main__":
    main()
