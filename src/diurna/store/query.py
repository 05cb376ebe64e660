"""The filters of `diurna events` (and of `GET /events`) as one typed query, turned into SQL.

Every value reaches SQLite as a bound parameter; only fixed column names are
written into the SQL text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..errors import InputError
from ..knowledge.gazetteer import key_of

PLOVER_TYPE = re.compile(r"^[A-Z_]{3,20}$")
CAMEO_PREFIX = re.compile(r"^\d{1,4}$")
# A country or organization id as the store keys actors ("RUS", "NATO", "EU"), not an entity name.
ACTOR_ID = re.compile(r"^[A-Z][A-Z0-9]{1,9}$")


# How place names are compared: as the gazetteer keys them, accent-blind ("Kyïv" is "kyiv").
place_key = key_of


def like_escaped(text: str) -> str:
    """``text`` for a ``LIKE … ESCAPE '\\'`` pattern: its wildcards taken literally."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def fts_query(words: str) -> str:
    """Words for FTS5, each quoted so that user text is never read as FTS syntax; all must match."""
    terms = [w for w in re.findall(r"\w+", words, flags=re.UNICODE)]
    if not terms:
        raise InputError(f"no words to search for in {words!r}")
    return " ".join('"' + term.replace('"', '""') + '"' for term in terms)


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Which events to return. ``None`` means no filter on that field."""

    actor: str | None = None  # ISO3 country, organization id or entity name, on the source side
    target: str | None = None
    code: str | None = None  # CAMEO code prefix: "19", "112"
    plover: str | None = None  # PLOVER event type: "ASSAULT"
    since: dt.date | None = None
    until: dt.date | None = None
    place: str | None = None  # a place name, in any language the text used or the gazetteer's
    country: str | None = None  # ISO3 of the event's location
    text: str | None = None  # words of the sentence, accent-insensitive
    min_confidence: float | None = None
    article: str | None = None

    def __post_init__(self) -> None:
        if self.code is not None and not CAMEO_PREFIX.match(self.code):
            raise InputError(f"invalid CAMEO code prefix {self.code!r}: use digits, e.g. 19 or 112")
        if self.plover is not None and not PLOVER_TYPE.match(self.plover.upper()):
            raise InputError(f"invalid PLOVER type {self.plover!r}")
        if self.min_confidence is not None and not 0.0 <= self.min_confidence <= 1.0:
            raise InputError(f"invalid minimum confidence {self.min_confidence}: use a number in [0, 1]")
        if self.since and self.until and self.since > self.until:
            raise InputError(f"--since {self.since} is after --until {self.until}")

    def cluster_where(self, alias: str = "c") -> tuple[str, list[object]] | None:
        """The same filter over the ``clusters`` table, when every filter set has a cluster column
        (actors given as codes, a root prefix, dates, the place's country); else ``None``."""
        if self.place or self.text or self.plover or self.min_confidence is not None or self.article:
            return None
        if (self.code and len(self.code) > 2) or any(v and not ACTOR_ID.match(v) for v in (self.actor, self.target)):
            return None
        conditions: list[tuple[str, object]] = [
            (f"{alias}.source_key = ?", self.actor), (f"{alias}.target_key = ?", self.target),
            (f"{alias}.root LIKE ?", self.code and self.code + "%"),
            *self._common(alias),
        ]
        return _joined(conditions)

    def where(self, alias: str = "e") -> tuple[str, list[object]]:
        """A SQL condition over the ``events`` table (as ``alias``) and its parameters."""
        conditions: list[tuple[str, object]] = []
        for side, value in (("source", self.actor), ("target", self.target)):
            if value:
                conditions.append((
                    f"({alias}.{side}_key = ? OR {alias}.{side}_country = ? OR {alias}.{side}_organization = ?"
                    f" OR {alias}.{side}_entity = ? COLLATE NOCASE)",
                    (value, value.upper(), value.upper(), value),
                ))
        place = None
        if self.place:
            place = "%|" + like_escaped(place_key(self.place)) + "|%"
        conditions += [
            (f"{alias}.cameo_code LIKE ?", self.code and self.code + "%"),
            (f"{alias}.plover_type = ?", self.plover and self.plover.upper()),
            (f"{alias}.place_names LIKE ? ESCAPE '\\'", place),
            (f"{alias}.sentence_id IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?)",
             self.text and fts_query(self.text)),
            (f"{alias}.confidence >= ?", self.min_confidence),
            (f"{alias}.article_id = ?", self.article),
            *self._common(alias),
        ]
        return _joined(conditions)

    def _common(self, alias: str) -> list[tuple[str, object]]:
        """The conditions events and clusters share: dates and the place's country."""
        return [
            (f"{alias}.date >= ?", self.since and self.since.isoformat()),
            (f"{alias}.date <= ?", self.until and self.until.isoformat()),
            (f"{alias}.place_country = ?", self.country and self.country.upper()),
        ]


def _joined(conditions: list[tuple[str, object]]) -> tuple[str, list[object]]:
    """The conditions whose value is set, joined with AND; a tuple value binds several parameters."""
    clauses: list[str] = []
    params: list[object] = []
    for clause, value in conditions:
        if value is None or value == "":
            continue
        clauses.append(clause)
        params.extend(value if isinstance(value, tuple) else (value,))
    return (" AND ".join(clauses) or "1"), params
