"""A plain-text table for people: one line per event, widths fixed so columns line up."""

from __future__ import annotations

from typing import TextIO

from ..records import ActorMention, Event

COLUMNS = (("date", 10), ("source", 22), ("cameo", 34), ("target", 22), ("where", 14), ("conf", 4), ("trigger", 28))


def _actor(mention: ActorMention | None) -> str:
    if mention is None:
        return "—"
    actor = mention.actor
    who = actor.organization or actor.country or "?"
    detail = actor.entity if actor.entity and actor.entity != who else (actor.sector or "")
    return f"{who} {detail}".strip()


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


class TableWriter:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.article: str | None = None
        self.count = 0

    def _line(self, values: list[str]) -> None:
        cells = [_cut(v, w).ljust(w) for v, (_, w) in zip(values, COLUMNS)]
        self.stream.write("  ".join(cells).rstrip() + "\n")

    def write(self, event: Event) -> None:
        if event.article_id != self.article:
            if self.article is not None:
                self.stream.write("\n")
            self.article = event.article_id
            self.stream.write(f"== {event.article_id}\n")
            self._line([name for name, _ in COLUMNS])
        self.count += 1
        cameo = f"{event.cameo.code} {event.cameo.name}"
        if event.negated:
            cameo = "NOT " + cameo
        where = event.location.span.text if event.location else ""
        self._line(
            [
                event.date.date.isoformat() if event.date.date else "",
                _actor(event.source),
                cameo,
                _actor(event.target),
                where,
                f"{event.confidence:.2f}",
                event.trigger.text,
            ]
        )

    def close(self) -> None:
        self.stream.write(f"\n{self.count} events\n")
        self.stream.flush()
