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


def _side(actor):
    return None if actor is None else actor.organization or actor.country


def pairs(events):
    """(source country or organisation, root, target country or organisation) of each event."""
    return {(_side(e.source.actor), e.cameo.root, _side(e.target.actor) if e.target else None) for e in events}


def side_codes(events):
    """(source country or organisation, full CAMEO code, target country or organisation) of each event."""
    return {(_side(e.source.actor), e.cameo.code, _side(e.target.actor) if e.target else None) for e in events}
