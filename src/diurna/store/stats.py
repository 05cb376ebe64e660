"""Aggregations over the merged events (clusters): each real-world act counts once.

``timeline`` (events per day by quad class, mean Goldstein), ``dyads`` (who acts
on whom, most events first) and ``places`` (where). With a query, only acts
that have a mention matching it are counted.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from .query import EventQuery


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


def timeline(connection: sqlite3.Connection, query: EventQuery | None = None) -> list[dict[str, Any]]:
    """One row per day: events of each quad class (1 verbal cooperation … 4 material conflict), mean Goldstein."""
    scope, params = _scope(query)
    # Grouped by day and quad class, in the order of the covering index clusters_timeline, and
    # turned into one row per day here: half the time of one group per day with a sum per class
    # (each row then evaluated six aggregates).
    rows = connection.execute(
        "SELECT c.date, c.quad_class, count(*), count(c.goldstein), total(c.goldstein) FROM clusters c"
        f" WHERE c.date IS NOT NULL AND {scope} GROUP BY c.date, c.quad_class ORDER BY c.date, c.quad_class",
        params,
    ).fetchall()
    days: dict[str, dict[str, Any]] = {}
    for day, quad_class, events, scored, goldstein in rows:
        row = days.setdefault(day, {"date": day, "events": 0, "quad_class": {"1": 0, "2": 0, "3": 0, "4": 0}, "scored": 0, "goldstein": 0.0})
        row["events"] += events
        if str(quad_class) in row["quad_class"]:
            row["quad_class"][str(quad_class)] += events
        row["scored"] += scored
        row["goldstein"] += goldstein
    return [
        {"date": row["date"], "events": row["events"], "quad_class": row["quad_class"],
         "mean_goldstein": round(row["goldstein"] / row["scored"], 3) if row["scored"] else None}
        for row in days.values()
    ]


def dyads(connection: sqlite3.Connection, query: EventQuery | None = None, limit: int = 20) -> list[dict[str, Any]]:
    """The busiest (source, target) pairs: events and mean Goldstein."""
    scope, params = _scope(query)
    rows = connection.execute(
        "SELECT c.source_key, c.target_key, count(*) AS n, avg(c.goldstein) FROM clusters c"
        f" WHERE c.target_key != '' AND {scope} GROUP BY c.source_key, c.target_key ORDER BY n DESC, 1, 2 LIMIT ?",
        [*params, limit],
    ).fetchall()
    return [{"source": s, "target": t, "events": n, "mean_goldstein": None if g is None else round(g, 3)} for s, t, n, g in rows]


def places(connection: sqlite3.Connection, query: EventQuery | None = None, limit: int = 100) -> list[dict[str, Any]]:
    """Where the acts happened: one row per resolved place, most events first."""
    scope, params = _scope(query)
    # Counted first with one aggregate per row, then named and placed for the places kept only:
    # the name and coordinates aggregated over every row cost a third of the time.
    counted = connection.execute(
        "SELECT c.geonameid, c.place_country, count(*) AS n FROM clusters c"
        f" WHERE c.geonameid IS NOT NULL AND {scope} GROUP BY c.geonameid, c.place_country ORDER BY n DESC, 1 LIMIT ?",
        [*params, limit],
    ).fetchall()
    found = []
    for gid, country, n in counted:
        name, lat, lon = connection.execute(
            f"SELECT min(c.place_name), avg(c.lat), avg(c.lon) FROM clusters c WHERE c.geonameid = ? AND c.place_country IS ? AND {scope}",
            [gid, country, *params],
        ).fetchone()
        found.append({"geonameid": gid, "name": name, "country": country, "lat": lat, "lon": lon, "events": n})
    return found
