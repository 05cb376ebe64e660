"""How well the store merges reports of one act: scored on ``gold/clusters/``.

The corpus (``articles.jsonl``) is coded and written to a fresh store in a
temporary folder, as `diurna ingest` would. Each gold mention (an article and
the trigger words of one report, in ``expected.toml``) is matched to the stored
event of that article whose trigger overlaps those words and whose dyad is the
cluster's (the dyad breaks ties when one trigger gives several events). Over
the matched mentions, every pair counts:

    precision   pairs the store put in one cluster that the gold has in one cluster
    recall      pairs the gold has in one cluster that the store put in one cluster

Gold mentions the coder did not code are left out of both (coverage says how
many were matched): this measures merging, not coding.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
import tomllib
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..ingest import article_from_text
from ..records import CodedArticle
from . import MergeRules, Store


@dataclass(frozen=True, slots=True)
class GoldMention:
    cluster: str
    article: str
    trigger: str
    source: str
    target: str


def load_cluster_gold(folder: Path) -> tuple[list[dict[str, Any]], list[GoldMention]]:
    """The articles and the gold mentions; raises ``InputError`` naming what is wrong."""
    articles = [json.loads(line) for line in (folder / "articles.jsonl").read_text("utf-8").splitlines() if line.strip()]
    texts = {a["id"]: a["text"] for a in articles}
    gold = tomllib.loads((folder / "expected.toml").read_text("utf-8"))
    mentions, seen = [], set()
    for cluster in gold["cluster"]:
        if cluster["id"] in seen:
            raise InputError(f"expected.toml: cluster id {cluster['id']} twice")
        seen.add(cluster["id"])
        for mention in cluster["mentions"]:
            text = texts.get(mention["article"])
            if text is None:
                raise InputError(f"expected.toml: {cluster['id']} names unknown article {mention['article']}")
            if text.count(mention["trigger"]) != 1:
                raise InputError(f"expected.toml: {cluster['id']}: {mention['trigger']!r} is not once in {mention['article']}")
            mentions.append(GoldMention(cluster["id"], mention["article"], mention["trigger"], cluster["source"], cluster["target"]))
    return articles, mentions


def _keys(actor: dict[str, Any] | None) -> set[str]:
    if actor is None:
        return {""}
    return {value for value in (actor["country"], actor["organization"]) if value}


def score_merging(coder: Any, folder: Path, rules: MergeRules | None = None) -> dict[str, Any]:
    articles, mentions = load_cluster_gold(folder)
    with tempfile.TemporaryDirectory(prefix="diurna-merging-") as scratch:
        with Store.open(Path(scratch) / "store.db", rules) as store:
            items = [
                article_from_text(a["text"], a["id"], title=a.get("title"), published=_date(a.get("date")),
                                  published_basis="input", url=a.get("url"), lang=a.get("lang"))
                for a in articles
            ]
            for result in coder.code_many(items):
                if isinstance(result, CodedArticle):
                    store.add(result)
            events = list(store.events())
    texts = {a["id"]: a["text"] for a in articles}
    assigned: dict[int, int] = {}  # gold mention index -> predicted cluster id
    used: set[str] = set()
    for number, mention in enumerate(mentions):
        start = texts[mention.article].index(mention.trigger)
        end = start + len(mention.trigger)
        candidates = [
            e for e in events
            if e["article_id"] == mention.article and e["event_id"] not in used
            and e["trigger"]["start"] < end and start < e["trigger"]["end"]
        ]
        same_dyad = [e for e in candidates if mention.source in _keys(e["source"]) and mention.target in _keys(e["target"])]
        chosen = (same_dyad or candidates)[:1]
        if chosen:
            used.add(chosen[0]["event_id"])
            assigned[number] = chosen[0]["cluster_id"]
    matched = sorted(assigned)
    both = predicted = wanted = 0
    for a, b in combinations(matched, 2):
        same_gold = mentions[a].cluster == mentions[b].cluster
        same_predicted = assigned[a] == assigned[b]
        both += same_gold and same_predicted
        predicted += same_predicted
        wanted += same_gold
    precision = both / predicted if predicted else 1.0
    recall = both / wanted if wanted else 1.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0,
        "mentions": len(mentions),
        "mentions_matched": len(matched),
        "pairs_gold": wanted,
        "pairs_predicted": predicted,
        "articles": len(articles),
        "clusters_gold": len({m.cluster for m in mentions}),
    }


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None
