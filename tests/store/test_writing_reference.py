"""The batch writer's fast paths (store/writing.py) store exactly what the plain code did.

A varied corpus (dates missing, areas, name-only places, datelines, no target, no URL,
articles again or in a new version, within and across batches of several sizes) is
written and every table compared, row by row in rowid order, with digests recorded
from the writer before its fast paths (``ingested_at`` left out: it is the clock).
When a change is *meant* to alter what the store holds, record the digests again
(``reference_digests``) and say so in the change.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
import random
from urllib.parse import urlsplit

import pytest

from diurna.errors import StoreError
from diurna.store import Store, StorableArticle
from diurna.store.clusters import PlaceKey
from diurna.store.storable import StorableEvent
from diurna.store.writing import Member, _single_summary, _summary_of_many, outlet

SENTENCE = "One government accused another of shelling the border town."
ACTORS = ["RUS", "UKR", "FRA", "NATO", None]
ROOTS = [("111", "11", 3, -2.0), ("190", "19", 4, -10.0), ("195", "19", 4, -10.0), ("036", "03", 1, 4.0),
         ("193", "19", 4, -10.0)]
PLACES = [("Kharkiv", "UKR", 49.99, 36.23, "city", 706483), ("Odesa", "UKR", 46.48, 30.73, "city", 698740),
          ("Ukraine", "UKR", 49.0, 32.0, "country", 690791), None, ("Kyïv", "UKR", 50.45, 30.52, "city", 703448),
          ("Chuhuiv", "UKR", 49.83, 36.68, "city", 710403), ("Somewhere", None, None, None, None, None),
          ("Donetsk Oblast", "UKR", 48.0, 37.8, "admin1", 709716), ("Paris", "FRA", 48.85, 2.35, "city", 2988507)]
URLS = ["https://www.outlet{}.example/{}", "http://Outlet{}.EXAMPLE:8080/{}?q=1", "https://outlet{}.example/{}"]

# Recorded with the writer as it was before its fast paths (per table, see module docstring);
# ``events`` again for schema version 6, whose record column is compact (store/event_records.py):
# every query gives the same records as before (the events, clusters, each event and act).
REFERENCE = {
    "actor_mentions": "7c74d7054f0f2f788cf7b17d2371aebc48c05c746340b9ef7a615a65388dbf9a",
    "articles": "e58d3e3d5224c5fd59437a5b6fb04bd70c64f6661bb7d3d0ff10a9fb8a26ad57",
    "clusters": "7b5c6ce9557bbe1bb313518b454af60246cbc2308070431c90523306a43d5a41",
    "events": "b8e847ef0f8f5d517d1fc12f727b8b4294ddcaa94c6b1f9752bd4dc871b9d36d",
    "place_mentions": "0d91a3bc31d67d878906468f9bd8bad36faf5debbc58e4605c9537d9f6ee9173",
    "sentences": "d287fa8d6fb4426028afdf78f512425e943235ba3e451ac52e765d55695d021e",
    "sentences_fts": "b3fb4f660af4c43fc5ad6f0b6a36051bfeb10dfe774faf97c2b092cdef472db5",
}


def actor(key: str | None, start: int) -> dict | None:
    if key is None:
        return None
    organization = key if key == "NATO" else None
    return {"text": key, "start": start, "end": start + len(key), "code": key, "country": None if organization else key,
            "organization": organization, "sector": "GOV", "entity": None}


def varied(number: int, rng: random.Random, text: str = SENTENCE) -> StorableArticle:
    """An article of one to four events from a small world with every optional part sometimes missing."""
    events = []
    for position in range(rng.randint(1, 4)):
        source = rng.choice(ACTORS[:4])
        target = rng.choice([a for a in ACTORS if a != source])
        code, root, quad, goldstein = rng.choice(ROOTS)
        place = rng.choice(PLACES)
        date = None if rng.random() < 0.07 else dt.date(2022, 3, 1) + dt.timedelta(days=rng.randrange(40))
        record = {
            "event_id": f"a{number}-{position}" if rng.random() < 0.9 else f"z{rng.randrange(10**6)}-{number}-{position}",
            "article_id": f"a{number}", "language": "en", "sentence_index": rng.choice([0, 0, 1, 5]),
            "sentence": text, "trigger": {"text": "accused", "start": 15, "end": 22},
            "source": actor(source, 0), "target": actor(target, 23),
            "cameo": {"code": code, "root": root, "name": "test", "quad_class": quad, "goldstein": goldstein},
            "plover": None if rng.random() < 0.2 else {"type": "ACCUSE", "mode": None, "context": []},
            "location": None if place is None else dict(zip(("name", "country", "lat", "lon", "feature", "geonameid"), place),
                                                         start=50, end=54),
            "date": date.isoformat() if date else None, "date_precision": "day",
            "date_basis": None if date is None else rng.choice(["text", "article", "text"]),
            "negated": rng.random() < 0.1, "confidence": round(rng.choice([0.5, 0.7, rng.uniform(0.5, 0.9)]), 3),
        }
        gazetteer = rng.choice([place[0], "Kyiv", "Kiev"]) if place else None
        events.append(StorableEvent(record, gazetteer, rng.random() < 0.75))
    url = None if rng.random() < 0.05 else rng.choice(URLS).format(number % 5, number)
    return StorableArticle(
        id=f"a{number}", url=url, title=None, published="2022-03-07", language="en", text=text,
        content_hash=f"hash-{number}-{len(text)}", sentences=((0, len(text), text), (61, 70, "Again it.")),
        actors=((0, 0, 3, "RUS", "RUS", "RUS", None, "GOV", None, "name"),),
        places=((0, 50, 54, "town", *PLACES[0]),), events=tuple(events),
    )


def write_varied(store: Store) -> list[list[str]]:
    """Batches of 1 to 200 articles; about one in twelve is an earlier article again or in a new version."""
    rng = random.Random(11)
    outcomes, number = [], 0
    for round_, size in enumerate([1, 3, 40, 200, 7, 2]):
        batch = []
        for _ in range(size * 3):
            if number > 10 and rng.random() < 0.08:
                old = rng.randrange(number)
                batch.append(varied(old, random.Random(old * 7 + round_), text=SENTENCE + rng.choice(["", f" V{round_}."])))
            else:
                batch.append(varied(number, rng))
                number += 1
        for start in range(0, len(batch), size):
            outcomes.append(store.add_many(batch[start:start + size]))
    return outcomes


def reference_digests(store: Store) -> dict[str, str]:
    """Per table, a digest of its rows in rowid order (the order they were written in)."""
    digests = {}
    for table in ("articles", "sentences", "actor_mentions", "place_mentions", "clusters", "events"):
        columns = [row[1] for row in store.connection.execute(f"PRAGMA table_info({table})") if row[1] != "ingested_at"]
        row_text = " || char(31) || ".join(f'quote("{column}")' for column in columns)
        digest = hashlib.sha256()
        for (text,) in store.connection.execute(f"SELECT {row_text} FROM {table} ORDER BY rowid"):
            digest.update(text.encode() + b"\n")
        digests[table] = digest.hexdigest()
    indexed = store.connection.execute("SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH 'shelling OR again' ORDER BY rowid")
    digests["sentences_fts"] = hashlib.sha256(repr(indexed.fetchall()).encode()).hexdigest()
    return digests


def test_a_varied_corpus_is_stored_as_the_plain_writer_stored_it(tmp_path):
    with Store.open(tmp_path / "varied.db") as store:
        outcomes = write_varied(store)
        assert {"added", "replaced", "unchanged"} <= {o for batch in outcomes for o in batch}
        assert reference_digests(store) == REFERENCE
        assert store.integrity() == "ok"


# What the store answers for the same corpus, recorded with schema version 5 (the record kept whole):
# a change to how rows are stored must leave these alone.
ANSWERS = {
    "events": "058b4be25395fe69b1e1a05158567509a3ed8c253d12a4d9e253f87403be40cb",
    "clusters": "29205901815628907ce63a5267c959bc7fb8b302b47b2fc6561058dead235837",
    "each cluster": "f9792f10429451931eb1535c6956c440cebc809c37a0fb2cd4a4b257b269478e",
}


def test_a_varied_corpus_is_given_back_as_schema_version_5_gave_it(tmp_path):
    with Store.open(tmp_path / "varied.db") as store:
        write_varied(store)
        events, clusters = list(store.events()), list(store.clusters())
        assert [store.event(e["event_id"]) for e in events] == events
        answers = {"events": events, "clusters": clusters,
                   "each cluster": [store.cluster(c["cluster"]["id"]) for c in clusters]}
        digests = {name: hashlib.sha256(json.dumps(value, ensure_ascii=False).encode()).hexdigest()
                   for name, value in answers.items()}
        assert digests == ANSWERS


@pytest.mark.parametrize("url", [
    "https://www.Example.com/a", "http://example.com", "https://example.com?x=1", "https://example.com#top",
    "https://user@example.com/", "https://example.com:8080/", "https://[::1]/x", "HTTPS://EXAMPLE.COM/",
    " https://example.com/", "https://exa\tmple.com/", "https://example.com\n", "ftp://www.example.org/f",
    "https:///path", "https://www./", "example.com/path", "https://www.ex-ample.co.uk/a/b",
])
def test_outlet_reads_the_host_as_urlsplit_does(url):
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.") or None
    assert outlet(url) == host


def test_a_one_member_summary_is_the_general_one():
    rng = random.Random(3)
    places = [None, PlaceKey("Kharkiv", "UKR", 49.99, 36.23, "city", 706483), PlaceKey("Ukraine", "UKR", None, None, "country", None)]
    for number in range(300):
        member = Member(f"e{number}", f"a{number}", rng.choice([None, "", "outlet.example"]), rng.choice(["190", "111"]),
                        rng.choice([None, "", "2022-03-01"]), rng.choice([None, "text", "article"]),
                        rng.choice([0.5, 0.9]), rng.choice(places), rng.choice([None, 3]), rng.choice([None, -2.0]))
        assert _single_summary(member) == _summary_of_many([member])


def test_a_batch_leaves_the_garbage_collector_as_it_found_it(tmp_path):
    """Cyclic collection pauses during a batch only (store/writing.py, _cyclic_gc_paused), even when it fails."""
    rng = random.Random(5)
    broken = varied(99, rng)
    broken.events[0].record["source"] = None  # an event without a source is refused
    with Store.open(tmp_path / "gc.db") as store:
        assert gc.isenabled()
        store.add_many([varied(1, rng)])
        assert gc.isenabled()
        with pytest.raises(StoreError):
            store.add_many([broken])
        assert gc.isenabled()
        gc.disable()
        try:
            store.add_many([varied(2, rng)])
            assert not gc.isenabled()
        finally:
            gc.enable()
