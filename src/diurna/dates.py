"""When an event happened: dates written in its sentence, absolute or relative to the article's date.

``date_expressions`` finds them in a sentence ("le 24 février", "ce jeudi",
"hier", "on Thursday", "last week"); the events stage gives an event the
expression that hangs on its own clause, else the article's date with basis
"article". A weekday without "dernier"/"prochain" ("last"/"next") is the
nearest one on the side the verb's tense points to. A date that does not
exist or lies far in the future of the article is not used.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span

from .ingest.datelines import find_dates
from .knowledge.language_profile import LanguageProfile

# A date this many days after the article's date is taken for a misreading.
MAX_FUTURE_DAYS = 366
# A day-and-month without a year that lands this far after the article's
# date belongs to the year before ("le 28 décembre" in a January article).
YEARLESS_LOOKAHEAD_DAYS = 31


@dataclass(frozen=True, slots=True)
class DateExpression:
    start: int  # token indices in the doc, end exclusive
    end: int
    date: dt.date
    precision: str  # "day", "week", "month", "year"
    relative: bool


@cache
def _relative_pattern(profile: LanguageProfile) -> re.Pattern[str]:
    words = sorted([*profile.relative_days, *profile.relative_periods], key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![\w'’])(?:{alternatives})(?![\w'’])", re.IGNORECASE)


@cache
def _weekday_pattern(profile: LanguageProfile) -> re.Pattern[str]:
    days = "|".join(re.escape(d) for d in profile.weekdays)
    directions = "|".join(re.escape(d) for d in sorted(profile.weekday_direction, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w])(?:(?P<before>{directions})\s+)?(?P<day>{days})(?:\s+(?P<after>{directions}))?(?![\w])",
        re.IGNORECASE,
    )


def _weekday_date(article: dt.date, weekday: int, direction: int | None, future: bool) -> dt.date:
    delta = (weekday - article.weekday()) % 7  # days forward to the next such weekday (0 = today)
    if direction == -1:
        back = (article.weekday() - weekday) % 7 or 7
        return article - dt.timedelta(days=back)
    if direction == 1:
        return article + dt.timedelta(days=delta or 7)
    if future:
        return article + dt.timedelta(days=delta)
    back = (article.weekday() - weekday) % 7
    return article - dt.timedelta(days=back)


def date_expressions(sentence: Span, profile: LanguageProfile, article_date: dt.date | None, future: bool = False) -> list[DateExpression]:
    """Dates named in ``sentence``; relative ones need ``article_date``."""
    text = sentence.text
    found: list[tuple[int, int, dt.date, str, bool]] = []
    default_year = article_date.year if article_date else None
    for match in find_dates(text, default_year=default_year):
        date = match.date
        if not match.has_year and article_date and date > article_date + dt.timedelta(days=YEARLESS_LOOKAHEAD_DAYS):
            try:
                date = date.replace(year=date.year - 1)
            except ValueError:
                continue
        found.append((match.start, match.end, date, match.precision, not match.has_year))
    if article_date is not None:
        for match in _relative_pattern(profile).finditer(text):
            word = match.group(0).lower()
            if word in profile.relative_days:
                found.append((match.start(), match.end(), article_date + dt.timedelta(days=profile.relative_days[word]), "day", True))
            else:
                offset, precision = profile.relative_periods[word]
                found.append((match.start(), match.end(), article_date + dt.timedelta(days=offset), precision, True))
        for match in _weekday_pattern(profile).finditer(text):
            direction_word = (match.group("after") or match.group("before") or "").lower()
            direction = profile.weekday_direction.get(direction_word) if direction_word else None
            if direction == 0:
                direction = None
            date = _weekday_date(article_date, profile.weekdays[match.group("day").lower()], direction, future)
            found.append((match.start(), match.end(), date, "day", True))
    expressions: list[DateExpression] = []
    taken: list[tuple[int, int]] = []
    # Absolute dates first: "mardi 3 juillet" is the 3rd of July, whatever Tuesday is near.
    for start, end, date, precision, relative in sorted(found, key=lambda f: (f[4], f[0])):
        if any(start < e and s < end for s, e in taken):
            continue
        if article_date and date > article_date + dt.timedelta(days=MAX_FUTURE_DAYS):
            continue
        span = sentence.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        taken.append((start, end))
        expressions.append(DateExpression(span.start, span.end, date, precision, relative))
    expressions.sort(key=lambda e: e.start)
    return expressions
