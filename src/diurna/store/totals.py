"""Running totals of the acts (clusters) per day and quad class, per dyad and per place.

The unfiltered aggregations (``store.stats``) read these few thousand rows instead of
every cluster: at 1,000,000 events a full pass over the clusters' covering indexes took
170–390 ms per aggregation, over the 200 ms target on slower machines.

Triggers on ``clusters`` keep the totals as every write path changes clusters (new acts,
recounts, replaced articles), so no writer has to remember them. Goldstein values have
one decimal: their sums are kept in tenths, as integers, so that adding and taking away
the same act leaves no rounding behind.

A large stream drops the triggers with the deferred indexes and rebuilds the totals by
one pass at its end (``Store.add_stream``); while they are away the totals are stale, and
``totals_live`` tells the aggregations to read the clusters instead. A stream stopped before
its end leaves them to the next writer that opens the store, as the indexes.
"""

from __future__ import annotations

import re
import sqlite3
from typing import NamedTuple

from .schema import in_transaction


class _Total(NamedTuple):
    """One table of totals: which cluster rows count, under which key, with which measures."""

    table: str
    counts: str                       # the condition a cluster row ``{row}`` meets to count
    keys: tuple[str, ...]             # the table's key columns
    values: tuple[str, ...]           # their values from the cluster row
    measures: tuple[tuple[str, str], ...]  # (column, the value one cluster row adds to it)

    def reads(self) -> set[str]:
        """The cluster columns whether a row counts, where, and by how much depend on."""
        return set(re.findall(r"\{row\}\.(\w+)", " ".join((self.counts, *self.values, *(value for _, value in self.measures)))))


_ACTS = ("acts", "1")
_SCORED = ("scored", "{row}.goldstein IS NOT NULL")
_TENTHS = ("goldstein_tenths", "coalesce(cast(round({row}.goldstein * 10) AS INTEGER), 0)")
TOTALS: tuple[_Total, ...] = (
    _Total("day_totals", "{row}.date IS NOT NULL", ("date", "quad_class"), ("{row}.date", "coalesce({row}.quad_class, 0)"),
           (_ACTS, _SCORED, _TENTHS)),
    _Total("dyad_totals", "{row}.target_key != ''", ("source_key", "target_key"), ("{row}.source_key", "{row}.target_key"),
           (_ACTS, _SCORED, _TENTHS)),
    # Counts only: the clusters_place index the counting afresh reads holds no Goldstein value.
    _Total("place_totals", "{row}.geonameid IS NOT NULL", ("geonameid", "place_country"),
           ("{row}.geonameid", "coalesce({row}.place_country, '')"), (_ACTS,)),
)


def _changed(total: _Total) -> str:
    """An update moves a cluster in ``total`` only when a column it reads changed (most recounts change none)."""
    return "(" + " OR ".join(f"old.{column} IS NOT new.{column}" for column in sorted(total.reads())) + ")"


def _upsert(t: _Total) -> str:
    return f" ON CONFLICT DO UPDATE SET {', '.join(f'{column} = {column} + excluded.{column}' for column, _ in t.measures)}"


def _add(row: str, guarded: bool = False) -> list[str]:
    """Statements counting the cluster row ``row`` (``new``) into each table."""
    return [
        f"INSERT INTO {t.table} ({', '.join((*t.keys, *(column for column, _ in t.measures)))})"
        f" SELECT {', '.join((*t.values, *(value for _, value in t.measures))).format(row=row)}"
        f" WHERE {t.counts.format(row=row)}{' AND ' + _changed(t) if guarded else ''}{_upsert(t)}"
        for t in TOTALS
    ]


def _remove(row: str, guarded: bool = False) -> list[str]:
    """Statements taking the cluster row ``row`` (``old``) out of each table; rows left at zero go."""
    statements = []
    for t in TOTALS:
        match = " AND ".join(f"{key} = {value}" for key, value in zip(t.keys, t.values)).format(row=row)
        statements += [
            f"UPDATE {t.table} SET {', '.join(f'{column} = {column} - ({value})' for column, value in t.measures).format(row=row)}"
            f" WHERE {t.counts.format(row=row)} AND {match}{' AND ' + _changed(t) if guarded else ''}",
            f"DELETE FROM {t.table} WHERE {match} AND acts <= 0",
        ]
    return statements


def _trigger(name: str, event: str, statements: list[str], when: str = "") -> str:
    body = "".join(f"    {statement};\n" for statement in statements)
    return f"CREATE TRIGGER {name} AFTER {event} ON clusters{when and ' WHEN ' + when} BEGIN\n{body}END"


TRIGGERS: dict[str, str] = {
    "clusters_totals_insert": _trigger("clusters_totals_insert", "INSERT", _add("new")),
    "clusters_totals_delete": _trigger("clusters_totals_delete", "DELETE", _remove("old")),
    "clusters_totals_update": _trigger(
        "clusters_totals_update", "UPDATE", [*_remove("old", guarded=True), *_add("new", guarded=True)],
        when=" OR ".join(_changed(t) for t in TOTALS),
    ),
}


def _fill(t: _Total) -> str:
    """Count ``t`` afresh: grouped by the bare columns, in the order of the index that covers them
    (no sort); the few groups the key's coalesce() merges (a NULL beside a 0) add up."""
    columns = re.findall(r"\{row\}\.(\w+)", " ".join(t.values))
    sums = ", ".join(f"total({value.format(row='c')})" for _, value in t.measures)
    return (
        f"INSERT INTO {t.table} ({', '.join((*t.keys, *(column for column, _ in t.measures)))})"
        f" SELECT {', '.join(value.format(row='c') for value in t.values)}, {sums} FROM clusters c"
        f" WHERE {t.counts.format(row='c')} GROUP BY {', '.join(f'c.{column}' for column in columns)}{_upsert(t)}"
    )


def totals_live(connection: sqlite3.Connection) -> bool:
    """Whether the triggers keep the totals now (not during a large stream, nor before the first writer's open)."""
    present = connection.execute(
        f"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN ({', '.join('?' * len(TRIGGERS))})",
        list(TRIGGERS),
    ).fetchone()[0]
    return present == len(TRIGGERS)


def drop_totals(connection: sqlite3.Connection) -> None:
    """Before a large merge: the triggers go, in one transaction."""
    in_transaction(connection, [f"DROP TRIGGER IF EXISTS {name}" for name in TRIGGERS])


def build_totals(connection: sqlite3.Connection) -> bool:
    """Count the totals afresh from the clusters and set the triggers, in one transaction, when
    the triggers are missing; whether it did."""
    if totals_live(connection):
        return False
    statements = [f"DROP TRIGGER IF EXISTS {name}" for name in TRIGGERS]
    for total in TOTALS:
        statements += [f"DELETE FROM {total.table}", _fill(total)]
    in_transaction(connection, [*statements, *TRIGGERS.values()])
    return True
