"""Absolute dates written out in text, in French or English.

Used for datelines and page metadata here, and by ``diurna.dates`` for dates
inside sentences. Month and weekday names come from the language profiles,
both languages at once: a French page often carries an English dateline
("24 Mar. 2022") and the other way round.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, insort
from dataclasses import dataclass
from functools import cache

from ..knowledge.language_profile import LANGUAGES, load_language_profile

# Years outside this range are read as numbers, not dates.
MIN_YEAR, MAX_YEAR = 1900, 2100
# Every date pattern needs a digit (``\d``, as in the patterns): text without one has no date.
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class DateMatch:
    """``text[start:end]`` names ``date`` to ``precision`` ("day", "month", "year")."""

    start: int
    end: int
    date: dt.date
    precision: str
    has_year: bool


@cache
def _merged(field: str) -> dict[str, int]:
    """A word table of both language profiles at once ("months", "weekdays")."""
    merged: dict[str, int] = {}
    for code in LANGUAGES:
        merged.update(getattr(load_language_profile(code), field))
    return merged


def _months() -> dict[str, int]:
    return _merged("months")


def _weekdays() -> dict[str, int]:
    return _merged("weekdays")


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    month = "|".join(sorted((re.escape(m) for m in _months()), key=len, reverse=True))
    weekday = "|".join(sorted((re.escape(d) for d in _weekdays()), key=len, reverse=True))
    flags = re.IGNORECASE
    day_first = (
        rf"(?:(?:{weekday}),?\s+)?(?:le\s+)?(?P<day>\d{{1,2}})(?:er|st|nd|rd|th)?\s+"
        rf"(?P<month>{month})\b\.?(?:,?\s+(?P<year>\d{{4}}))?"
    )
    month_first = (
        rf"(?:(?:{weekday}),?\s+)?(?P<month>{month})\b\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
        rf"(?:,?\s+(?P<year>\d{{4}}))?"
    )
    iso = r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
    month_year = rf"(?P<month>{month})\b\.?\s+(?P<year>\d{{4}})"
    return tuple(re.compile(p, flags) for p in (iso, day_first, month_first, month_year))


def _month_number(value: str) -> int | None:
    if value.isdigit():
        return int(value)
    return _months().get(value.lower().rstrip("."))


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps a span of ``taken`` (disjoint spans, sorted): only its neighbours can."""
    i = bisect_left(taken, (start, end))
    return (i > 0 and taken[i - 1][1] > start) or (i < len(taken) and taken[i][0] < end)


def find_dates(text: str, default_year: int | None = None) -> list[DateMatch]:
    """Every absolute date in ``text``, left to right, without overlaps.

    A day and month without a year take ``default_year`` when given, else
    are skipped. A date that does not exist ("31 février") is skipped.
    """
    found: list[DateMatch] = []
    if _DIGIT.search(text) is None:
        return found  # every pattern needs a digit; most sentences have none, and the scan is costly
    taken: list[tuple[int, int]] = []
    for pattern in _patterns():
        for match in pattern.finditer(text):
            start, end = match.span()
            if _overlaps(taken, start, end):  # a list of spans would make a page of dates quadratic
                continue
            groups = match.groupdict()
            month = _month_number(groups["month"])
            year_text = groups.get("year")
            has_year = bool(year_text)
            year = int(year_text) if year_text else default_year
            if month is None or year is None or not MIN_YEAR <= year <= MAX_YEAR:
                continue
            day_text = groups.get("day")
            try:
                date = dt.date(year, month, int(day_text) if day_text else 1)
            except ValueError:
                insort(taken, (start, end))  # "31 février 2022" is no date, not even "février 2022"
                continue
            precision = "day" if day_text else "month"
            found.append(DateMatch(start, end, date, precision, has_year))
            insort(taken, (start, end))
    found.sort(key=lambda m: m.start)
    return found
