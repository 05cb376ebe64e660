"""diurna: news to event data, in French and English.

    >>> import diurna
    >>> events = diurna.code("La Russie a envahi l'Ukraine le 24 février 2022.", date="2022-03-01")

``code`` codes one text and returns its events; ``code_many`` streams
articles (texts, ``Article`` records or dicts with the JSONL fields) and
yields a ``CodedArticle`` or a ``Rejection`` for each, in order. Both share
one ``Coder`` per process, built on first use; build your own ``Coder``
to choose the configuration.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any, Iterable, Iterator

from .errors import ConfigError, DiurnaError, InputError, KnowledgeError, ModelError
from .records import Actor, ActorMention, Article, CodedArticle, Event, Place, PlaceMention, Rejection

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "ActorMention",
    "Article",
    "CodedArticle",
    "Coder",
    "ConfigError",
    "DiurnaError",
    "Event",
    "InputError",
    "KnowledgeError",
    "ModelError",
    "Place",
    "PlaceMention",
    "Rejection",
    "code",
    "code_many",
    "__version__",
]

@cache
def _coder() -> Any:
    """One coder per process, built on first use: loading the models is the expensive part."""
    from .pipeline import Coder

    return Coder()


def __getattr__(name: str) -> Any:
    if name == "Coder":
        from .pipeline import Coder

        return Coder
    raise AttributeError(name)


def _as_date(value: str | dt.date | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def code(text: str, date: str | dt.date | None = None, lang: str | None = None) -> tuple[Event, ...]:
    """The events of one article text. Raises ``InputError`` when the text cannot be coded."""
    result = _coder().code_text(text, date=_as_date(date), lang=lang)
    if isinstance(result, Rejection):
        raise InputError(f"article rejected: {result.reason}")
    return result.events


def code_many(items: Iterable[str | dict | Article], date: str | dt.date | None = None) -> Iterator[CodedArticle | Rejection]:
    """Code a stream of articles lazily, in order; each gives a ``CodedArticle`` or a ``Rejection``."""
    from .ingest import article_from_text, with_default_date

    default = _as_date(date)

    def articles() -> Iterator[Article | Rejection]:
        for number, item in enumerate(items):
            if isinstance(item, Article):
                yield with_default_date(item, default)
            elif isinstance(item, str):
                yield with_default_date(article_from_text(item, f"text-{number}"), default)
            elif isinstance(item, dict):
                try:
                    published = _as_date(item.get("date"))
                except ValueError:
                    yield Rejection(str(item.get("id", number)), "invalid date")
                    continue
                article = article_from_text(
                    item.get("text", ""),
                    str(item.get("id", f"text-{number}")),
                    title=item.get("title"),
                    published=published,
                    published_basis="input" if published else None,
                    url=item.get("url"),
                    lang=item.get("lang"),
                )
                yield with_default_date(article, default)
            else:
                yield Rejection(f"item-{number}", f"unsupported input type {type(item).__name__}")

    return _coder().code_many(articles())
