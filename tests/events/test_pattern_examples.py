"""Every pattern entry carries an example sentence; the real pipeline codes them, and the number
coded to the entry's code with the example's source and target may not fall below its floor."""

from __future__ import annotations

import json

import pytest

from diurna import evaluate

from ..conftest import ROOT

FLOORS = json.loads((ROOT / "evaluation" / "floors.json").read_text("utf-8"))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_pattern_examples_are_coded(coder, lang):
    rate, failures = evaluate.score_pattern_examples(coder, lang)
    total = len(evaluate.example_checks(coder, lang))
    coded = total - len(failures)
    floor = FLOORS["patterns"][lang]["examples_coded"]
    assert coded >= floor, f"{coded} < {floor} ({rate:.3f}); first failures:\n" + "\n".join(failures[:30])
