"""Events keep their record compact (store/event_records.py) and give it back exactly as it was given."""

from __future__ import annotations

import copy
import json
import random
import sqlite3

import orjson
import pytest

from diurna.ingest import article_from_text
from diurna.store import Store, StorableArticle
from diurna.store.event_records import stored_record
from diurna.store.schema import VERSION
from diurna.store.storable import StorableEvent, storable

from .support import store_at_version
from .test_writing_reference import SENTENCE, varied


def given_records(articles: list[StorableArticle]) -> dict[str, str]:
    """Each event's record as the contract prints it, by event id (the last article given wins)."""
    return {event.record["event_id"]: json.dumps(event.record, ensure_ascii=False)
            for article in articles for event in article.events}


def read_back(store: Store) -> dict[str, str]:
    records = {}
    for record in store.events():
        del record["cluster_id"]
        records[record["event_id"]] = json.dumps(record, ensure_ascii=False)
    return records


def stored_column(store: Store) -> list[str]:
    return [row[0] for row in store.connection.execute("SELECT record FROM events ORDER BY rowid")]


def test_records_come_back_key_for_key_from_a_compact_column(tmp_path):
    # No target, no PLOVER coding, no place, a sentence index with no sentence row, a sentence row
    # whose text is not the record's: every optional part of the record and of its row.
    rng = random.Random(5)
    articles = [varied(number, rng) for number in range(120)]
    with Store.open(tmp_path / "s.db") as store:
        store.add_many(articles)
        assert read_back(store) == given_records(articles)
        column = stored_column(store)
        assert all(text.startswith("[") for text in column)
        whole = sum(len(orjson.dumps(e.record)) for a in articles for e in a.events)
        assert sum(map(len, column)) < whole / 3
        for event_id, text in given_records(articles).items():
            record = store.event(event_id)
            del record["cluster_id"]
            assert json.dumps(record, ensure_ascii=False) == text
        for act in store.clusters():
            for mention in store.cluster(act["cluster"]["id"])["mentions"]:
                assert {key: mention[key] for key in json.loads(given_records(articles)[mention["event_id"]])} == \
                    json.loads(given_records(articles)[mention["event_id"]])


def test_the_sentence_is_left_out_only_when_its_row_has_the_same_text():
    record = varied(1, random.Random(1)).events[0].record
    assert json.loads(stored_record(record, SENTENCE))[2] is None
    assert json.loads(stored_record(record, "Another sentence."))[2] == SENTENCE
    assert json.loads(stored_record(record, None))[2] == SENTENCE


def odd(record: dict, change: str) -> dict:
    record = copy.deepcopy(record)
    if change == "integer goldstein":
        record["cameo"]["goldstein"] = -10
    elif change == "integer negation":
        record["negated"] = 0
    elif change == "integer confidence":
        record["confidence"] = 1
    elif change == "infinite goldstein":
        record["cameo"]["goldstein"] = float("inf")
    elif change == "numeric country":
        record["source"]["country"] = 643
    elif change == "float quad class":
        record["cameo"]["quad_class"] = 4.0
    elif change == "string geonameid":
        record["location"] = {"name": "X", "country": "UKR", "lat": 1.0, "lon": 2.0, "feature": "city",
                              "geonameid": "706483", "start": 1, "end": 2}
    elif change == "extra key":
        record["extra"] = {"kept": True}
    elif change == "keys in another order":
        record = dict(reversed(list(record.items())))
    elif change == "actor with another key":
        record["source"] = {**record["source"], "how": "name"}
    elif change == "no sentence":
        record["sentence"] = None
    return record


CHANGES = ["integer goldstein", "integer negation", "integer confidence", "infinite goldstein", "numeric country",
           "float quad class", "string geonameid", "extra key", "keys in another order", "actor with another key",
           "no sentence"]


@pytest.mark.parametrize("change", CHANGES)
def test_a_record_the_columns_would_alter_is_kept_whole(tmp_path, change):
    article = varied(3, random.Random(3))
    record = odd(article.events[0].record, change)
    article = StorableArticle(**{**{k: getattr(article, k) for k in StorableArticle.__slots__},
                                 "events": (StorableEvent(record, None, True), *article.events[1:])})
    with Store.open(tmp_path / "s.db") as store:
        store.add_many([article])
        assert stored_column(store)[0].startswith("{")
        back = store.event(record["event_id"])
        del back["cluster_id"]
        # As version 5 gave it back: orjson writes an infinity as null.
        assert json.dumps(back) == json.dumps(json.loads(orjson.dumps(record)))


def test_a_store_of_whole_records_migrates_and_reads_them_as_they_are(tmp_path):
    rng = random.Random(8)
    articles = [varied(number, rng) for number in range(30)]
    path = tmp_path / "s.db"
    with Store.open(path) as store:
        store.add_many(articles)
    # As version 5 wrote them: the whole record in the column.
    connection = sqlite3.connect(path)
    connection.executemany("UPDATE events SET record = ? WHERE event_id = ?",
                           [(orjson.dumps(e.record).decode(), e.record["event_id"]) for a in articles for e in a.events])
    connection.execute("PRAGMA user_version = 5")
    connection.commit()
    connection.close()
    with Store.open(path) as store:
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == VERSION == 6
        assert all(text.startswith("{") for text in stored_column(store))
        assert read_back(store) == given_records(articles)
        store.add_many([varied(number, rng) for number in range(30, 40)])  # new rows compact beside them
        assert {text[0] for text in stored_column(store)} == {"{", "["}


def test_a_version_5_store_opens_at_version_6(tmp_path):
    with Store.open(store_at_version(tmp_path / "v5.db", 5)) as store:
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == VERSION


def test_records_the_coder_makes_are_stored_compact(coder, tmp_path):
    # The compact form checks the record's keys against the contract's order: a coded article's
    # records must pass that check, or every real event would silently be stored whole.
    text = ("La France a condamné mardi les frappes russes sur Kiev. Le ministre allemand des Affaires "
            "étrangères a rencontré son homologue polonais à Varsovie.")
    [coded] = coder.code_many([article_from_text(text, "compact-fr", lang="fr")])
    assert coded.events
    with Store.open(tmp_path / "s.db") as store:
        store.add_many([storable(coded)])
        assert all(text.startswith("[") for text in stored_column(store))
        assert read_back(store) == given_records([storable(coded)])
