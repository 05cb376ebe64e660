"""Typed, frozen records passed between the stages.

The flow is ``Article`` (ingest) → ``ParsedArticle`` (language + nlp) →
``ActorMention`` / ``PlaceMention`` (actors, places) → ``Event`` (events,
when/where). An article that cannot be coded becomes a ``Rejection``.
This module imports nothing of diurna's own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class SegmentKind(str, Enum):
    """What a stretch of article text is."""

    BODY = "body"  # text to code
    TITLE = "title"  # headline: metadata, never coded
    DATELINE = "dateline"  # "24 Mar. 2022 -", "BRUXELLES, 24 mars (AFP) -"
    FURNITURE = "furniture"  # bullets, "Mis à jour le: ...", share buttons
    CAPTION = "caption"  # a photo caption or a label between paragraphs


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch ``text[start:end]`` of an article and what it is."""

    start: int
    end: int
    kind: SegmentKind


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read, before any language processing.

    ``text`` is exactly the text the command received (for HTML: the
    extracted text); all offsets in later records point into it.
    """

    id: str
    text: str
    segments: tuple[Segment, ...]
    title: str | None = None
    published: dt.date | None = None
    published_basis: str | None = None  # "dateline", "metadata", "input", "option"
    url: str | None = None
    lang: str | None = None  # declared language, if any
    dateline_place: str | None = None  # "BRUXELLES" in "BRUXELLES, 24 mars (AFP) -"

    def body(self) -> tuple[Segment, ...]:
        return tuple(s for s in self.segments if s.kind is SegmentKind.BODY)


@dataclass(frozen=True, slots=True)
class Rejection:
    """An article that was not coded, and why."""

    article_id: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {"article_id": self.article_id, "rejected": self.reason}


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A body segment parsed by the pipeline of its language.

    ``doc`` is the spaCy ``Doc`` of ``article.text[start:end]``; token
    offsets plus ``start`` give article offsets.
    """

    start: int
    end: int
    lang: str
    doc: Any  # spacy.tokens.Doc; typed loosely so records need no spaCy import


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """An article with its language and its parsed body paragraphs."""

    article: Article
    lang: str
    paragraphs: tuple[Paragraph, ...]
    skipped: tuple[tuple[Segment, str], ...] = ()  # body segments not parsed, with the reason


@dataclass(frozen=True, slots=True)
class TextSpan:
    """``article.text[start:end] == text``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Actor:
    """Who an actor mention refers to. Unknown fields are ``None``."""

    code: str | None
    country: str | None
    organization: str | None
    sector: str | None
    entity: str | None
    how: str  # how it was resolved: "name", "adjective", "seat", "office", "person", "coreference", ...

    @property
    def key(self) -> str | None:
        """What identifies the actor in a dyad: its country, else its organization."""
        return self.country or self.organization


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A stretch of text that names an actor."""

    span: TextSpan
    actor: Actor
    sentence_index: int
    head: int  # index of the syntactic head token in the sentence's paragraph doc
    paragraph: int  # index into ParsedArticle.paragraphs
    # For a noun that stands for two parties named before ("both sides", "les deux pays"): the
    # second one (``actor`` is the first). An act done to it is done to each.
    second_party: Actor | None = None


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry."""

    name: str
    country: str | None
    lat: float
    lon: float
    feature: str  # "country", "region", "city"
    geonameid: int | None


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A toponym in the text and what it resolves to (``place`` None when unknown)."""

    span: TextSpan
    place: Place | None
    sentence_index: int
    head: int
    paragraph: int


@dataclass(frozen=True, slots=True)
class CameoCoding:
    code: str
    root: str
    name: str
    quad_class: int
    goldstein: float | None


@dataclass(frozen=True, slots=True)
class PloverCoding:
    type: str
    mode: str | None
    context: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EventDate:
    date: dt.date | None
    precision: str | None  # "day", "month", "year"
    basis: str | None  # "text" (said in the sentence), "article" (the article's date)
    span: TextSpan | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event: a trigger, one source, at most one target."""

    event_id: str
    article_id: str
    language: str
    sentence_index: int
    sentence: str
    trigger: TextSpan
    source: ActorMention
    target: ActorMention | None
    cameo: CameoCoding
    plover: PloverCoding | None
    location: PlaceMention | None
    date: EventDate
    negated: bool
    modality: str  # "asserted", "reported", "intended", "future"
    confidence: float
    evidence: tuple[str, ...] = field(default=())  # how the frame was found, for `--explain`


@dataclass(frozen=True, slots=True)
class CodedArticle:
    """Everything the coder found in one article."""

    article: Article
    language: str
    events: tuple[Event, ...]
    actors: tuple[ActorMention, ...]
    places: tuple[PlaceMention, ...]
    sentences: tuple[TextSpan, ...] = ()  # every parsed sentence, by sentence_index
