"""HTML pages: main text, title and date through trafilatura."""

from __future__ import annotations

import datetime as dt

import trafilatura


def extract(html: str) -> tuple[str, str | None, dt.date | None, str | None]:
    """``(text, title, date, url)``; text paragraphs are separated by blank lines."""
    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    if document is None:
        return "", None, None, None
    text = document.text or ""
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    published = None
    if document.date:
        try:
            published = dt.date.fromisoformat(document.date[:10])
        except ValueError:
            published = None
    return "\n\n".join(paragraphs), document.title or None, published, document.url or None
