"""Plain-text articles: paragraphs, headline, datelines and page furniture.

A news page copied as text carries lines that are not prose: the headline,
bullets with the publication date, "Mis à jour le: ...", a photo caption
between paragraphs. They are recognised here as metadata segments so that
nothing is coded from them, while offsets still point into the text as
received. The order of the checks is the order of the functions below.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from ..knowledge.language_profile import LANGUAGES, load_language_profile
from ..records import Segment, SegmentKind
from .datelines import find_dates

PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
BULLETS = "•·●▪◦‣∙*|-–—>»«"
TERMINAL_PUNCTUATION = tuple(".!?…:;»\"”)")
# A caption or label is a single short line without final punctuation.
# 12 words covers "Official family portrait" and agency photo credits, and no
# prose sentence of the corpus is that short and unpunctuated.
CAPTION_MAX_WORDS = 12
TITLE_MAX_CHARS = 250
# "BRUXELLES, 24 mars (AFP) -", "WASHINGTON (Reuters) -", "ALMERIA, Spain. -",
# "26 juin 2012. -": a place in capitals and/or a date, an optional agency, then a dash.
DATELINE_PREFIX = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'’.\-]+(?: [A-ZÀ-Ý][A-ZÀ-Ý'’.\-]+){0,3})?"
    r"(?:,?\s*(?P<region>[A-ZÀ-Ý][\w'’\- ]{1,30}?))?"
    r"(?:,?\s*(?P<date>[\w.,' ]{4,40}?))?"
    r"\s*(?P<agency>\([^)\n]{2,30}\))?\.?\s*[-–—]\s+"
)


@dataclass(frozen=True, slots=True)
class TextLayout:
    """The segments of a plain-text article and the metadata found in them."""

    segments: tuple[Segment, ...]
    title: str | None
    published: dt.date | None
    dateline_place: str | None


@cache
def _furniture_labels() -> tuple[str, ...]:
    labels: list[str] = []
    for code in LANGUAGES:
        labels.extend(load_language_profile(code).furniture_labels)
    return tuple(sorted(set(labels), key=len, reverse=True))


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    position = 0
    for match in PARAGRAPH_BREAK.finditer(text):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    trimmed = []
    for start, end in spans:
        chunk = text[start:end]
        stripped = chunk.strip()
        if not stripped:
            continue
        lead = len(chunk) - len(chunk.lstrip())
        trimmed.append((start + lead, start + lead + len(stripped)))
    return trimmed


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    position = start
    for line in text[start:end].split("\n"):
        line_end = position + len(line)
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append((position + lead, position + lead + len(stripped)))
        position = line_end + 1
    return spans


def _is_furniture_line(line: str) -> tuple[bool, dt.date | None]:
    """A line of bullets, a bare date, or a labelled metadata line ("Mis à jour le: ...")."""
    core = line.strip().strip(BULLETS).strip()
    if not core or all(not ch.isalnum() for ch in core):
        return True, None
    lowered = core.lower()
    for label in _furniture_labels():
        if lowered.startswith(label):
            dates = find_dates(core)
            return True, dates[0].date if dates else None
    dates = find_dates(core)
    if dates:
        covered = sum(m.end - m.start for m in dates)
        rest = re.sub(r"[\W\d_]+", "", core[: dates[0].start] + core[dates[-1].end :])
        # A line that is a date and nothing else but separators and a time of day.
        if covered >= len(core.strip(" -–—.|:")) * 0.6 and len(rest) <= 3:
            return True, dates[0].date
    return False, None


def _is_caption(text: str) -> bool:
    stripped = text.strip()
    if "\n" in stripped or stripped.endswith(TERMINAL_PUNCTUATION):
        return False
    return len(stripped.split()) <= CAPTION_MAX_WORDS


def _dateline_prefix(text: str) -> tuple[int, dt.date | None, str | None] | None:
    """Length, date and place of a dateline opening a paragraph, if there is one."""
    match = DATELINE_PREFIX.match(text)
    if not match or match.end() > 90:
        return None
    place = match.group("place")
    date_text = match.group("date") or ""
    dates = find_dates(match.group(0))
    agency = match.group("agency")
    place_is_caps = bool(place) and place.strip(" .").isupper() and len(place.strip(" .")) >= 3
    if not (dates or place_is_caps):
        return None
    if not dates and date_text and not agency and not place_is_caps:
        return None
    clean_place = place.strip(" .,") if place_is_caps else None
    written = match.group(0).split(",")[0].strip(" .") if "," in match.group(0) else ""
    if clean_place is None and not place and dates and _is_place_name(written):
        clean_place = written  # "Kiev, 19 février 2024 –": a place written in ordinary case, then a date
    return match.end(), (dates[0].date if dates else None), clean_place


def _is_place_name(text: str) -> bool:
    """Whether a dateline's opening words read as a place name: one to three capitalised words,
    no digits ("Kiev", "Port Moresby", "Ouagadougou")."""
    words = text.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not any(ch.isdigit() for ch in text)


def layout(text: str) -> TextLayout:
    """Split ``text`` into typed segments; offsets are into ``text`` itself."""
    paragraphs = _paragraph_spans(text)
    segments: list[Segment] = []
    title: str | None = None
    published: dt.date | None = None
    dateline_place: str | None = None
    body_seen = False
    for index, (start, end) in enumerate(paragraphs):
        chunk = text[start:end]
        lines = _line_spans(text, start, end)
        furniture = [_is_furniture_line(text[s:e]) for s, e in lines]
        if all(is_furniture for is_furniture, _ in furniture):
            for (s, e), (_, date) in zip(lines, furniture):
                kind = SegmentKind.DATELINE if date else SegmentKind.FURNITURE
                segments.append(Segment(s, e, kind))
                if date and published is None:
                    published = date
            continue
        is_first_text = not body_seen and title is None
        has_more = index + 1 < len(paragraphs)
        if (
            is_first_text
            and has_more
            and "\n" not in chunk
            and len(chunk) <= TITLE_MAX_CHARS
            and not chunk.rstrip().endswith((".", "…", ":", ";"))
        ):
            title = chunk
            segments.append(Segment(start, end, SegmentKind.TITLE))
            continue
        if body_seen and _is_caption(chunk) or (not body_seen and has_more and _is_caption(chunk) and title):
            segments.append(Segment(start, end, SegmentKind.CAPTION))
            continue
        prefix = _dateline_prefix(chunk) if not body_seen else None
        if prefix:
            length, date, place = prefix
            # The dash's trailing spaces belong to neither segment: every segment is stripped.
            segments.append(Segment(start, start + len(chunk[:length].rstrip()), SegmentKind.DATELINE))
            start += length
            if date and published is None:
                published = date
            dateline_place = dateline_place or place
        segments.append(Segment(start, end, SegmentKind.BODY))
        body_seen = True
    return TextLayout(tuple(segments), title, published, dateline_place)
