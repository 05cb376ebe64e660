"""Fit the confidence calibration on the gold's calibration set and write it as data.

    .venv/bin/python evaluation/calibrate.py

Codes the calibration set (``gold/calibration/``) with calibration off, pairs each
predicted event's raw confidence with whether it matches a gold dyad and root, fits a
monotone (isotonic) map by pooling adjacent violators, and writes
``src/diurna/knowledge/data/calibration.toml``.

Why a set of its own: the dev half is read and tuned on, so the coder is right more
often there than on unseen text and a map fitted on it is over-confident (session 3:
top decile 0.88 predicted, 0.36 / 0.73 right on the test half). Nobody reads the
calibration set's sentences or tunes rules on it; the test half checks the map.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from diurna import evaluate
from diurna.events.confidence import Calibration
from diurna.pipeline import Coder

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "src" / "diurna" / "knowledge" / "data" / "calibration.toml"
# Fewest events a knot stands on: fewer gives a map that follows noise.
MIN_PER_KNOT = 8
# Each knot's accuracy is pulled towards the overall accuracy as if it had this many more
# events at that rate: with ~100 events, a block of 19 all-correct events is luck, not 0.99.
SHRINKAGE_EVENTS = 10


def isotonic(points: list[tuple[float, bool]]) -> list[tuple[float, float, int]]:
    """Pool adjacent violators over points sorted by score: (mean score, accuracy, count) blocks."""
    blocks: list[list[float]] = []  # [sum_score, sum_correct, count]
    for score, correct in sorted(points):
        blocks.append([score, float(correct), 1])
        while len(blocks) > 1 and (
            blocks[-2][1] / blocks[-2][2] >= blocks[-1][1] / blocks[-1][2] or blocks[-2][2] < MIN_PER_KNOT
        ):
            last = blocks.pop()
            for k in range(3):
                blocks[-1][k] += last[k]
    return [(s / n, c / n, int(n)) for s, c, n in blocks]


def monotone(blocks: list[tuple[float, float, int]]) -> list[tuple[float, float, int]]:
    """Pool adjacent blocks again where shrinking made the map fall (a small block moves further)."""
    pooled: list[tuple[float, float, int]] = []
    for block in blocks:
        pooled.append(block)
        while len(pooled) > 1 and pooled[-2][1] >= pooled[-1][1]:
            (s1, a1, n1), (s2, a2, n2) = pooled.pop(-2), pooled.pop()
            pooled.append(((s1 * n1 + s2 * n2) / (n1 + n2), (a1 * n1 + a2 * n2) / (n1 + n2), n1 + n2))
    return pooled


def main() -> None:
    coder = Coder()
    coder.calibration = Calibration((), ())  # fit on raw scores
    items = evaluate.load_gold(HERE / "gold", "calibration")
    points: list[tuple[float, bool]] = []
    for result in evaluate.code_gold(coder, items):
        gold = Counter(k for e in result.item.events for k in evaluate._gold_keys(e)["dyad"])
        codes = {e["cameo"] for e in result.item.events}
        for event in result.predicted:
            key = evaluate._event_keys(event, codes)["dyad"][0]
            correct = gold[key] > 0
            if correct:
                gold[key] -= 1
            points.append((event.confidence, correct))
    overall = sum(c for _, c in points) / len(points)
    blocks = monotone([
        (score, (accuracy * count + overall * SHRINKAGE_EVENTS) / (count + SHRINKAGE_EVENTS), count)
        for score, accuracy, count in isotonic(points)
    ])
    lines = [
        "# Raw confidence -> calibrated confidence, fitted on the gold's calibration set by",
        "# evaluation/calibrate.py (isotonic, pooled French and English, shrunk towards the mean).",
        f"# {len(points)} predicted events; knots: mean raw score of a block, its accuracy, its size.",
        "",
    ]
    for score, accuracy, count in blocks:
        lines += ["[[knot]]", f"raw = {score:.3f}", f"calibrated = {max(0.05, min(0.95, accuracy)):.3f}", f"events = {count}", ""]
    OUT.write_text("\n".join(lines), "utf-8")
    print(f"{len(points)} events, {len(blocks)} knots -> {OUT}")


if __name__ == "__main__":
    main()
