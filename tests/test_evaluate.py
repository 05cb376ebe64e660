"""The scorer on a tiny gold set made here: its numbers are checked by hand."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from pathlib import Path

import pytest

from diurna import evaluate
from diurna.errors import InputError


def write_gold(folder, items):
    (folder / "fr").mkdir(parents=True)
    (folder / "split.json").write_text(json.dumps({"seed": "test-seed"}), "utf-8")
    (folder / "fr" / "a.jsonl").write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in items), "utf-8")


def event(source, target, cameo, plover, location=None, date="2022-03-24"):
    actor = lambda key: None if key is None else ({"country": key, "organization": None, "sector": None, "entity": None} if len(key) == 3 and key.isupper() and key not in ("UN",) else {"country": None, "organization": key, "sector": "IGO", "entity": None})  # noqa: E731
    return {"source": actor(source), "target": actor(target), "cameo": cameo, "plover": plover, "location": location, "date": date, "negated": False}


ITEMS = [
    {
        "id": "t-1", "lang": "fr", "date": "2022-03-24",
        "context": "Contexte. La France a condamné la Russie. Fin.",
        "sentence": "La France a condamné la Russie.",
        "events": [event("FRA", "RUS", "111", "ACCUSE")],
    },
    {
        "id": "t-2", "lang": "fr", "date": "2022-03-24",
        "context": "Le temps était doux à Lyon ce jour-là.",
        "sentence": "Le temps était doux à Lyon ce jour-là.",
        "events": [],
    },
    {
        "id": "t-3", "lang": "fr", "date": "2022-03-24",
        "context": "La Russie a envahi l'Ukraine.",
        "sentence": "La Russie a envahi l'Ukraine.",
        "events": [event("RUS", "UKR", "19", "ASSAULT"), event("UKR", "RUS", "19", "ASSAULT")],
    },
]


@pytest.fixture(scope="module")
def results(coder, tmp_path_factory):
    folder = tmp_path_factory.mktemp("gold")
    write_gold(folder, ITEMS)
    items = evaluate.load_gold(folder, langs=["fr"])
    return list(evaluate.code_gold(coder, items))


def test_scores_by_hand(results):
    report = evaluate.score(results)["fr"]
    predicted = report["predicted_events"]
    assert report["items"] == 3 and report["gold_events"] == 3
    # The condemnation and the invasion are coded; the reversed invasion in the gold is
    # not, so recall on dyads is 2/3; every predicted dyad present in the gold is a match.
    assert report["dyad"]["recall"] == round(2 / 3, 4)
    assert report["dyad"]["precision"] == round(2 / predicted, 4)
    # A gold root-only code ("19") accepts the coder's three-digit code under it.
    assert report["cameo_code"]["recall"] == round(2 / 3, 4)
    assert report["over_generation"] == round(predicted / 3, 3)
    assert sum(d["events"] for d in report["calibration"].values()) == predicted


def test_calibration_error_is_the_events_weighted_gap():
    report = evaluate.LanguageReport(predicted_events=4)
    report.calibration[9] = [(0.9, True), (0.9, False)]  # accuracy 0.5 at 0.9: gap 0.4
    report.calibration[2] = [(0.2, False), (0.2, False)]  # accuracy 0.0 at 0.2: gap 0.2
    assert report.as_dict()["calibration_error"] == round((2 * 0.4 + 2 * 0.2) / 4, 4)


def test_each_decile_says_whether_it_is_within_the_tolerance():
    report = evaluate.LanguageReport(predicted_events=24)
    report.calibration[7] = [(0.75, n < 7) for n in range(10)]  # 0.7 right at 0.75: within 0.1
    report.calibration[9] = [(0.9, n < 8) for n in range(14)]  # 0.571 right at 0.9: outside
    deciles = report.as_dict()["calibration"]
    assert deciles["0.7-0.8"]["within_0.1"] is True
    assert deciles["0.9-1.0"]["within_0.1"] is False
    assert report.as_dict()["deciles_within_0.1"] == "1 of 2"


def test_the_wilson_interval_is_wide_for_a_dozen_events_and_narrow_for_many():
    low, high = evaluate.wilson_interval(6, 12)
    assert low < 0.26 and high > 0.74  # a decile of a dozen events says little: ±0.25
    low, high = evaluate.wilson_interval(600, 1200)
    assert 0.47 < low < 0.5 < high < 0.53
    assert evaluate.wilson_interval(0, 10)[0] == 0.0 and evaluate.wilson_interval(10, 10)[1] == 1.0
    assert evaluate.wilson_interval(0, 0) == (0.0, 1.0)


def _tally_of(sentences: list[tuple[int, int, int]]) -> evaluate.Tally:
    """A tally from (matched, predicted, gold) per sentence, one kind of key."""
    tally = evaluate.Tally()
    for matched, predicted, gold in sentences:
        assert predicted >= matched <= gold
        tally.add(Counter({"k": predicted}), Counter({"k": matched, "other": gold - matched}))
    return tally


def test_the_f1_interval_holds_the_f1_and_narrows_with_more_sentences():
    mixed = [(1, 1, 1), (0, 1, 1), (1, 2, 1), (0, 0, 1), (1, 1, 2)]
    small, large = _tally_of(mixed * 6), _tally_of(mixed * 60)
    f1 = small.scores()["f1"]
    assert f1 == large.scores()["f1"] == round(2 * 3 / (5 + 6), 4)
    low, high = small.f1_interval()
    assert low < f1 < high and high - low > 0.1  # 30 sentences: a wide interval
    low_large, high_large = large.f1_interval()
    assert low < low_large < f1 < high_large < high and high_large - low_large < 0.1
    assert small.f1_interval() == [low, high]  # a fixed seed: the same figures each run
    perfect = _tally_of([(1, 1, 1)] * 20)
    assert perfect.f1_interval() == [1.0, 1.0] and evaluate.Tally().f1_interval() == [0.0, 0.0]


def test_reports_carry_the_interval_of_the_targets(results):
    report = evaluate.score(results)["fr"]
    for name in ("cameo_root", "plover", "dyad"):
        low, high = report["f1_interval_95"][name]
        assert low <= report[name]["f1"] <= high


def test_a_decile_far_off_with_many_events_is_shown_outside_the_tolerance():
    report = evaluate.LanguageReport(predicted_events=300)
    report.calibration[9] = [(0.9, n < 150) for n in range(300)]  # 0.5 right at 0.9, on 300 events
    report.calibration[5] = [(0.55, n < 1) for n in range(3)]  # 0.33 right at 0.55 on 3: may be chance
    result = report.as_dict()
    assert result["deciles_within_0.1"] == "0 of 2"
    assert result["deciles_not_shown_outside_0.1"] == "1 of 2"


def test_the_noise_floor_is_what_a_calibrated_coder_would_score():
    gap, within = evaluate.binomial_spread(1, 0.5)
    assert gap == 0.5 and within == 0.0  # one event at 0.5: right or wrong, 0.5 off either way
    gap, within = evaluate.binomial_spread(400, 0.5)
    assert gap < 0.05 * 400 and within > 0.99
    report = evaluate.LanguageReport(predicted_events=12)
    report.calibration[5] = [(0.5, n < 6) for n in range(12)]
    result = report.as_dict()
    assert 0.0 < result["calibration_error_if_calibrated"] < 0.2
    assert 0.0 < result["chance_all_deciles_within_0.1_if_calibrated"] < 1.0


def test_error_listing_names_the_missed_event(results):
    lines = list(evaluate.error_listing(results))
    assert any("[t-3]" in line for line in lines)
    assert any("UKR→RUS [19]" in line for line in lines)
    assert not any("[t-1]" in line for line in lines)


def test_error_kinds_are_counted_per_side(results):
    errors = evaluate.score(results)["fr"]["errors"]
    # The reversed invasion: another event of the sentence was coded, nothing like this one.
    assert errors["missed"].get("nothing like it coded") == 1
    assert sum(errors["missed"].values()) == 1


@pytest.mark.parametrize("key, others, key_is_gold, kind", [
    (("FRA", "RUS", "11"), [("FRA", None, "11")], True, "coded without the gold's target"),
    (("FRA", "RUS", "11"), [("FRA", None, "11")], False, "coded with a target the gold has not"),
    (("FRA", "RUS", "11"), [("FRA", "DEU", "11")], True, "coded with another target"),
    (("FRA", "RUS", "11"), [("DEU", "RUS", "11")], True, "coded with another source"),
    (("FRA", "RUS", "11"), [("FRA", "RUS", "04")], False, "coded with another root"),
    (("FRA", "RUS", "11"), [("DEU", "CHN", "04")], False, "nothing like it in the gold"),
])
def test_error_kind_names_the_nearest_difference(key, others, key_is_gold, kind):
    assert evaluate.error_kind(key, others, key_is_gold, sentence_has_any=True) == kind


def test_error_kind_of_a_sentence_without_events():
    assert evaluate.error_kind(("FRA", "RUS", "11"), [], True, sentence_has_any=False) == "nothing coded in the sentence"
    assert evaluate.error_kind(("FRA", "RUS", "11"), [], False, sentence_has_any=False) == "no gold event in the sentence"


def test_split_is_a_pure_function_of_seed_and_id():
    halves = {evaluate.split_of(f"x-{n}", "seed") for n in range(50)}
    assert halves == {"dev", "test"}
    assert evaluate.split_of("x-1", "seed") == evaluate.split_of("x-1", "seed")


def test_a_dev_only_file_is_all_in_the_dev_half(tmp_path):
    write_gold(tmp_path, ITEMS)
    test_ids = {item.id for item in evaluate.load_gold(tmp_path, "test", langs=["fr"])}
    later = [dict(ITEMS[0], id=f"t-later-{n}") for n in range(20)]
    (tmp_path / "fr" / "dev-later.jsonl").write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in later), "utf-8")
    # By their ids, about half of these would fall in the test half; the file keeps them all in dev.
    assert {evaluate.split_of(item["id"], "test-seed") for item in later} == {"dev", "test"}
    assert {item.id for item in evaluate.load_gold(tmp_path, "test", langs=["fr"])} == test_ids
    dev = {item.id for item in evaluate.load_gold(tmp_path, "dev", langs=["fr"])}
    assert {item["id"] for item in later} <= dev


def test_the_calibration_set_is_read_only_when_named(tmp_path):
    write_gold(tmp_path, ITEMS)
    (tmp_path / "calibration").mkdir()
    held_out = dict(ITEMS[0], id="t-c1")
    (tmp_path / "calibration" / "fr.jsonl").write_text(json.dumps(held_out, ensure_ascii=False), "utf-8")
    halves = evaluate.load_gold(tmp_path, langs=["fr"])
    assert [item.id for item in halves] == ["t-1", "t-2", "t-3"]
    assert {item.id for item in evaluate.load_gold(tmp_path, "dev", langs=["fr"])} | {
        item.id for item in evaluate.load_gold(tmp_path, "test", langs=["fr"])} == {"t-1", "t-2", "t-3"}
    assert [item.id for item in evaluate.load_gold(tmp_path, "calibration", langs=["fr"])] == ["t-c1"]
    assert evaluate.load_gold(tmp_path, "calibration", langs=["en"]) == []
    with pytest.raises(InputError, match="unknown gold split"):
        evaluate.load_gold(tmp_path, "train")


def test_the_shipped_calibration_set_is_apart_from_the_halves():
    gold = Path(__file__).resolve().parents[1] / "evaluation" / "gold"
    calibration = evaluate.load_gold(gold, "calibration")
    halves = evaluate.load_gold(gold)
    assert {item.lang for item in calibration} == {"fr", "en"} and len(calibration) >= 200
    assert not {item.id for item in calibration} & {item.id for item in halves}
    assert not {item.sentence for item in calibration} & {item.sentence for item in halves}


def test_gold_with_a_sentence_outside_its_context_is_refused(tmp_path):
    write_gold(tmp_path, [{**ITEMS[0], "sentence": "Absent."}])
    with pytest.raises(InputError):
        evaluate.load_gold(tmp_path)


def test_floors_and_ceilings():
    report = {"events": {"fr": {"dyad": {"f1": 0.5}, "over_generation": 1.4}}}
    assert evaluate.below_floors(report, {"events": {"fr": {"dyad": {"f1": 0.5}, "over_generation_max": 1.5}}}) == []
    problems = evaluate.below_floors(report, {"events": {"fr": {"dyad": {"f1": 0.6}, "over_generation_max": 1.3}}})
    assert len(problems) == 2


def test_calibration_error_of_points_matches_the_reports():
    points = [(0.9, True), (0.9, False), (0.2, False), (0.2, False)]
    report = evaluate.LanguageReport(predicted_events=4)
    for value, correct in points:
        report.calibration[min(9, int(value * 10))].append((value, correct))
    assert evaluate.calibration_error(points) == report.as_dict()["calibration_error"]
    assert evaluate.calibration_error([]) is None



@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_family_example_is_checked_once(coder, lang):
    # A [[family]] entry expands to one pattern per (verb, word) pair, all with its one example:
    # the count of examples checked must not grow with the pairs.
    with_example = [p for p in coder.patterns[lang].patterns if p.example]
    expectations = Counter((p.example, p.code, p.example_code, p.example_source, p.example_target) for p in with_example)
    checks = evaluate.example_checks(coder, lang)
    assert any(count > 1 for count in expectations.values())  # the pattern files have families
    assert len(checks) == len(expectations) < len(with_example)


def test_the_provenance_kind_is_read_from_the_gold(tmp_path):
    published = dict(ITEMS[0], id="t-9", provenance={"kind": "corpus", "source": "a wire"})
    write_gold(tmp_path, [ITEMS[1], published])
    kinds = {item.id: item.kind for item in evaluate.load_gold(tmp_path, langs=["fr"])}
    assert kinds == {"t-2": "written", "t-9": "corpus"}


def test_reports_split_the_headline_fields_by_provenance(results):
    # The invasion item as published text: its reversed invasion is the one miss, so the
    # written items score perfectly and the published one finds half its gold.
    relabelled = [dataclasses.replace(r, item=dataclasses.replace(r.item, kind="corpus")) if r.item.id == "t-3" else r for r in results]
    split = evaluate.score(relabelled)["fr"]["by_provenance"]
    assert split["written"]["items"] == 2 and split["corpus"]["items"] == 1
    assert split["written"]["cameo_root"]["recall"] == 1.0
    assert split["corpus"]["cameo_root"]["recall"] == 0.5 and split["corpus"]["dyad"]["recall"] == 0.5
