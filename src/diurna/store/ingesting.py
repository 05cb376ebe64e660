"""Coding articles into a store: what `diurna ingest`, `POST /ingest` and the batch runner share.

Articles already stored with the same content are skipped before coding (the
expensive part); each coded article is written in its own transaction, so a run
stopped anywhere leaves whole articles, and the next run codes only the rest.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

from ..records import Article, Rejection
from . import Store


@dataclass(slots=True)
class IngestReport:
    """What one run did; ``rejections`` keeps every rejected article with its reason."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    rejections: list[Rejection] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"added": self.added, "replaced": self.replaced, "unchanged": self.unchanged, "rejected": len(self.rejections)}


def ingest(
    coder: Any,
    store: Store,
    items: Iterable[Article | Rejection],
    *,
    on_rejection: Callable[[Rejection], None] | None = None,
) -> IngestReport:
    """Code the new or changed articles among ``items`` and write them to ``store``."""
    report = IngestReport()

    def fresh() -> Iterator[Article | Rejection]:
        for item in items:
            if isinstance(item, Article) and store.is_unchanged(item):
                report.unchanged += 1
                continue
            yield item

    for result in coder.code_many(fresh()):
        if isinstance(result, Rejection):
            report.rejections.append(result)
            if on_rejection is not None:
                on_rejection(result)
            continue
        outcome = store.add(result)
        setattr(report, outcome, getattr(report, outcome) + 1)
    return report
