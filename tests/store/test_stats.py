"""Aggregations over the merged events (store/stats.py)."""

from __future__ import annotations

import random

from diurna.store import EventQuery, Store, stats

from .test_writing import synthetic

# The timeline as one group per day, each row summed per quad class: what stats.timeline
# computes by another grouping, which must give the same days.
ONE_GROUP_PER_DAY = (
    "SELECT c.date, count(*), sum(c.quad_class = 1), sum(c.quad_class = 2), sum(c.quad_class = 3),"
    " sum(c.quad_class = 4), avg(c.goldstein) FROM clusters c WHERE c.date IS NOT NULL GROUP BY c.date ORDER BY c.date"
)


def test_the_timeline_has_one_row_per_day_with_its_quad_classes_and_mean_goldstein(tmp_path):
    rng = random.Random(5)
    with Store.open(tmp_path / "s.db") as store:
        store.add_many([synthetic(n, rng) for n in range(60)])
        # An act with no Goldstein value and one with no quad class still count as events of their day.
        store.connection.execute("UPDATE clusters SET goldstein = NULL WHERE id = (SELECT min(id) FROM clusters)")
        store.connection.execute("UPDATE clusters SET quad_class = NULL WHERE id = (SELECT max(id) FROM clusters)")
        expected = [
            {"date": d, "events": n, "quad_class": {"1": q1, "2": q2, "3": q3, "4": q4},
             "mean_goldstein": None if g is None else round(g, 3)}
            for d, n, q1, q2, q3, q4, g in store.connection.execute(ONE_GROUP_PER_DAY)
        ]
        days = stats.timeline(store.connection)
        assert len(days) >= 5 and days == expected
        assert sum(d["events"] for d in days) == store.connection.execute("SELECT count(*) FROM clusters WHERE date IS NOT NULL").fetchone()[0]
        assert any(sum(d["quad_class"].values()) < d["events"] for d in days)  # the act with no quad class
        some_actor = store.connection.execute("SELECT source_key FROM clusters LIMIT 1").fetchone()[0]
        filtered = stats.timeline(store.connection, EventQuery(actor=some_actor))
        assert 0 < sum(d["events"] for d in filtered) < sum(d["events"] for d in days)


def test_places_are_counted_then_named_as_one_grouping_would(tmp_path):
    one_grouping = (
        "SELECT c.geonameid, min(c.place_name), c.place_country, c.lat, c.lon, count(*) AS n FROM clusters c"
        " WHERE c.geonameid IS NOT NULL AND {scope} GROUP BY c.geonameid, c.place_country ORDER BY n DESC, 1 LIMIT ?"
    )
    rng = random.Random(8)
    with Store.open(tmp_path / "s.db") as store:
        store.add_many([synthetic(n, rng) for n in range(60)])
        some_actor = store.connection.execute("SELECT source_key FROM clusters LIMIT 1").fetchone()[0]
        for query in (None, EventQuery(actor=some_actor), EventQuery(text="shelling")):
            scope, params = stats._scope(query)
            expected = [
                {"geonameid": gid, "name": name, "country": country, "lat": lat, "lon": lon, "events": n}
                for gid, name, country, lat, lon, n in store.connection.execute(one_grouping.format(scope=scope), [*params, 2])
            ]
            assert stats.places(store.connection, query, limit=2) == expected and expected
        assert len(stats.places(store.connection)) == 3 and len(stats.places(store.connection, limit=2)) == 2


def test_dyads_are_counted_then_scored_as_one_grouping_would(tmp_path):
    one_grouping = (
        "SELECT c.source_key, c.target_key, count(*) AS n, avg(c.goldstein) FROM clusters c"
        " WHERE c.target_key != '' AND {scope} GROUP BY c.source_key, c.target_key ORDER BY n DESC, 1, 2 LIMIT ?"
    )
    rng = random.Random(9)
    with Store.open(tmp_path / "s.db") as store:
        store.add_many([synthetic(n, rng) for n in range(80)])
        some_actor = store.connection.execute("SELECT source_key FROM clusters LIMIT 1").fetchone()[0]
        everything = stats.dyads(store.connection, limit=500)
        assert len(everything) > 5
        for query, limit in ((None, 3), (None, 500), (EventQuery(actor=some_actor), 3), (EventQuery(text="shelling"), 4)):
            scope, params = stats._scope(query)
            expected = [
                {"source": s, "target": t, "events": n, "mean_goldstein": None if g is None else round(g, 3)}
                for s, t, n, g in store.connection.execute(one_grouping.format(scope=scope), [*params, limit])
            ]
            assert stats.dyads(store.connection, query, limit=limit) == expected and expected
        assert stats.dyads(store.connection, EventQuery(text="no such words anywhere")) == []
