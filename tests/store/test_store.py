"""The store with real coded articles: idempotence, replacement, merging across reports, queries."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3

import pytest

from diurna.errors import InputError, StoreError
from diurna.ingest import article_from_text
from diurna.records import CodedArticle
from diurna.store import EventQuery, Store
from diurna.store.schema import VERSION

from .support import store_at_version

CONDEMN_FR = "Les Alliés ont condamné l'invasion de l'Ukraine par la Russie."
CONDEMN_EN = "NATO allies condemned Russia over the invasion of Ukraine."
STRIKE_KHARKIV = "Russian forces shelled Kharkiv on Wednesday."
STRIKE_ODESA = "Russian forces shelled Odesa on Wednesday."


def coded(coder, text: str, article_id: str, date: str, url: str | None = None, lang: str | None = None) -> CodedArticle:
    article = article_from_text(text, article_id, published=dt.date.fromisoformat(date), published_basis="input", url=url, lang=lang)
    result = coder.code(article)
    assert isinstance(result, CodedArticle), result
    assert result.events, f"nothing coded in {text!r}"
    return result


@pytest.fixture()
def store(tmp_path):
    with Store.open(tmp_path / "store.db") as opened:
        yield opened


def test_a_new_store_is_migrated_and_in_wal_mode(store):
    assert store.connection.execute("PRAGMA user_version").fetchone()[0] == VERSION
    assert store.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.integrity() == "ok"


def test_a_store_from_a_newer_diurna_is_refused(tmp_path):
    path = tmp_path / "future.db"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {VERSION + 1}")
    connection.close()
    with pytest.raises(StoreError, match="newer"):
        Store.open(path)


def test_ingesting_the_same_article_twice_changes_nothing(coder, store):
    article = coded(coder, CONDEMN_FR, "a1", "2022-03-24", lang="fr")
    assert store.add(article) == "added"
    before = store.counts()
    assert store.add(article) == "unchanged"
    assert store.is_unchanged(article.article)
    assert store.counts() == before


def test_a_changed_article_replaces_its_events_and_leaves_no_empty_cluster(coder, store):
    store.add(coded(coder, CONDEMN_FR, "a1", "2022-03-24", url="https://a.example/1", lang="fr"))
    assert "11" in {r["cameo"]["root"] for r in store.events()}
    outcome = store.add(coded(coder, STRIKE_KHARKIV, "a1", "2022-03-03", url="https://a.example/1", lang="en"))
    assert outcome == "replaced"
    assert {r["cameo"]["root"] for r in store.events()} == {"19"}
    assert store.counts()["articles"] == 1
    assert store.connection.execute("SELECT count(*) FROM clusters WHERE num_mentions = 0").fetchone()[0] == 0
    assert store.counts()["clusters"] == len({r["cluster"]["id"] for r in store.clusters()})


def test_the_same_url_under_another_id_is_the_same_article(coder, store):
    store.add(coded(coder, CONDEMN_FR, "first-id", "2022-03-24", url="https://a.example/x", lang="fr"))
    assert store.add(coded(coder, CONDEMN_EN, "second-id", "2022-03-24", url="https://a.example/x", lang="en")) == "replaced"
    assert [a for (a,) in store.connection.execute("SELECT id FROM articles")] == ["second-id"]


def test_reports_of_one_act_in_two_languages_are_one_cluster(coder, store):
    store.add(coded(coder, CONDEMN_FR, "fr", "2022-03-24", url="https://journal.example/a", lang="fr"))
    store.add(coded(coder, CONDEMN_EN, "en", "2022-03-24", url="https://www.paper.example/b", lang="en"))
    condemnations = list(store.clusters(EventQuery(code="11")))
    assert len(condemnations) == 1
    cluster = condemnations[0]["cluster"]
    assert (cluster["num_mentions"], cluster["num_articles"], cluster["num_sources"]) == (2, 2, 2)
    assert len(cluster["event_ids"]) == 2
    assert len(list(store.events(EventQuery(code="11")))) == 2


def test_the_same_dyad_at_two_distant_places_is_two_acts(coder, store):
    store.add(coded(coder, STRIKE_KHARKIV, "k", "2022-03-03", lang="en"))
    store.add(coded(coder, STRIKE_ODESA, "o", "2022-03-03", lang="en"))
    strikes = list(store.clusters(EventQuery(actor="RUS", target="UKR", code="19")))
    assert len(strikes) == 2 and all(s["cluster"]["num_mentions"] == 1 for s in strikes)


def test_filters(coder, store):
    store.add(coded(coder, CONDEMN_FR, "fr", "2022-03-24", lang="fr"))
    store.add(coded(coder, STRIKE_KHARKIV, "k", "2022-03-03", lang="en"))
    def ids(**filters):
        return {r["article_id"] for r in store.events(EventQuery(**filters))}
    assert ids(actor="NATO") == {"fr"}
    assert ids(target="UKR", code="19") == {"k", "fr"}  # the French sentence also says Russia invaded
    assert ids(target="UKR", code="19", until=dt.date(2022, 3, 10)) == {"k"}
    assert "k" in ids(plover="assault")
    assert ids(since=dt.date(2022, 3, 10)) == {"fr"}
    assert ids(until=dt.date(2022, 3, 10)) == {"k"}
    assert ids(text="allies") == {"fr"}  # accent-insensitive: "Alliés"
    assert ids(text="ALLIÉS condamné") == {"fr"}
    assert ids(place="kharkiv") == {"k"} and ids(place="Kharkiv", country="UKR") == {"k"}
    assert ids(country="FRA") == set()
    assert ids(min_confidence=1.0) == set()
    assert ids(text="it's \"quoted\" OR NEAR(") == set()  # user words never become FTS syntax


def test_invalid_filters_are_refused():
    with pytest.raises(InputError):
        EventQuery(code="19'; DROP TABLE events; --")
    with pytest.raises(InputError):
        EventQuery(min_confidence=2.0)
    with pytest.raises(InputError):
        EventQuery(since=dt.date(2022, 3, 2), until=dt.date(2022, 3, 1))


def test_a_failed_write_leaves_nothing_half_written(coder, store):
    good = coded(coder, CONDEMN_FR, "good", "2022-03-24", lang="fr")
    bad = coded(coder, CONDEMN_EN, "bad", "2022-03-24", lang="en")
    broken = dataclasses.replace(bad.events[0], cameo=dataclasses.replace(bad.events[0].cameo, code=None))
    bad = dataclasses.replace(bad, events=(broken,))
    with pytest.raises(StoreError):
        store.add_many([good, bad])
    assert store.counts() == dict.fromkeys(store.counts(), 0)
    assert store.integrity() == "ok"


def test_a_version_1_store_migrates_to_the_current_schema(tmp_path):
    with Store.open(store_at_version(tmp_path / "old.db", 1)) as store:
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == VERSION
        columns = {row[1] for row in store.connection.execute("PRAGMA table_info(clusters)")}
        assert {"quad_class", "goldstein"} <= columns


def test_aggregations_count_each_act_once(coder, store):
    from diurna.store import stats

    store.add(coded(coder, CONDEMN_FR, "fr", "2022-03-24", url="https://journal.example/a", lang="fr"))
    store.add(coded(coder, CONDEMN_EN, "en", "2022-03-24", url="https://paper.example/b", lang="en"))
    store.add(coded(coder, STRIKE_KHARKIV, "k", "2022-03-03", lang="en"))
    days = {row["date"]: row for row in stats.timeline(store.connection)}
    strike_day = next(store.events(EventQuery(article="k", code="19")))["date"]  # "on Wednesday": 2022-03-02
    assert days[strike_day]["quad_class"]["4"] == 1
    assert days["2022-03-24"]["quad_class"]["3"] == 1  # two reports, one condemnation
    pairs = {(d["source"], d["target"]): d["events"] for d in stats.dyads(store.connection)}
    assert pairs[("NATO", "RUS")] == 1
    where = stats.places(store.connection, EventQuery(actor="RUS", until=dt.date(2022, 3, 10)))
    assert [p["name"] for p in where] == ["Kharkiv"]


def test_an_article_replaced_within_one_batch_keeps_the_text_index_whole(coder, store):
    first = coded(coder, CONDEMN_FR, "same", "2022-03-24", lang="fr")
    second = coded(coder, STRIKE_KHARKIV, "same", "2022-03-03", lang="en")
    assert store.add_many([first, second]) == ["added", "replaced"]
    store.connection.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')")
    assert {r["article_id"] for r in store.events(EventQuery(text="Kharkiv"))} == {"same"}
    assert list(store.events(EventQuery(text="alliés"))) == []
