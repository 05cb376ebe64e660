"""The merging gold is well formed, and the scorer can tell a good merge from a bad one."""

from __future__ import annotations

import json
import tomllib

import pytest

from diurna.errors import InputError
from diurna.store import MergeRules
from diurna.store.merging_score import load_cluster_gold, score_merging

from ..conftest import ROOT

CLUSTERS = ROOT / "evaluation" / "gold" / "clusters"


def test_the_merging_gold_is_valid_and_large_enough():
    articles, mentions = load_cluster_gold(CLUSTERS)
    langs = [a["lang"] for a in articles]
    assert len(articles) >= 30 and langs.count("fr") >= 12 and langs.count("en") >= 12
    per_cluster = {}
    for mention in mentions:
        per_cluster.setdefault(mention.cluster, set()).add(mention.article)
    assert sum(len(arts) > 1 for arts in per_cluster.values()) >= 10  # acts reported by several articles
    gold = tomllib.loads((CLUSTERS / "expected.toml").read_text("utf-8"))
    assert all(len(c["cameo_root"]) == 2 and c["cameo_root"].isdigit() for c in gold["cluster"])


def test_a_trigger_that_is_not_in_its_article_is_named(tmp_path):
    (tmp_path / "articles.jsonl").write_text(json.dumps({"id": "a", "lang": "en", "text": "Russia struck Kyiv."}) + "\n")
    (tmp_path / "expected.toml").write_text(
        '[[cluster]]\nid = "c1"\nsource = "RUS"\ntarget = "UKR"\ncameo_root = "19"\n'
        'mentions = [{article = "a", trigger = "bombed"}]\n'
    )
    with pytest.raises(InputError, match="c1.*bombed"):
        load_cluster_gold(tmp_path)


def test_merging_everything_or_nothing_scores_badly(coder):
    # A window of -1 day merges nothing; a window of 10 years and 20,000 km merges every same-dyad report.
    apart = score_merging(coder, CLUSTERS, MergeRules(window_days=-1, article_window_days=-1))
    together = score_merging(coder, CLUSTERS, MergeRules(window_days=3650, article_window_days=3650, same_place_km=20_000))
    assert apart["recall"] < 0.2
    assert together["precision"] < 0.9
