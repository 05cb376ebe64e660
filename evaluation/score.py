"""The evaluation gate: score the test half and compare with the pinned floors.

    .venv/bin/python evaluation/score.py                 score, print, exit 1 below a floor
    .venv/bin/python evaluation/score.py --split dev     score the dev half (no gate)
    .venv/bin/python evaluation/score.py --update-floors raise floors to the current scores

Floors only go up: ``--update-floors`` refuses to lower one unless ``--allow-lower``
is given too, and that flag is for a change of gold or metric, said in the commit.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import sys
from pathlib import Path

from diurna import evaluate
from diurna.pipeline import Coder
from diurna.store.merging_score import score_merging

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"
FLOORS = HERE / "floors.json"
# What is pinned, per language, from the event report; actors and places from theirs.
EVENT_METRICS = ("cameo_root", "cameo_code", "plover", "dyad", "sector", "location", "date")
# Predicted events per gold event may not pass this: a fixed bound, not the current value, so
# that coding more of the gold events is never punished. UniversalPetrarch made 3.0.
OVER_GENERATION_CEILING = 1.25
# Expected calibration error (events-weighted mean gap between confidence and accuracy per
# decile) may not pass this: the tolerance of 0.1 per decile, taken over all deciles
# since a decile of a dozen events moves by 0.1 on one event. It is checked on the events of
# the test half together with the calibration set's, each of those scored by a map fitted on
# the other half of the set (``calibration_error_held_out``): on the ~100 events of the test
# half alone, a perfectly calibrated coder scores 0.086 on average and passes 0.10 only four
# times in five (session 8), so the check said more about luck than about the map. On the
# ~500 events per language of both together, a perfectly calibrated coder scores 0.041 (en) /
# 0.044 (fr) on average and 0.069 / 0.078 at its 99th percentile (session 8, simulated): the
# ceiling sits just above that, lower than the 0.10 / 0.11 the test half alone was held to.
CALIBRATION_ERROR_CEILING = 0.08


def _calibrate_module():
    """evaluation/calibrate.py, which fits the map: the gate scores its held-out maps too."""
    spec = importlib.util.spec_from_file_location("evaluation_calibrate", HERE / "calibrate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def full_report(coder: Coder, split: str | None) -> dict:
    items = evaluate.load_gold(GOLD, split)
    results = list(evaluate.code_gold(coder, items))
    events = evaluate.score(results)
    if split == "test":
        for lang, held_out in held_out_calibration(coder, results).items():
            if lang in events:
                events[lang].update(held_out)
    return {
        "events": events,
        "actors": evaluate.score_actors(coder, GOLD),
        "places": evaluate.score_places(coder, GOLD),
        "merging": score_merging(coder, GOLD / "clusters"),
        "patterns": {lang: pattern_report(coder, lang) for lang in ("fr", "en")},
    }


def held_out_calibration(coder: Coder, results: list) -> dict[str, dict]:
    """Per language, the calibration error over the test half's events and the calibration set's,
    these scored by maps fitted on the set's other half (``calibrate.held_out_outcomes``)."""
    calibrate = _calibrate_module()
    outcomes = calibrate.raw_outcomes(coder)
    held_out = calibrate.held_out_outcomes(outcomes, calibrate.chosen_methods(calibrate.cross_validated_errors(outcomes)))
    test = evaluate.confidence_outcomes(results)
    return {
        lang: {
            "calibration_error_held_out": evaluate.calibration_error(test.get(lang, []) + points),
            "calibration_events_held_out": len(test.get(lang, [])) + len(points),
        }
        for lang, points in held_out.items()
    }


def pattern_report(coder: Coder, lang: str) -> dict:
    """How many pattern entries' example sentences are coded to the entry (a count, so that
    adding entries never lowers it), and the share."""
    rate, failures = evaluate.score_pattern_examples(coder, lang)
    total = len(evaluate.example_checks(coder, lang))
    return {"examples_coded": total - len(failures), "examples": total, "share": round(rate, 4)}


def floors_from(report: dict) -> dict:
    """The current scores rounded down to two decimals (ceilings rounded up)."""
    down = lambda v: math.floor(v * 100) / 100  # noqa: E731
    up = lambda v: math.ceil(v * 100) / 100  # noqa: E731
    floors: dict = {"events": {}, "actors": {}, "places": {}, "patterns": {}}
    floors["merging"] = {k: down(report["merging"][k]) for k in ("precision", "recall")}
    for lang, scores in report["events"].items():
        floors["events"][lang] = {name: {"f1": down(scores[name]["f1"])} for name in EVENT_METRICS}
        floors["events"][lang]["over_generation_max"] = max(OVER_GENERATION_CEILING, up(scores["over_generation"]))
        floors["events"][lang]["calibration_error_held_out_max"] = max(CALIBRATION_ERROR_CEILING, up(scores["calibration_error_held_out"]))
    for lang, scores in report["actors"].items():
        floors["actors"][lang] = {k: down(v) for k, v in scores.items() if k != "items"}
    for lang, scores in report["places"].items():
        floors["places"][lang] = {k: down(v) for k, v in scores.items() if k != "items"}
    for lang, scores in report["patterns"].items():
        floors["patterns"][lang] = {"examples_coded": scores["examples_coded"]}
    return floors


def lowered(old: dict, new: dict, path: str = "") -> list[str]:
    found = []
    for key, value in old.items():
        here = f"{path}.{key}" if path else key
        if isinstance(value, dict):
            found += lowered(value, new.get(key, {}), here)
        elif key.endswith("_max") and new.get(key, math.inf) > value:
            found.append(f"{here}: {value} -> {new.get(key)}")
        elif not key.endswith("_max") and new.get(key, -math.inf) < value:
            found.append(f"{here}: {value} -> {new.get(key)}")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "test", "calibration"], default="test")
    parser.add_argument("--update-floors", action="store_true")
    parser.add_argument("--allow-lower", action="store_true")
    args = parser.parse_args()
    report = full_report(Coder(), args.split)
    print(json.dumps(report, indent=2, ensure_ascii=False))
    if args.update_floors:
        new = floors_from(report)
        if FLOORS.exists():
            old = json.loads(FLOORS.read_text("utf-8"))
            down = lowered(old, new)
            if down and not args.allow_lower:
                print("refusing to lower floors:\n  " + "\n  ".join(down), file=sys.stderr)
                return 1
        FLOORS.write_text(json.dumps(new, indent=2) + "\n", "utf-8")
        return 0
    if args.split != "test":
        return 0
    problems = evaluate.below_floors(report, json.loads(FLOORS.read_text("utf-8")))
    if problems:
        print("below the pinned floors:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
