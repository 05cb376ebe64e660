"""A plain-text table for people: one line per event, widths fixed so columns line up.

Events are grouped under their article; merged events from the store (records
with a ``cluster``) are listed as they come, with their number of reports.
"""

from __future__ import annotations

from typing import Any, TextIO

from .jsonl import EventRecord

COLUMNS = (("date", 10), ("source", 22), ("cameo", 34), ("target", 22), ("where", 14), ("conf", 4), ("trigger", 28))
CLUSTER_COLUMNS = (("men/art", 7),) + COLUMNS  # mentions and articles behind the act


def _actor(actor: dict[str, Any] | None) -> str:
    if actor is None:
        return "—"
    who = actor["organization"] or actor["country"] or "?"
    detail = actor["entity"] if actor["entity"] and actor["entity"] != who else (actor["sector"] or "")
    return f"{who} {detail}".strip()


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


class TableWriter:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.article: str | None = None
        self.count = 0
        self.header_written = False
        self.merged = False  # rows are acts from the store, each standing for its reports

    def _line(self, values: list[str], columns: tuple[tuple[str, int], ...]) -> None:
        cells = [_cut(v, w).ljust(w) for v, (_, w) in zip(values, columns)]
        self.stream.write("  ".join(cells).rstrip() + "\n")

    def write(self, record: EventRecord) -> None:
        cluster = record.get("cluster")
        self.merged = self.merged or cluster is not None
        columns = CLUSTER_COLUMNS if cluster else COLUMNS
        if cluster is None and record["article_id"] != self.article:
            if self.article is not None:
                self.stream.write("\n")
            self.article = record["article_id"]
            self.stream.write(f"== {record['article_id']}\n")
            self._line([name for name, _ in columns], columns)
        elif cluster is not None and not self.header_written:
            self._line([name for name, _ in columns], columns)
        self.header_written = True
        self.count += 1
        cameo = f"{record['cameo']['code']} {record['cameo']['name']}"
        if record["negated"]:
            cameo = "NOT " + cameo
        location = record["location"]
        values = [
            record["date"] or "",
            _actor(record["source"]),
            cameo,
            _actor(record["target"]),
            location["name"] if location else "",
            f"{record['confidence']:.2f}",
            record["trigger"]["text"],
        ]
        if cluster:
            values.insert(0, f"{cluster['num_mentions']}/{cluster['num_articles']}")
        self._line(values, columns)

    def close(self) -> None:
        self.stream.write(f"\n{self.count} {'acts (men/art: the reports behind each)' if self.merged else 'events'}\n")
        self.stream.flush()
