"""Helpers shared by the actor tests: code a text with the real pipeline and list its actor mentions."""

from __future__ import annotations

import datetime as dt


def actor_mentions(coder, text: str, lang: str, day: str = "2024-05-20") -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    """(span text, country, organization, sector, entity) of every actor mention, in reading order."""
    coded = coder.code_text(text, date=dt.date.fromisoformat(day), lang=lang)
    return [(m.span.text, m.actor.country, m.actor.organization, m.actor.sector, m.actor.entity) for m in coded.actors]


def mentions_without_entity(coder, text: str, lang: str, day: str = "2024-05-06") -> list[tuple[str, str | None, str | None, str | None]]:
    """(span text, country, organization, sector) of every actor mention, in reading order."""
    return [found[:4] for found in actor_mentions(coder, text, lang, day)]


def with_word(found, word: str):
    """The mentions whose text holds ``word``."""
    return [m for m in found if word in m[0]]
