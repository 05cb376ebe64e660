"""Aggregations over the merged events (clusters): each real-world act counts once.

``timeline`` (events per day by quad class, mean Goldstein), ``dyads`` (who acts
on whom, most events first) and ``places`` (where). With a query, only acts
that have a mention matching it are counted. Without one, they read the running
totals the store keeps (``store.totals``) while they are live.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from .query import EventQuery
from .totals import totals_live


def _scope(query: EventQuery | None) -> tuple[str, list[object]]:
    """Which clusters count: filtered on their own columns when the query allows, else
    through their mentions."""
    if query is None:
        return "1", []
    direct = query.cluster_where("c")
    if direct is not None:
        return direct
    where, params = query.where("e")
    return f"c.id IN (SELECT e.cluster_id FROM events e WHERE {where})", params


def _from_totals(connection: sqlite3.Connection, query: EventQuery | None) -> bool:
    return (query is None or query == EventQuery()) and totals_live(connection)


def _mean(goldstein_tenths: int, scored: int) -> float | None:
    return round(goldstein_tenths / scored / 10, 3) if scored else None


def _parts(rows: list[tuple], size: int = 400) -> list[list[tuple]]:
    """``rows`` in parts small enough for one statement's parameters."""
    return [rows[start : start + size] for start in range(0, len(rows), size)]


def timeline(connection: sqlite3.Connection, query: EventQuery | None = None) -> list[dict[str, Any]]:
    """One row per day: events of each quad class (1 verbal cooperation … 4 material conflict), mean Goldstein."""
    if _from_totals(connection, query):
        return [
            {"date": day, "events": events, "quad_class": {"1": q1, "2": q2, "3": q3, "4": q4}, "mean_goldstein": _mean(tenths, scored)}
            for day, events, q1, q2, q3, q4, scored, tenths in connection.execute(
                "SELECT date, sum(acts), sum(acts * (quad_class = 1)), sum(acts * (quad_class = 2)), sum(acts * (quad_class = 3)),"
                " sum(acts * (quad_class = 4)), sum(scored), sum(goldstein_tenths) FROM day_totals GROUP BY date ORDER BY date")
        ]
    scope, params = _scope(query)
    # Grouped by day and quad class, in the order of the covering index clusters_timeline, and
    # turned into one row per day here: half the time of one group per day with a sum per class
    # (each row then evaluated six aggregates).
    rows = connection.execute(
        "SELECT c.date, c.quad_class, count(*), count(c.goldstein), total(round(c.goldstein * 10)) FROM clusters c"
        f" WHERE c.date IS NOT NULL AND {scope} GROUP BY c.date, c.quad_class ORDER BY c.date, c.quad_class",
        params,
    ).fetchall()
    days: dict[str, dict[str, Any]] = {}
    for day, quad_class, events, scored, goldstein_tenths in rows:
        row = days.setdefault(day, {"date": day, "events": 0, "quad_class": {"1": 0, "2": 0, "3": 0, "4": 0}, "scored": 0, "tenths": 0})
        row["events"] += events
        if str(quad_class) in row["quad_class"]:
            row["quad_class"][str(quad_class)] += events
        row["scored"] += scored
        row["tenths"] += int(goldstein_tenths)
    return [
        {"date": row["date"], "events": row["events"], "quad_class": row["quad_class"],
         "mean_goldstein": _mean(row["tenths"], row["scored"])}
        for row in days.values()
    ]


def dyads(connection: sqlite3.Connection, query: EventQuery | None = None, limit: int = 20) -> list[dict[str, Any]]:
    """The busiest (source, target) pairs: events and mean Goldstein."""
    if _from_totals(connection, query):
        return [
            {"source": source, "target": target, "events": n, "mean_goldstein": _mean(tenths, scored)}
            for source, target, n, scored, tenths in connection.execute(
                "SELECT source_key, target_key, acts, scored, goldstein_tenths FROM dyad_totals"
                " ORDER BY acts DESC, source_key, target_key LIMIT ?", [limit])
        ]
    scope, params = _scope(query)
    # Counted first with one aggregate per row, the mean Goldstein then taken for the pairs kept
    # only (as ``places``).
    counted = connection.execute(
        "SELECT c.source_key, c.target_key, count(*) AS n FROM clusters c"
        f" WHERE c.target_key != '' AND {scope} GROUP BY c.source_key, c.target_key ORDER BY n DESC, 1, 2 LIMIT ?",
        [*params, limit],
    ).fetchall()
    if not counted:
        return []
    # One statement per few hundred kept pairs, so that a scope through the mentions is read once.
    means = {}
    for part in _parts(counted):
        # Two lists, which the index clusters_block seeks (a list of pairs would be scanned); the
        # pairs across them that were not kept are read too and left.
        sources, targets = sorted({row[0] for row in part}), sorted({row[1] for row in part})
        means.update(
            ((source, target), _mean(int(tenths), scored))
            for source, target, tenths, scored in connection.execute(
                f"SELECT c.source_key, c.target_key, total(round(c.goldstein * 10)), count(c.goldstein) FROM clusters c WHERE c.source_key IN ({', '.join('?' * len(sources))})"
                f" AND c.target_key IN ({', '.join('?' * len(targets))}) AND {scope} GROUP BY c.source_key, c.target_key",
                [*sources, *targets, *params],
            )
        )
    return [
        {"source": source, "target": target, "events": n,
         "mean_goldstein": means.get((source, target))}
        for source, target, n in counted
    ]


def places(connection: sqlite3.Connection, query: EventQuery | None = None, limit: int = 100) -> list[dict[str, Any]]:
    """Where the acts happened: one row per resolved place, most events first, under its first name
    (in alphabetical order) and the coordinates reported with that name."""
    if _from_totals(connection, query):
        counted = connection.execute(
            "SELECT geonameid, nullif(place_country, ''), acts FROM place_totals ORDER BY acts DESC, geonameid, place_country LIMIT ?",
            [limit],
        ).fetchall()
        # One seek into the index clusters_place per kept place.
        named = {
            (gid, country): connection.execute(
                "SELECT place_name, lat, lon FROM clusters WHERE geonameid = ? AND place_country IS ? ORDER BY place_name, lat, lon LIMIT 1",
                [gid, country],
            ).fetchone()
            for gid, country, _ in counted
        }
    else:
        scope, params = _scope(query)
        # Counted first with one aggregate per row, then named and placed for the places kept only:
        # the name and coordinates aggregated over every row cost a third of the time.
        counted = connection.execute(
            "SELECT c.geonameid, c.place_country, count(*) AS n FROM clusters c"
            f" WHERE c.geonameid IS NOT NULL AND {scope} GROUP BY c.geonameid, c.place_country ORDER BY n DESC, 1, 2 LIMIT ?",
            [*params, limit],
        ).fetchall()
        # One statement per few hundred kept places, so that a scope through the mentions is read once.
        # With min() alone, SQLite reads the bare lat and lon from the row that gives the name.
        named = {}
        for part in _parts(counted):
            marks = ", ".join("?" for _ in part)
            named.update(
                ((gid, country), (name, lat, lon))
                for gid, country, name, lat, lon in connection.execute(
                    "SELECT c.geonameid, c.place_country, min(c.place_name), c.lat, c.lon FROM clusters c"
                    f" WHERE c.geonameid IN ({marks}) AND {scope} GROUP BY c.geonameid, c.place_country",
                    [*(gid for gid, _, _ in part), *params],
                )
            )
    return [
        {"geonameid": gid, "name": named[(gid, country)][0], "country": country, "lat": named[(gid, country)][1],
         "lon": named[(gid, country)][2], "events": n}
        for gid, country, n in counted
    ]
