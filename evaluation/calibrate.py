"""Fit the confidence calibration on the gold's calibration set and write it as data.

    .venv/bin/python evaluation/calibrate.py                     # fit and write the maps
    .venv/bin/python evaluation/calibrate.py --cross-validate    # per-language against pooled, on the set

Codes the calibration set (``gold/calibration/``) with calibration off, pairs each
predicted event's raw confidence with whether it matches a gold dyad and root, fits a
monotone (isotonic) map per language by pooling adjacent violators, and writes
``src/diurna/knowledge/data/calibration.toml``.

Why one map per language: at the same raw score the coder is right at different rates
in French and English. On the calibration set (300 items per language), two-fold
cross-validation gave a calibration error of 0.095 (en) / 0.104 (fr) for per-language
maps against 0.102 / 0.140 for one pooled map.

Why a set of its own: the dev half is read and tuned on, so the coder is right more
often there than on unseen text and a map fitted on it is over-confident (session 3:
top decile 0.88 predicted, 0.36 / 0.73 right on the test half). Nobody reads the
calibration set's sentences or tunes rules on it; the test half checks the map.
"""

from __future__ import annotations

import argparse
import hashlib
from collections import Counter
from pathlib import Path

from diurna import evaluate
from diurna.events.confidence import Calibration, Calibrations
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


def fit(points: list[tuple[float, bool]]) -> list[tuple[float, float, int]]:
    """Knots (mean raw score, calibrated confidence, events) of an isotonic fit shrunk towards the mean."""
    overall = sum(c for _, c in points) / len(points)
    return monotone([
        (score, (accuracy * count + overall * SHRINKAGE_EVENTS) / (count + SHRINKAGE_EVENTS), count)
        for score, accuracy, count in isotonic(points)
    ])


def raw_outcomes() -> dict[str, list[tuple[str, float, bool]]]:
    """Per language, each predicted event of the calibration set: (item id, raw score, right)."""
    coder = Coder()
    coder.calibration = Calibrations({})  # raw scores
    points: dict[str, list[tuple[str, float, bool]]] = {}
    for result in evaluate.code_gold(coder, evaluate.load_gold(HERE / "gold", "calibration")):
        gold = Counter(k for e in result.item.events for k in evaluate._gold_keys(e)["dyad"])
        codes = {e["cameo"] for e in result.item.events}
        for event in result.predicted:
            key = evaluate._event_keys(event, codes)["dyad"][0]
            correct = gold[key] > 0
            if correct:
                gold[key] -= 1
            points.setdefault(result.item.lang, []).append((result.item.id, event.confidence, correct))
    return points


def as_map(knots: list[tuple[float, float, int]]) -> Calibration:
    return Calibration(tuple(k[0] for k in knots), tuple(max(0.05, min(0.95, k[1])) for k in knots))


def calibration_error(points: list[tuple[float, bool]], calibration: Calibration) -> float:
    """As ``diurna evaluate`` computes it: per decile of confidence, |right - confidence|, over all events."""
    deciles: dict[int, list[tuple[float, bool]]] = {}
    for raw, correct in points:
        value = calibration(raw)
        deciles.setdefault(min(9, int(value * 10)), []).append((value, correct))
    return sum(abs(sum(c for _, c in d) - sum(v for v, _ in d)) for d in deciles.values()) / len(points)


def cross_validate(points: dict[str, list[tuple[str, float, bool]]], folds: int = 2) -> None:
    """Calibration error of per-language and pooled maps, each fold scored by maps fitted on the others."""
    def fold(item_id: str) -> int:
        return hashlib.sha256(item_id.encode()).digest()[0] % folds

    for language, language_points in sorted(points.items()):
        errors: dict[str, float] = {"per language": 0.0, "pooled": 0.0}
        for held in range(folds):
            scored = [(raw, ok) for item, raw, ok in language_points if fold(item) == held]
            own = [(raw, ok) for item, raw, ok in language_points if fold(item) != held]
            every = [(raw, ok) for lang_points in points.values() for item, raw, ok in lang_points if fold(item) != held]
            errors["per language"] += calibration_error(scored, as_map(fit(own))) * len(scored)
            errors["pooled"] += calibration_error(scored, as_map(fit(every))) * len(scored)
        print(f"{language}: {folds}-fold calibration error " + ", ".join(
            f"{name} {total / len(language_points):.3f}" for name, total in errors.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cross-validate", action="store_true", help="compare per-language and pooled maps; write nothing")
    args = parser.parse_args()
    outcomes = raw_outcomes()
    if args.cross_validate:
        cross_validate(outcomes)
        return
    points = {language: [(raw, ok) for _, raw, ok in rows] for language, rows in outcomes.items()}
    lines = [
        "# Raw confidence -> calibrated confidence, one map per language, fitted on the gold's calibration",
        "# set by evaluation/calibrate.py (isotonic, shrunk towards the language's mean).",
        "# Knots: mean raw score of a block, its accuracy, its size.",
        "",
    ]
    for language, language_points in sorted(points.items()):
        blocks = fit(language_points)
        lines += [f"# {language}: {len(language_points)} predicted events", ""]
        for score, accuracy, count in blocks:
            lines += [f"[[{language}.knot]]", f"raw = {score:.3f}", f"calibrated = {max(0.05, min(0.95, accuracy)):.3f}", f"events = {count}", ""]
        print(f"{language}: {len(language_points)} events, {len(blocks)} knots")
    OUT.write_text("\n".join(lines), "utf-8")
    print(f"-> {OUT}")


if __name__ == "__main__":
    main()
