"""Hostile files through the real commands (issue 10): `code`, `places` and `actors` as processes.

One folder holds a good article next to every kind of bad input; each bad one
is reported on standard error with a reason, the good one is coded as the
library codes it alone, and no command ends in a traceback.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from diurna.export import event_record
from diurna.ingest import read_inputs

from .hostile import FRENCH

DIURNA = [sys.executable, "-m", "diurna.cli"]
GOOD = "BRUXELLES, 24 mars 2022 (AFP) - " + FRENCH + " Les dirigeants se sont réunis à Bruxelles."
DEPTH = 10_000
# file name → the reason (its start) it is rejected with; None: coded or rejected, but never lost.
HOSTILE = {
    "huge-line.txt": "too large: 10000000 bytes",
    "truncated.txt": "binary content",
    "truncated.html": "binary content",
    "deep.html": None,
    "controls.txt": None,
    "long-paragraph.txt": "too large: a paragraph of",
    "random.txt": None,
    "empty.txt": "empty",
}


ACTOR_BATCH = "\n".join([
    json.dumps({"text": "\x00\u202e\U0001f600", "date": "2022-03-24"}),
    json.dumps({"text": "le président russe", "lang": "fr"}),
    '{"text": "la Russie \\udc80"}',
])


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    (root / "huge-line.txt").write_bytes(b"x" * 10_000_000)
    archive = gzip.compress(GOOD.encode() * 20, mtime=0)
    (root / "truncated.txt").write_bytes(archive[: len(archive) // 2])
    (root / "truncated.html").write_bytes(archive[:40])
    (root / "deep.html").write_text("<html><body>" + "<div>" * DEPTH + f"<p>{GOOD}</p>" + "</div>" * DEPTH + "</body></html>", encoding="utf-8")
    (root / "controls.txt").write_text(GOOD.replace(" ", " \u200b\u202e", 3) + "\x0b\x0c", encoding="utf-8")
    (root / "long-paragraph.txt").write_text("La France a condamné la Russie " * 5000, encoding="utf-8")
    (root / "random.txt").write_text("".join(chr(c) for c in range(0x20, 0x3000, 7)), encoding="utf-8")
    (root / "empty.txt").write_bytes(b" \n\t\n")
    lines = [
        json.dumps({"id": "row-good", "text": GOOD, "date": "2022-03-24"}),
        '{"id": "row-broken", "text": "La Fra',
        json.dumps({"id": "row-date", "text": GOOD, "date": "2022-02-30"}),
        '{"id": "row-surrogate", "text": "La France \\ud800 a condamn\\u00e9 la Russie."}',
        "\x00\x01\x02 binary line",
        json.dumps({"id": "row-last", "text": GOOD}),
    ]
    (root / "rows.jsonl").write_text("\n".join(lines), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def runs(folder) -> dict[str, subprocess.CompletedProcess]:
    """The four commands, run at once (each loads the models: side by side they take the time of one or two)."""
    commands = {
        "code": (["code", str(folder), "--format", "jsonl"], None),
        "places": (["places", str(folder)], None),
        "actors-argument": (["actors", b"la Russie \xff\xfe"], None),  # not UTF-8: a surrogate in sys.argv
        "actors-batch": (["actors", "--batch", "-"], ACTOR_BATCH.encode()),
    }
    started = {
        name: (subprocess.Popen([*DIURNA, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE), stdin)
        for name, (args, stdin) in commands.items()
    }
    done = {}
    for name, (process, stdin) in started.items():
        out, err = process.communicate(stdin, timeout=600)
        done[name] = subprocess.CompletedProcess(process.args, process.returncode, out, err)
    return done


@pytest.fixture(scope="module")
def coded(runs) -> subprocess.CompletedProcess:
    return runs["code"]


def rejections(result: subprocess.CompletedProcess) -> dict[str, str]:
    lines = result.stderr.decode().splitlines()
    return {json.loads(line)["article_id"]: json.loads(line)["rejected"] for line in lines}


def test_code_reports_every_hostile_file_and_codes_the_good_ones(coded, folder, coder):
    assert coded.returncode == 0 and b"Traceback" not in coded.stderr, coded.stderr.decode()[-2000:]
    refused = rejections(coded)
    for name, reason in HOSTILE.items():
        if reason is not None:
            assert refused[str(folder / name)].startswith(reason), (name, refused.get(str(folder / name)))
    rows = str(folder / "rows.jsonl")
    assert refused[f"{rows}:2"].startswith("malformed JSON")
    assert refused["row-date"].startswith("invalid date")
    assert refused[f"{rows}:4"].startswith("malformed record: 'text' holds a lone surrogate")
    assert refused[f"{rows}:5"] == "binary content"
    events = [json.loads(line) for line in coded.stdout.decode().splitlines()]
    by_article = {}
    for event in events:
        by_article.setdefault(event["article_id"], []).append(event)
    # The good articles give, in the middle of all this, the events the library gives them alone.
    good = [str(folder / "good.txt"), "row-good", "row-last"]
    alone = {a.id: a for a in read_inputs([str(folder / "good.txt"), rows], max_bytes=coder.config.max_article_bytes) if hasattr(a, "text")}
    for article_id in good:
        expected = [event_record(e) for e in coder.code(alone[article_id]).events]
        assert expected and by_article[article_id] == json.loads(json.dumps(expected)), article_id


def test_places_over_the_same_folder(folder, coded, runs):
    result = runs["places"]
    assert result.returncode == 0 and b"Traceback" not in result.stderr
    assert rejections(result) == rejections(coded)
    places = [json.loads(line) for line in result.stdout.decode().splitlines()]
    brussels = [p for p in places if p["article_id"] == str(folder / "good.txt") and p["text"] == "Bruxelles"]
    assert brussels and brussels[0]["country"] == "BEL"


def test_actors_refuse_bad_text_in_one_line(runs):
    argument = runs["actors-argument"]
    assert argument.returncode == 2 and argument.stderr.decode().count("\n") == 1
    assert b"lone surrogate" in argument.stderr and b"Traceback" not in argument.stderr
    result = runs["actors-batch"]
    answers = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [a["text"] for a in answers] == ["\x00\u202e\U0001f600", "le président russe"] and answers[1]["country"] == "RUS"
    assert result.returncode == 2 and b"lone surrogate" in result.stderr and b"Traceback" not in result.stderr
