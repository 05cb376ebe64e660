"""Helpers shared by the construction tests: code a sentence with the real pipeline."""

from __future__ import annotations

import datetime as dt

from diurna.records import CodedArticle

DAY = dt.date(2023, 6, 15)  # a Thursday


def code(coder, text, lang):
    result = coder.code_text(text, date=DAY, lang=lang)
    assert isinstance(result, CodedArticle), result
    return result.events


def dyads(events):
    return {(e.source.actor.key, e.cameo.root, e.target.actor.key if e.target else None) for e in events}


def codes(events):
    """(source, full CAMEO code, target) of each event."""
    return {(e.source.actor.key, e.cameo.code, e.target.actor.key if e.target else None) for e in events}
