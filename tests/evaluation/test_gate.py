"""The CI gate: coding quality on the test half of the gold sets stays at or above the pinned floors."""

from __future__ import annotations

import importlib.util
import json

import pytest

from ..conftest import ROOT

SCORE = ROOT / "evaluation" / "score.py"
FLOORS = ROOT / "evaluation" / "floors.json"


@pytest.fixture(scope="module")
def gate():
    spec = importlib.util.spec_from_file_location("evaluation_score", SCORE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_floors_are_pinned_for_both_languages():
    floors = json.loads(FLOORS.read_text("utf-8"))
    assert set(floors["events"]) == {"fr", "en"}
    for lang in ("fr", "en"):
        assert floors["events"][lang]["dyad"]["f1"] > 0
        assert floors["actors"][lang]["exact"] > 0
        assert floors["places"][lang]["within_161km"] > 0


def test_test_half_meets_the_floors(coder, gate):
    from diurna import evaluate

    report = gate.full_report(coder, "test")
    problems = evaluate.below_floors(report, json.loads(FLOORS.read_text("utf-8")))
    assert not problems, "\n".join(problems)


def test_floors_cannot_be_lowered_silently(gate):
    old = {"events": {"fr": {"dyad": {"f1": 0.5}, "over_generation_max": 1.2}}}
    assert gate.lowered(old, {"events": {"fr": {"dyad": {"f1": 0.4}, "over_generation_max": 1.2}}})
    assert gate.lowered(old, {"events": {"fr": {"dyad": {"f1": 0.5}, "over_generation_max": 1.5}}})
    assert not gate.lowered(old, {"events": {"fr": {"dyad": {"f1": 0.6}, "over_generation_max": 1.1}}})
