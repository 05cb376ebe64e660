"""Running totals of the acts (store/totals.py): what the aggregations read when nothing filters them."""

from __future__ import annotations

import random
import sqlite3

from diurna.store import Store, stats
from diurna.store.totals import build_totals, drop_totals, totals_live

from .support import store_at_version
from .test_writing import synthetic

# The totals counted here straight from the clusters, written apart from the module's own statements.
AFRESH = {
    "day_totals": "SELECT date, ifnull(quad_class, 0), count(*), count(goldstein), ifnull(sum(round(goldstein * 10)), 0)"
                  " FROM clusters WHERE date IS NOT NULL GROUP BY 1, 2",
    "dyad_totals": "SELECT source_key, target_key, count(*), count(goldstein), ifnull(sum(round(goldstein * 10)), 0)"
                   " FROM clusters WHERE target_key != '' GROUP BY 1, 2",
    "place_totals": "SELECT geonameid, ifnull(place_country, ''), count(*) FROM clusters WHERE geonameid IS NOT NULL GROUP BY 1, 2",
}


def kept(connection: sqlite3.Connection) -> dict[str, set[tuple]]:
    return {table: {(*row[:-1], int(row[-1])) for row in connection.execute(f"SELECT * FROM {table}")} for table in AFRESH}


def afresh(connection: sqlite3.Connection) -> dict[str, set[tuple]]:
    return {table: {(*row[:-1], int(row[-1])) for row in connection.execute(sql)} for table, sql in AFRESH.items()}


def aggregations(connection: sqlite3.Connection) -> tuple:
    return stats.timeline(connection), stats.dyads(connection, limit=500), stats.places(connection, limit=500)


def from_clusters(connection: sqlite3.Connection) -> tuple:
    """The aggregations with the totals set aside, as a reader sees them during a large stream."""
    drop_totals(connection)
    try:
        assert not totals_live(connection)
        return aggregations(connection)
    finally:
        build_totals(connection)


def test_every_write_keeps_the_totals_those_of_the_clusters(tmp_path):
    rng = random.Random(21)
    with Store.open(tmp_path / "s.db") as store:
        connection = store.connection
        assert totals_live(connection)
        store.add_many([synthetic(n, rng) for n in range(50)])
        assert kept(connection) == afresh(connection) and kept(connection)["dyad_totals"]
        # Replaced articles take their reports out of clusters, which are recounted or removed.
        store.add_many([synthetic(n, random.Random(n), text=f"A new version of article {n}.") for n in range(0, 50, 3)])
        # And whatever else writes clusters: a day moved, a value lost, a place changed, an act removed.
        connection.execute("UPDATE clusters SET date = '2022-04-01' WHERE id IN (SELECT id FROM clusters LIMIT 3)")
        connection.execute("UPDATE clusters SET goldstein = NULL, quad_class = NULL WHERE id = (SELECT max(id) FROM clusters)")
        connection.execute("UPDATE clusters SET geonameid = 1, place_country = NULL WHERE id = (SELECT min(id) FROM clusters)")
        connection.execute("UPDATE clusters SET target_key = '' WHERE id = (SELECT min(id) + 1 FROM clusters)")
        connection.execute("UPDATE clusters SET num_mentions = num_mentions + 1")  # read by no total
        connection.execute("DELETE FROM events WHERE cluster_id = (SELECT max(id) - 1 FROM clusters)")
        connection.execute("DELETE FROM clusters WHERE id = (SELECT max(id) - 1 FROM clusters)")
        assert kept(connection) == afresh(connection)
        with_totals = aggregations(connection)
        assert with_totals == from_clusters(connection)
        assert kept(connection) == afresh(connection)  # as counted afresh by build_totals
        assert (1, "", 1) in kept(connection)["place_totals"]  # the place with no country
        assert with_totals[0][0]["date"] == "2022-03-01" and with_totals[2][-1]["country"] is None  # the place with no country


def test_no_act_left_means_no_row_left(tmp_path):
    rng = random.Random(22)
    with Store.open(tmp_path / "s.db") as store:
        store.add_many([synthetic(n, rng) for n in range(10)])
        store.connection.execute("DELETE FROM events")
        store.connection.execute("DELETE FROM clusters")
        assert kept(store.connection) == {table: set() for table in AFRESH}
        assert aggregations(store.connection) == ([], [], [])


def test_a_large_stream_counts_afresh_at_its_end_what_the_triggers_would_have_kept(tmp_path):
    rng = random.Random(23)
    articles = [synthetic(n, rng) for n in range(80)]
    articles.insert(50, synthetic(9, random.Random(99), text="Another version of the ninth article."))
    with Store.open(tmp_path / "bulk.db") as bulk, Store.open(tmp_path / "plain.db") as plain:
        live = [totals_live(bulk.connection) for _pair in bulk.add_stream(articles, batch_size=10, bulk_after=30)]
        for _pair in plain.add_stream(articles, batch_size=10, bulk_after=10**9):
            pass
        assert live[0] and not live[-1]  # the triggers went once 30 events were written
        assert totals_live(bulk.connection) and kept(bulk.connection) == kept(plain.connection) == afresh(plain.connection)
        assert aggregations(bulk.connection) == aggregations(plain.connection)


def test_totals_a_stopped_stream_left_stale_are_not_read_and_the_next_writer_recounts_them(tmp_path):
    rng = random.Random(24)
    path = tmp_path / "s.db"
    with Store.open(path) as store:
        store.add_many([synthetic(n, rng) for n in range(20)])
        drop_totals(store.connection)  # as a large stream does before it stops
        store.add_many([synthetic(n, rng) for n in range(20, 40)])
        stale = kept(store.connection)
        assert stale != afresh(store.connection)
    with Store.open(path, readonly=True) as reader:
        assert not totals_live(reader.connection)
        read_meanwhile = aggregations(reader.connection)
    with Store.open(path) as writer:
        assert totals_live(writer.connection) and kept(writer.connection) == afresh(writer.connection)
        assert aggregations(writer.connection) == read_meanwhile
        assert sum(day["events"] for day in read_meanwhile[0]) == writer.connection.execute("SELECT count(*) FROM clusters").fetchone()[0]


def test_a_store_of_the_former_version_gets_its_totals_counted_when_opened(tmp_path):
    path = store_at_version(tmp_path / "v4.db", 4)
    connection = sqlite3.connect(path)
    connection.executemany(
        "INSERT INTO clusters (source_key, target_key, root, negated, date, quad_class, goldstein, geonameid, place_country)"
        " VALUES (?, ?, '19', 0, ?, 4, ?, ?, 'UKR')",
        [("RUS", "UKR", "2022-03-01", -10.0, 706483), ("RUS", "UKR", "2022-03-01", -9.5, 706483), ("UKR", "RUS", "2022-03-02", -2.0, None)],
    )
    connection.commit()
    connection.close()
    with Store.open(path) as store:
        assert totals_live(store.connection)
        assert stats.dyads(store.connection) == [
            {"source": "RUS", "target": "UKR", "events": 2, "mean_goldstein": -9.75},
            {"source": "UKR", "target": "RUS", "events": 1, "mean_goldstein": -2.0},
        ]
        assert [(day["date"], day["events"]) for day in stats.timeline(store.connection)] == [("2022-03-01", 2), ("2022-03-02", 1)]
