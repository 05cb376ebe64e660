"""Scoring the coder on gold data: events per sentence, actors, places.

Event gold items are sentences in their context (``evaluation/gold/{fr,en}/*.jsonl``,
schema in ``evaluation/gold/README.md``). The context is coded as an article and the
predicted events whose trigger lies in the sentence are compared with the gold
events of that sentence, field by field, as multisets:

    cameo_root   the event's CAMEO root
    cameo_code   its code (a gold root-only code accepts any code under that root)
    plover       its PLOVER type (events without one are left out)
    dyad         (source, target, root), an actor being its country, else its organization
    sector       (actor, sector) for the source and the target
    location     (root, location country), over events whose gold has a location
    date         (root, event date)

Precision is matches over predicted, recall matches over gold. Over-generation is
predicted events per gold event. For the predicted events that match a gold event
(dyad and root), the date and location-country accuracies say whether when and where
are right once the act is found. Calibration buckets the predicted events by
confidence decile and gives, in each, the share that matches a gold dyad; the
calibration error is the events-weighted mean gap between confidence and that share.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import random
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from .errors import InputError
from .ingest import article_from_text
from .knowledge.actors import person_key
from .knowledge.gazetteer import great_circle_km
from .records import Article, CodedArticle, Event, Rejection

FIELDS = ("cameo_root", "cameo_code", "plover", "dyad", "sector", "location", "date")
# The fields the report repeats per provenance kind (written by the project, published text).
KIND_FIELDS = ("cameo_root", "plover", "dyad")
# Bootstrap draws for the interval of an F1 over sentences.
F1_RESAMPLES = 1000
# Great-circle distance within which a place counts as found (100 miles, as geoparsers report).
PLACE_TOLERANCE_KM = 161.0


# Gold ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GoldItem:
    id: str
    lang: str
    date: dt.date | None
    context: str
    sentence: str
    events: tuple[dict[str, Any], ...]
    # Where the text comes from (``provenance.kind``): "written" for the project, "corpus" for
    # published articles, whose sentences are longer and lean more on their context.
    kind: str = "written"


def split_of(item_id: str, seed: str) -> str:
    """The half an id belongs to: a pure function of the seed and the id, so no id ever moves."""
    digest = hashlib.sha256(f"{seed}:{item_id}".encode("utf-8")).digest()
    return "dev" if digest[0] % 2 == 0 else "test"


def load_seed(gold_dir: Path) -> str:
    path = gold_dir / "split.json"
    try:
        return json.loads(path.read_text("utf-8"))["seed"]
    except (OSError, ValueError, KeyError) as exc:
        raise InputError(f"cannot read the split seed {path}: {exc}") from exc


SPLITS = ("dev", "test", "calibration")
# Gold files whose every item is in the dev half: written after the halves were drawn, to give
# the work fresh sentences to learn from without moving the test half the floors are pinned on.
DEV_ONLY_PREFIX = "dev-"


def half_of(path: Path, item_id: str, seed: str) -> str:
    """The half of an item of ``{fr,en}/*.jsonl``: dev for a ``dev-*.jsonl`` file, else by its id."""
    return "dev" if path.name.startswith(DEV_ONLY_PREFIX) else split_of(item_id, seed)


def load_gold(gold_dir: Path, split: str | None = None, langs: Iterable[str] = ("fr", "en")) -> list[GoldItem]:
    """Event gold items of the given languages, in file order.

    ``split``: ``"dev"`` or ``"test"`` (the halves of ``{fr,en}/*.jsonl``; ``half_of``), ``None`` for
    both halves, or ``"calibration"``: the set in ``calibration/{lang}.jsonl`` that
    confidence is fitted on and nothing is tuned on, read only when asked for by name."""
    if split is not None and split not in SPLITS:
        raise InputError(f"unknown gold split {split!r}: one of {', '.join(SPLITS)}")
    seed = load_seed(gold_dir)
    items: list[GoldItem] = []
    seen: set[str] = set()
    for lang in langs:
        if split == "calibration":
            paths = [path for path in [gold_dir / "calibration" / f"{lang}.jsonl"] if path.exists()]
        else:
            paths = sorted((gold_dir / lang).glob("*.jsonl"))
        for path in paths:
            for item in _read_gold_file(path, seen):
                if split in (None, "calibration") or half_of(path, item.id, seed) == split:
                    items.append(item)
    return items


def _read_gold_file(path: Path, seen: set[str]) -> Iterator[GoldItem]:
    for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            item = GoldItem(
                id=record["id"],
                lang=record["lang"],
                date=dt.date.fromisoformat(record["date"]) if record.get("date") else None,
                context=record["context"],
                sentence=record["sentence"],
                events=tuple(record["events"]),
                kind=record.get("provenance", {}).get("kind", "written"),
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{path}:{number}: bad gold item: {exc}") from exc
        if item.id in seen:
            raise InputError(f"{path}:{number}: duplicate gold id {item.id}")
        if item.sentence not in item.context:
            raise InputError(f"{path}:{number}: sentence not in its context")
        seen.add(item.id)
        yield item


def validate_gold(gold_dir: Path, cameo_codes: Iterable[str], plover_types: Iterable[str]) -> list[str]:
    """Every problem of the gold files, as "file:line: what" (empty when the gold is sound)."""
    codes, types = set(cameo_codes), set(plover_types)
    problems: list[str] = []
    seen: set[str] = set()
    for path in sorted(gold_dir.glob("*/*.jsonl")):
        kind = path.parent.name
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{path.relative_to(gold_dir)}:{number}"
            try:
                record = json.loads(line)
            except ValueError as exc:
                problems.append(f"{where}: malformed JSON: {exc}")
                continue
            try:
                if kind in ("fr", "en", "calibration"):
                    if record["id"] in seen:
                        problems.append(f"{where}: duplicate id {record['id']}")
                    seen.add(record["id"])
                    if record["sentence"] not in record["context"]:
                        problems.append(f"{where}: the sentence is not in its context")
                    dt.date.fromisoformat(record["date"])
                    for event in record["events"]:
                        if event["cameo"] not in codes:
                            problems.append(f"{where}: unknown CAMEO code {event['cameo']}")
                        if event.get("plover") is not None and event["plover"] not in types:
                            problems.append(f"{where}: unknown PLOVER type {event['plover']}")
                        location = event.get("location")
                        if location and location["name"] not in record["sentence"]:
                            problems.append(f"{where}: location {location['name']!r} is not in the sentence")
                        if event.get("date"):
                            dt.date.fromisoformat(event["date"])
                elif kind == "places":
                    if record["text"][record["start"] : record["end"]] != record["mention"]:
                        problems.append(f"{where}: the span does not slice back to {record['mention']!r}")
                elif kind == "actors":
                    if not isinstance(record["text"], str) or not set(record["expected"]) <= {"country", "organization", "sector", "entity"}:
                        problems.append(f"{where}: bad actor record")
            except (KeyError, TypeError, ValueError) as exc:
                problems.append(f"{where}: missing or bad field: {exc!r}")
    return problems


# Keys ----------------------------------------------------------------------------------------


def _actor_key(actor: dict[str, Any] | None) -> str | None:
    if not actor:
        return None
    return actor.get("country") or actor.get("organization")


def _gold_keys(event: dict[str, Any]) -> dict[str, list[tuple]]:
    code = event["cameo"]
    root = code[:2]
    source, target = event.get("source"), event.get("target")
    keys: dict[str, list[tuple]] = {
        "cameo_root": [(root,)],
        "cameo_code": [(code,)],
        "plover": [(event["plover"],)] if event.get("plover") else [],
        "dyad": [(_actor_key(source), _actor_key(target), root)],
        "sector": [(_actor_key(a), (a or {}).get("sector")) for a in (source, target) if a],
        "location": [(root, event["location"]["country"])] if event.get("location") else [],
        "date": [(root, event["date"])] if event.get("date") else [],
    }
    return keys


def _event_keys(event: Event, gold_codes: set[str]) -> dict[str, list[tuple]]:
    root = event.cameo.root
    code = event.cameo.code
    # A gold root-level code ("16") accepts any code under it.
    if code not in gold_codes and root in gold_codes:
        code = root
    actors = [event.source] + ([event.target] if event.target else [])
    return {
        "cameo_root": [(root,)],
        "cameo_code": [(code,)],
        "plover": [(event.plover.type,)] if event.plover else [],
        "dyad": [(event.source.actor.key, event.target.actor.key if event.target else None, root)],
        "sector": [(m.actor.key, m.actor.sector) for m in actors],
        "location": [(root, event.location.place.country)] if event.location and event.location.place else [],
        "date": [(root, event.date.date.isoformat())] if event.date.date else [],
    }


# Scores --------------------------------------------------------------------------------------


@dataclass
class Tally:
    matched: int = 0
    predicted: int = 0
    gold: int = 0
    # (matched, predicted, gold) per sentence, for the interval of the F1 over sentences.
    per_item: list[tuple[int, int, int]] = field(default_factory=list)

    def add(self, predicted: Counter, gold: Counter) -> None:
        counts = (sum((predicted & gold).values()), sum(predicted.values()), sum(gold.values()))
        self.matched += counts[0]
        self.predicted += counts[1]
        self.gold += counts[2]
        self.per_item.append(counts)

    def scores(self) -> dict[str, float]:
        precision = self.matched / self.predicted if self.predicted else 0.0
        recall = self.matched / self.gold if self.gold else 0.0
        return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(_f1(self.matched, self.predicted, self.gold), 4)}

    def f1_interval(self, resamples: int = F1_RESAMPLES) -> list[float]:
        """Where the F1 of another set of sentences like these could lie (95%, bootstrap over
        sentences, fixed seed): on ~150 sentences it is about ±0.05 wide, so a change of 0.01
        between two sets is no evidence either way."""
        if not self.per_item:
            return [0.0, 0.0]
        draw = random.Random(0).choices
        values = []
        for _ in range(resamples):
            sample = draw(self.per_item, k=len(self.per_item))
            values.append(_f1(sum(s[0] for s in sample), sum(s[1] for s in sample), sum(s[2] for s in sample)))
        values.sort()
        return [round(values[int(0.025 * resamples)], 4), round(values[int(0.975 * resamples) - 1], 4)]


def _f1(matched: int, predicted: int, gold: int) -> float:
    return 2 * matched / (predicted + gold) if predicted + gold else 0.0


@dataclass
class SentenceResult:
    item: GoldItem
    predicted: tuple[Event, ...]
    rejected: str | None = None


CALIBRATION_TOLERANCE = 0.1
# The fields whose F1 the issue sets a target for: reported with their interval over sentences.
INTERVAL_FIELDS = ("cameo_root", "plover", "dyad")


def wilson_interval(successes: int, trials: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval of a proportion (95% by default): sound for small counts and 0 or 1."""
    if trials == 0:
        return 0.0, 1.0
    share = successes / trials
    denominator = 1 + z * z / trials
    centre = (share + z * z / (2 * trials)) / denominator
    half = z * math.sqrt(share * (1 - share) / trials + z * z / (4 * trials * trials)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


def calibration_error(points: list[tuple[float, bool]]) -> float | None:
    """Expected calibration error of (confidence, right) points: per decile of confidence,
    |right - sum of confidences|, summed and divided by the number of points."""
    deciles: dict[int, list[tuple[float, bool]]] = defaultdict(list)
    for value, correct in points:
        deciles[min(9, int(value * 10))].append((value, correct))
    total = sum(abs(sum(c for _, c in d) - sum(v for v, _ in d)) for d in deciles.values())
    return round(total / len(points), 4) if points else None


def confidence_outcomes(results: Iterable[SentenceResult]) -> dict[str, list[tuple[float, bool]]]:
    """Per language, each predicted event's confidence and whether it matches a gold dyad and root
    (each gold event matched once), as ``score`` counts them for calibration."""
    outcomes: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    for result in results:
        gold = Counter(k for e in result.item.events for k in _gold_keys(e)["dyad"])
        codes = {e["cameo"] for e in result.item.events}
        for event in result.predicted:
            key = _event_keys(event, codes)["dyad"][0]
            correct = gold[key] > 0
            if correct:
                gold[key] -= 1
            outcomes[result.item.lang].append((event.confidence, correct))
    return dict(outcomes)


def binomial_spread(trials: int, share: float) -> tuple[float, float]:
    """For ``trials`` events each right with probability ``share``: the expected |right - expected
    right|, and the chance that the share right lands within the tolerance of ``share``."""
    expected_gap = within = 0.0
    for right in range(trials + 1):
        probability = math.comb(trials, right) * share**right * (1 - share) ** (trials - right)
        expected_gap += probability * abs(right - trials * share)
        within += probability * (abs(right / trials - share) <= CALIBRATION_TOLERANCE + 1e-9)
    return expected_gap, within


@dataclass
class LanguageReport:
    items: int = 0
    gold_events: int = 0
    predicted_events: int = 0
    tallies: dict[str, Tally] = field(default_factory=lambda: {name: Tally() for name in FIELDS})
    calibration: dict[int, list[tuple[float, bool]]] = field(default_factory=lambda: defaultdict(list))
    # Why events did not match, by kind (``error_kind``): gold events missed, predicted events extra.
    missed: Counter = field(default_factory=Counter)
    extra: Counter = field(default_factory=Counter)
    matched: int = 0  # predicted events that match a gold event's dyad and root
    date_right: int = 0  # … with the gold event's date
    located: int = 0  # … whose gold event has a location
    location_right: int = 0  # … with the gold location's country
    # The headline fields again per provenance kind: a mean over written and published text
    # hides how differently the coder reads them.
    by_kind: dict[str, dict[str, Tally]] = field(
        default_factory=lambda: defaultdict(lambda: {name: Tally() for name in KIND_FIELDS})
    )
    items_by_kind: Counter = field(default_factory=Counter)

    def as_dict(self) -> dict[str, Any]:
        deciles = {}
        miscalibration = 0.0  # events times |accuracy - mean confidence|, summed over deciles
        within = plausible = 0
        # What a perfectly calibrated coder would score with the same deciles (each event right with
        # probability its decile's mean confidence): the noise floor of both tests at this size.
        noise_gap, chance_all_within = 0.0, 1.0
        for decile, outcomes in sorted(self.calibration.items()):
            confidences = [c for c, _ in outcomes]
            correct = [ok for _, ok in outcomes]
            mean, accuracy = sum(confidences) / len(confidences), sum(correct) / len(correct)
            low, high = wilson_interval(sum(correct), len(correct))
            deciles[f"{decile / 10:.1f}-{(decile + 1) / 10:.1f}"] = {
                "events": len(outcomes),
                "mean_confidence": round(mean, 3),
                "accuracy": round(accuracy, 3),
                # The test: accuracy within 0.1 of the mean confidence.
                "within_0.1": abs(accuracy - mean) <= CALIBRATION_TOLERANCE,
                # Where the accuracy of a decile this small could lie (95%): with a dozen events
                # the interval is ±0.25 wide, so one event more or less right decides "within_0.1".
                "accuracy_interval": [round(low, 3), round(high, 3)],
            }
            within += abs(accuracy - mean) <= CALIBRATION_TOLERANCE
            # The interval reaches the band [mean - 0.1, mean + 0.1]: not shown to be outside it.
            plausible += low <= mean + CALIBRATION_TOLERANCE and high >= mean - CALIBRATION_TOLERANCE
            miscalibration += abs(sum(correct) - sum(confidences))
            gap, chance = binomial_spread(len(outcomes), mean)
            noise_gap += gap
            chance_all_within *= chance
        return {
            "items": self.items,
            "gold_events": self.gold_events,
            "predicted_events": self.predicted_events,
            "over_generation": round(self.predicted_events / self.gold_events, 3) if self.gold_events else None,
            "matched_events": self.matched,
            "date_accuracy_matched": round(self.date_right / self.matched, 4) if self.matched else None,
            "location_accuracy_matched": round(self.location_right / self.located, 4) if self.located else None,
            **{name: tally.scores() for name, tally in self.tallies.items()},
            "f1_interval_95": {name: self.tallies[name].f1_interval() for name in INTERVAL_FIELDS},
            "calibration": deciles,
            "deciles_within_0.1": f"{within} of {len(deciles)}",
            "deciles_not_shown_outside_0.1": f"{plausible} of {len(deciles)}",
            "errors": {"missed": dict(self.missed.most_common()), "extra": dict(self.extra.most_common())},
            "by_provenance": {
                kind: {"items": self.items_by_kind[kind], **{name: tally.scores() for name, tally in tallies.items()}}
                for kind, tallies in sorted(self.by_kind.items())
            },
            # Expected calibration error: the events-weighted mean gap between confidence and accuracy.
            "calibration_error": round(miscalibration / self.predicted_events, 4) if self.predicted_events else None,
            "calibration_error_if_calibrated": round(noise_gap / self.predicted_events, 4) if self.predicted_events else None,
            "chance_all_deciles_within_0.1_if_calibrated": round(chance_all_within, 4),
        }


def _sentence_events(result: CodedArticle, item: GoldItem) -> tuple[Event, ...]:
    start = item.context.find(item.sentence)
    end = start + len(item.sentence)
    return tuple(e for e in result.events if start <= e.trigger.start < end)


def code_gold(coder: Any, items: list[GoldItem]) -> Iterator[SentenceResult]:
    """Code every item's context and keep the events of its sentence."""
    articles: list[Article] = []
    for item in items:
        article = article_from_text(item.context, item.id, lang=item.lang, published=item.date, published_basis="input")
        articles.append(article)
    for item, result in zip(items, coder.code_many(articles)):
        if isinstance(result, Rejection):
            yield SentenceResult(item, (), result.reason)
        else:
            yield SentenceResult(item, _sentence_events(result, item))


def score(results: Iterable[SentenceResult]) -> dict[str, Any]:
    """Per-language reports over coded gold items."""
    reports: dict[str, LanguageReport] = defaultdict(LanguageReport)
    for result in results:
        report = reports[result.item.lang]
        report.items += 1
        report.gold_events += len(result.item.events)
        report.predicted_events += len(result.predicted)
        gold_codes = {e["cameo"] for e in result.item.events}
        gold_keys = [_gold_keys(e) for e in result.item.events]
        predicted_keys = [_event_keys(e, gold_codes) for e in result.predicted]
        report.items_by_kind[result.item.kind] += 1
        for name in FIELDS:
            predicted_counts = Counter(k for keys in predicted_keys for k in keys[name])
            gold_counts = Counter(k for keys in gold_keys for k in keys[name])
            report.tallies[name].add(predicted_counts, gold_counts)
            if name in KIND_FIELDS:
                report.by_kind[result.item.kind][name].add(predicted_counts, gold_counts)
        gold_dyads = Counter(k for keys in gold_keys for k in keys["dyad"])
        unmatched = list(result.item.events)
        for event, keys in zip(result.predicted, predicted_keys):
            dyad = keys["dyad"][0]
            correct = gold_dyads[dyad] > 0
            if correct:
                gold_dyads[dyad] -= 1
                # The gold event it matches: the date and place of the same act.
                match = next(g for g in unmatched if _gold_keys(g)["dyad"][0] == dyad)
                unmatched.remove(match)
                report.matched += 1
                report.date_right += bool(match.get("date")) and event.date.date is not None and event.date.date.isoformat() == match["date"]
                if match.get("location"):
                    report.located += 1
                    report.location_right += bool(event.location and event.location.place and event.location.place.country == match["location"]["country"])
            report.calibration[min(9, int(event.confidence * 10))].append((event.confidence, correct))
        gold_left = Counter(k for keys in gold_keys for k in keys["dyad"])
        predicted_left = Counter(k for keys in predicted_keys for k in keys["dyad"])
        gold_left, predicted_left = gold_left - predicted_left, predicted_left - gold_left
        for key in gold_left.elements():
            report.missed[error_kind(key, list(predicted_left), True, bool(result.predicted))] += 1
        for key in predicted_left.elements():
            report.extra[error_kind(key, list(gold_left), False, bool(result.item.events))] += 1
    return {lang: report.as_dict() for lang, report in sorted(reports.items())}


def error_kind(key: tuple, others: list[tuple], key_is_gold: bool, sentence_has_any: bool) -> str:
    """Why a dyad key (source, target, root) found no equal on the other side, judged against the
    other side's unmatched keys in the same sentence, and told from the coded event's side.
    Counts of kinds say where recall and precision go without showing a gold sentence, so
    they may be read on the test half."""
    source, _, root = key
    if not sentence_has_any:
        return "nothing coded in the sentence" if key_is_gold else "no gold event in the sentence"
    same_root = [other for other in others if other[2] == root]
    for other in same_root:
        if other[0] == source:
            coded, gold = (other, key) if key_is_gold else (key, other)
            if coded[1] is None:
                return "coded without the gold's target"
            if gold[1] is None:
                return "coded with a target the gold has not"
            return "coded with another target"
    if same_root:
        return "coded with another source"
    if any(other[0] == source and other[1] == key[1] for other in others):
        return "coded with another root"
    return "nothing like it coded" if key_is_gold else "nothing like it in the gold"


def error_listing(results: Iterable[SentenceResult]) -> Iterator[str]:
    """Readable lines for every sentence whose events differ from the gold in dyad or root."""
    for result in results:
        gold = sorted((k for e in result.item.events for k in _gold_keys(e)["dyad"]), key=str)
        codes = {e["cameo"] for e in result.item.events}
        predicted = sorted((k for e in result.predicted for k in _event_keys(e, codes)["dyad"]), key=str)
        if gold == predicted and result.rejected is None:
            continue
        yield f"[{result.item.id}] {result.item.sentence}"
        if result.rejected:
            yield f"    rejected: {result.rejected}"
        yield f"    gold:      {', '.join(_show(k) for k in gold) or '—'}"
        yield f"    predicted: {', '.join(_show(k) for k in predicted) or '—'}"
        for event in result.predicted:
            yield f"      {event.trigger.text!r} {event.cameo.code} via {'; '.join(event.evidence)} conf {event.confidence}"


def _show(key: tuple) -> str:
    source, target, root = key
    return f"{source}→{target or '∅'} [{root}]"


# Components -------------------------------------------------------------------------------------


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def score_actors(coder: Any, gold_dir: Path) -> dict[str, Any]:
    """Field accuracy of ``diurna actors`` on ``actors/*.jsonl``, per language."""
    totals: dict[str, Counter] = defaultdict(Counter)
    for path in sorted((gold_dir / "actors").glob("*.jsonl")):
        for record in _read_jsonl(path):
            date = dt.date.fromisoformat(record["date"]) if record.get("date") else None
            got = coder.resolve_actor(record["text"], lang=record["lang"], date=date)
            expected = record["expected"]
            tally = totals[record["lang"]]
            tally["items"] += 1
            exact = True
            for name in ("country", "organization", "sector", "entity"):
                wanted, found = expected.get(name), got.get(name)
                same = (person_key(wanted) == person_key(found)) if (name == "entity" and wanted and found) else wanted == found
                tally[name] += same
                exact &= same
            tally["exact"] += exact
    return {
        lang: {name: round(tally[name] / tally["items"], 4) for name in ("country", "organization", "sector", "entity", "exact")}
        | {"items": tally["items"]}
        for lang, tally in sorted(totals.items())
    }


def score_places(coder: Any, gold_dir: Path) -> dict[str, Any]:
    """Accuracy within 161 km and country accuracy of ``diurna places`` on ``places/*.jsonl``."""
    totals: dict[str, Counter] = defaultdict(Counter)
    records = [r for path in sorted((gold_dir / "places").glob("*.jsonl")) for r in _read_jsonl(path)]
    articles = [article_from_text(r["text"], r["id"], lang=r["lang"]) for r in records]
    for record, result in zip(records, coder.code_many(articles)):
        tally = totals[record["lang"]]
        tally["items"] += 1
        if isinstance(result, Rejection):
            continue
        found = next(
            (p for p in result.places if p.span.start < record["end"] and record["start"] < p.span.end and p.place),
            None,
        )
        if found is None:
            continue
        expected = record["expected"]
        tally["country"] += found.place.country == expected["country"]
        tally["within_161km"] += great_circle_km(found.place.lat, found.place.lon, expected["lat"], expected["lon"]) <= PLACE_TOLERANCE_KM
    return {
        lang: {name: round(tally[name] / tally["items"], 4) for name in ("within_161km", "country")} | {"items": tally["items"]}
        for lang, tally in sorted(totals.items())
    }


def _stands_for(mention: Any, wanted: str, organizations: dict[str, Any]) -> bool:
    """Whether an actor is the one an example names: its country, its organisation or that
    organisation's parent (the European Commission stands for the EU)."""
    if mention is None:
        return not wanted
    actor = mention.actor
    if wanted in (actor.country, actor.organization):
        return True
    org = organizations.get(actor.organization) if actor.organization else None
    return bool(org and org.parent == wanted)


def example_checks(coder: Any, lang: str) -> list[Any]:
    """The pattern entries whose examples are checked: one per distinct example and expectation.

    A family's entries (a verb class × a word class) share one example, which exercises one of
    them: counted once, it says what it tests, and a family cannot inflate the count."""
    checks = {(p.example, p.code, p.example_code, p.example_source, p.example_target): p
              for p in coder.patterns[lang].patterns if p.example}
    return list(checks.values())


def score_pattern_examples(coder: Any, lang: str) -> tuple[float, list[str]]:
    """The share of checked pattern entries (``example_checks``) whose example sentence is coded to
    the entry's code with the example's source and target, and the entries that fail."""
    patterns = example_checks(coder, lang)
    articles = [
        article_from_text(p.example, f"{lang}-pattern-{n}", lang=lang, published=dt.date(2023, 6, 15), published_basis="input")
        for n, p in enumerate(patterns)
    ]
    organizations = coder.knowledge.organizations
    failures = []
    for pattern, result in zip(patterns, coder.code_many(articles)):
        events = () if isinstance(result, Rejection) else result.events
        if not any(
            # An example told in the future codes the intent to do it ("will visit" → 036).
            (e.cameo.code == (pattern.example_code or pattern.code)
             or (e.modality in ("future", "intended") and e.cameo.code == coder.ontology.intent_code(pattern.code)))
            and _stands_for(e.source, pattern.example_source, organizations)
            and _stands_for(e.target, pattern.example_target, organizations)
            for e in events
        ):
            found = ", ".join(f"{e.source.actor.key}-{e.cameo.code}->{e.target.actor.key if e.target else '∅'}" for e in events)
            failures.append(f"{pattern.kind} {pattern.name!r} {pattern.code}: {pattern.example} [{found or 'no event'}]")
    return (1 - len(failures) / len(patterns)) if patterns else 0.0, failures


# The gate ---------------------------------------------------------------------------------------


def below_floors(report: dict[str, Any], floors: dict[str, Any]) -> list[str]:
    """Every pinned floor the report falls under ("fr.dyad.f1: 0.41 < 0.45"), and every ceiling
    (a key ending in ``_max``) it goes over."""
    problems = []

    def walk(floor: Any, value: Any, path: str) -> None:
        if isinstance(floor, dict):
            for key, sub in floor.items():
                # "over_generation_max": a ceiling on "over_generation".
                name = key[: -len("_max")] if key.endswith("_max") else key
                here = value.get(name) if isinstance(value, dict) else None
                walk(sub, here, f"{path}.{key}" if path else key)
        elif path.endswith("_max"):
            if value is None or value > floor:
                problems.append(f"{path}: {value} > {floor}")
        elif value is None or value < floor:
            problems.append(f"{path}: {value} < {floor}")

    walk(floors, report, "")
    return problems
