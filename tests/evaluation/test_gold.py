"""The gold files keep their schema; a broken line is reported with its line number."""

from __future__ import annotations

import json

from diurna import evaluate
from diurna.knowledge.ontology import Ontology

from ..conftest import ROOT

GOLD = ROOT / "evaluation" / "gold"


def test_the_gold_is_valid_and_large_enough():
    ontology = Ontology.load()
    assert evaluate.validate_gold(GOLD, ontology.cameo, ontology.plover_types) == []
    for lang in ("fr", "en"):
        items = evaluate.load_gold(GOLD, langs=[lang])
        assert len(items) >= 250
        empty = sum(1 for item in items if not item.events)
        assert empty / len(items) >= 0.15
        roots: dict[str, int] = {}
        for item in items:
            for event in item.events:
                roots[event["cameo"][:2]] = roots.get(event["cameo"][:2], 0) + 1
        assert len(roots) == 20 and min(roots.values()) >= 8
    assert sum(1 for _ in (GOLD / "actors").glob("*.jsonl")) and len((GOLD / "actors" / "actors.jsonl").read_text("utf-8").splitlines()) >= 300
    assert len((GOLD / "places" / "places.jsonl").read_text("utf-8").splitlines()) >= 150


def test_broken_gold_lines_are_named(tmp_path):
    (tmp_path / "fr").mkdir()
    (tmp_path / "places").mkdir()
    good = {"id": "x-1", "lang": "fr", "date": "2022-01-01", "context": "La France a condamné la Russie.",
            "sentence": "La France a condamné la Russie.", "events": []}
    bad_code = {**good, "id": "x-2", "events": [{"source": None, "target": None, "cameo": "999", "plover": None, "location": None, "date": None, "negated": False}]}
    (tmp_path / "fr" / "a.jsonl").write_text("\n".join([json.dumps(good), "{not json", json.dumps(bad_code)]), "utf-8")
    (tmp_path / "places" / "p.jsonl").write_text(json.dumps({"id": "p", "lang": "fr", "text": "à Paris", "mention": "Paris", "start": 0, "end": 5, "expected": {}}), "utf-8")
    ontology = Ontology.load()
    problems = evaluate.validate_gold(tmp_path, ontology.cameo, ontology.plover_types)
    assert any(p.startswith("fr/a.jsonl:2: malformed JSON") for p in problems)
    assert any(p.startswith("fr/a.jsonl:3: unknown CAMEO code 999") for p in problems)
    assert any(p.startswith("places/p.jsonl:1: the span does not slice back") for p in problems)
