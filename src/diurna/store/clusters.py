"""Which reports describe the same act: the rules that merge events into clusters.

Two events are one act when they have the same dyad (source and target keys:
a country, else an organization), the same CAMEO root and negation, dates
within a window, and compatible places. The rules are pure functions of the
two sides, so they are tested without a store; ``Store`` applies them.

Why these rules:
- The dyad by country or organization, not by full actor code: "Russian
  forces shelled Kharkiv" and "Russia shelled Kharkiv" are one act.
- The root, not the full code: reporters word one act differently (an attack
  "with artillery" 195, or just "attacked" 190).
- A date window, wider when a date is only the article's: a report of
  yesterday's strike dated by its article is a day late.
- Places: a strike on Kharkiv and one on Odesa the same day are two acts; a
  report that only says "in Ukraine" fits either.
- A place named only in the dateline says where the reporter was: it never
  keeps reports apart, it only breaks ties between clusters that fit.
A new event joins the best compatible cluster (same full code, then same
place, then the dateline's place, then nearest date, then the oldest
cluster), else starts one. This is
greedy, so ingest order can matter at the edges; reports of one act rarely
sit at the edge of two clusters.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Iterable, NamedTuple

from ..knowledge.gazetteer import great_circle_km

# Places closer than this are the same place for merging (a city and its suburbs).
SAME_PLACE_KM = 50.0
# Features that contain cities: a report at this level fits any place inside.
AREA_FEATURES = frozenset({"country", "region", "admin1", "admin2"})


@dataclass(frozen=True, slots=True)
class MergeRules:
    """The windows, from the configuration's ``[store]`` table."""

    window_days: int = 1  # both dates said in the text
    article_window_days: int = 3  # at least one date is only the article's
    same_place_km: float = SAME_PLACE_KM


# The three records below are NamedTuples, not dataclasses: the store builds several per
# event it writes, and a tuple is built several times faster.
class PlaceKey(NamedTuple):
    name: str | None
    country: str | None
    lat: float | None
    lon: float | None
    feature: str | None
    geonameid: int | None

    @classmethod
    def from_record(cls, location: dict[str, Any] | None) -> "PlaceKey | None":
        if not location:
            return None
        return cls(location.get("name"), location.get("country"), location.get("lat"), location.get("lon"),
                   location.get("feature"), location.get("geonameid"))

    @property
    def specificity(self) -> int:
        """Higher is more precise: a city beats a region beats a country."""
        return {"country": 0, "region": 1, "admin1": 1, "admin2": 2}.get(self.feature or "", 3)


class Report(NamedTuple):
    """What merging needs to know of one event."""

    event_id: str
    source_key: str
    target_key: str
    root: str
    code: str
    negated: bool
    date: dt.date | None
    date_basis: str | None
    place: PlaceKey | None
    # A place the report gives only in its dateline: where the reporter was. It never
    # keeps reports apart, but among clusters that fit it picks the one at that place.
    hint: PlaceKey | None = None


class ClusterView(NamedTuple):
    """What merging needs to know of one cluster."""

    id: int
    code: str | None
    date: dt.date | None
    date_basis: str | None
    place: PlaceKey | None


def actor_key(actor: dict[str, Any] | None) -> str:
    """The side of a dyad: country, else organization, else the actor code, else the words."""
    if actor is None:
        return ""
    return actor.get("country") or actor.get("organization") or actor.get("code") or " ".join(actor["text"].lower().split())


def report_from_record(record: dict[str, Any], place_in_sentence: bool = True) -> Report:
    """The report of an event record; a place not said in the event's own sentence is only a hint."""
    cameo, date = record["cameo"], record["date"]
    place = PlaceKey.from_record(record["location"])
    # Positional: the store builds one per event it writes, and keywords cost a dict.
    return Report(
        record["event_id"], actor_key(record["source"]), actor_key(record["target"]), cameo["root"], cameo["code"],
        bool(record["negated"]), dt.date.fromisoformat(date) if date else None, record["date_basis"],
        *((place, None) if place_in_sentence else (None, place)),
    )


def distance_km(a: PlaceKey, b: PlaceKey) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    return great_circle_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]


def places_compatible(a: PlaceKey | None, b: PlaceKey | None, rules: MergeRules) -> bool:
    if a is None or b is None:
        return True
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    if a.country and b.country and a.country != b.country:
        return False
    if a.feature in AREA_FEATURES or b.feature in AREA_FEATURES:
        return True  # same country (or unknown), one side only names the area
    distance = distance_km(a, b)
    if distance is not None:
        return distance <= rules.same_place_km
    return (a.name or "").casefold() == (b.name or "").casefold()


def dates_compatible(report: Report, cluster: ClusterView, rules: MergeRules) -> bool:
    if report.date is None or cluster.date is None:
        return True
    window = rules.window_days
    if report.date_basis != "text" or cluster.date_basis != "text":
        window = rules.article_window_days
    return abs((report.date - cluster.date).days) <= window


def _same(a: PlaceKey | None, b: PlaceKey | None) -> bool:
    return a is not None and b is not None and a.geonameid is not None and a.geonameid == b.geonameid


def best_cluster(report: Report, candidates: Iterable[ClusterView], rules: MergeRules) -> ClusterView | None:
    """The cluster this report joins, or ``None`` to start a new one. Candidates share its dyad and root."""
    scored = []
    for cluster in candidates:
        if not dates_compatible(report, cluster, rules) or not places_compatible(report.place, cluster.place, rules):
            continue
        same_place = _same(report.place, cluster.place)
        hinted = _same(report.hint, cluster.place) or (
            report.hint is not None and places_compatible(report.hint, cluster.place, rules)
        )
        gap = abs((report.date - cluster.date).days) if report.date and cluster.date else 99
        scored.append(((cluster.code != report.code, not same_place, not hinted, gap, cluster.id), cluster))
    if not scored:
        return None
    return min(scored, key=lambda pair: pair[0])[1]
