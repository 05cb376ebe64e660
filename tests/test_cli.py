"""The command line as users and scripts run it: real processes, real models."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import EXAMPLES

DIURNA = [sys.executable, "-m", "diurna.cli"]
FRENCH = "Les Alliés ont condamné l'invasion de l'Ukraine par la Russie. La France a salué la décision de l'Union européenne."
GERMAN = "Die Bundesregierung hat am Donnerstag neue Sanktionen gegen Russland beschlossen. Der Kanzler sprach von einem wichtigen Schritt."


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*DIURNA, *args], input=stdin, capture_output=True, timeout=600)


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("batch")
    (folder / "a-empty.txt").write_bytes(b"")
    (folder / "b-binary.txt").write_bytes(bytes(range(256)) * 8)
    with open(folder / "c-huge.txt", "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    (folder / "d-german.txt").write_text(GERMAN, encoding="utf-8")
    (folder / "e-latin1.txt").write_bytes(FRENCH.encode("cp1252"))
    (folder / "f-lines.jsonl").write_text(
        json.dumps({"id": "ok", "text": FRENCH, "date": "2022-03-24"}) + "\n{broken\n"
        + json.dumps({"id": "bad-date", "text": FRENCH, "date": "2022-02-31"}) + "\n",
        encoding="utf-8",
    )
    return folder


@pytest.fixture(scope="module")
def batch_run(batch) -> subprocess.CompletedProcess:
    return run("code", str(batch), "--date", "2022-03-24", "--format", "jsonl")


def test_bad_inputs_are_rejected_with_reasons_and_the_rest_is_coded(batch, batch_run):
    assert batch_run.returncode == 0, batch_run.stderr.decode()
    rejections = [json.loads(line) for line in batch_run.stderr.decode().splitlines() if line.strip()]
    reasons = {Path(r["article_id"]).name: r["rejected"] for r in rejections}
    assert reasons["a-empty.txt"] == "empty"
    assert reasons["b-binary.txt"] == "binary content"
    assert reasons["c-huge.txt"].startswith("too large")
    assert reasons["d-german.txt"] == "unsupported language: de"
    assert reasons["f-lines.jsonl:2"].startswith("malformed JSON")
    assert reasons["bad-date"].startswith("invalid date")
    assert "e-latin1.txt" not in reasons
    events = [json.loads(line) for line in batch_run.stdout.decode().splitlines()]
    coded_articles = {Path(e["article_id"]).name for e in events}
    assert {"e-latin1.txt", "ok"} <= coded_articles


def test_latin1_article_keeps_its_accents(batch_run):
    events = [json.loads(line) for line in batch_run.stdout.decode().splitlines()]
    latin = [e for e in events if e["article_id"].endswith("e-latin1.txt")]
    assert any(e["source"]["text"] == "Les Alliés" for e in latin)


def test_every_event_has_every_field(batch_run):
    fields = {
        "event_id", "article_id", "language", "sentence_index", "sentence", "trigger", "source", "target",
        "cameo", "plover", "location", "date", "date_precision", "date_basis", "negated", "confidence",
    }
    for line in batch_run.stdout.decode().splitlines():
        event = json.loads(line)
        assert set(event) == fields
        assert set(event["source"]) == {"text", "start", "end", "code", "country", "organization", "sector", "entity"}
        assert set(event["cameo"]) == {"code", "root", "name", "quad_class", "goldstein"}
        assert 0.0 <= event["confidence"] <= 1.0


def test_bad_usage_exits_2_in_one_line():
    result = run("code", "--format", "yaml", str(EXAMPLES))
    assert result.returncode == 2
    assert len(result.stderr.decode().strip().splitlines()) == 1
    assert b"Traceback" not in result.stderr


def test_unreadable_path_exits_2_without_traceback(tmp_path):
    result = run("code", str(tmp_path / "missing.txt"))
    assert result.returncode == 2
    assert result.stderr.decode().strip() == f"diurna: cannot read {tmp_path / 'missing.txt'}: no such file or directory"


def test_standard_input_and_stable_ids():
    first = run("code", "-", "--date", "2022-03-24", "--format", "jsonl", stdin=FRENCH.encode("utf-8"))
    second = run("code", "-", "--date", "2022-03-24", "--format", "jsonl", stdin=FRENCH.encode("utf-8"))
    assert first.returncode == 0, first.stderr.decode()
    ids = [json.loads(line)["event_id"] for line in first.stdout.decode().splitlines()]
    assert ids and ids == [json.loads(line)["event_id"] for line in second.stdout.decode().splitlines()]
    assert all(json.loads(line)["article_id"] == "-" for line in first.stdout.decode().splitlines())


def test_actors_command_follows_the_date():
    stoltenberg = run("actors", "le secrétaire général de l'OTAN", "--date", "2022-03-24")
    assert stoltenberg.returncode == 0, stoltenberg.stderr.decode()
    record = json.loads(stoltenberg.stdout)
    assert record == {
        "text": "le secrétaire général de l'OTAN", "code": "IGOWSTNAT", "country": None, "organization": "NATO",
        "sector": "IGO", "entity": "Jens Stoltenberg",
    }
    batch = "\n".join(
        json.dumps(r)
        for r in [
            {"text": "le secrétaire général de l'OTAN", "date": "2025-01-10", "lang": "fr"},
            {"text": "Russian troops", "lang": "en"},
            {"text": "personne"},
        ]
    )
    result = run("actors", "--batch", "-", stdin=batch.encode("utf-8"))
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [r["entity"] for r in records][0] == "Mark Rutte"
    assert (records[1]["country"], records[1]["sector"]) == ("RUS", "MIL")
    assert records[2]["code"] is None and records[2]["text"] == "personne"


def test_places_command_on_the_seed():
    result = run("places", str(EXAMPLES / "otan-g7-2022-03-24.txt"))
    assert result.returncode == 0
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    text = (EXAMPLES / "otan-g7-2022-03-24.txt").read_text("utf-8")
    brussels = next(r for r in records if r["text"] == "Bruxelles")
    assert brussels["country"] == "BEL" and brussels["feature"] == "city"
    assert abs(brussels["lat"] - 50.85) < 0.05 and abs(brussels["lon"] - 4.35) < 0.05
    for record in records:
        assert text[record["start"] : record["end"]] == record["text"]
        assert set(record) == {"article_id", "text", "start", "end", "name", "country", "lat", "lon", "feature", "geonameid"}


# The store: ingest, events, export ------------------------------------------------------

from .ingest.test_web import server  # noqa: E402,F401  (the local HTTP server fixture)

ENGLISH = "NATO allies condemned Russia over the invasion of Ukraine."


def stored(*args: str, db: Path, env_db: bool = False, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    import os

    env = {**os.environ}
    if env_db:
        env["DIURNA_DB"] = str(db)
        return subprocess.run([*DIURNA, *args], input=stdin, capture_output=True, timeout=600, env=env)
    return subprocess.run([*DIURNA, *args, "--db", str(db)], input=stdin, capture_output=True, timeout=600, env=env)


@pytest.fixture(scope="module")
def store_db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("store")
    articles = folder / "articles.jsonl"
    articles.write_text(
        json.dumps({"id": "fr", "text": FRENCH, "date": "2022-03-24", "url": "https://journal.example/fr"}) + "\n"
        + json.dumps({"id": "en", "text": ENGLISH, "date": "2022-03-24", "url": "https://paper.example/en"}) + "\n"
        + "{broken\n",
        encoding="utf-8",
    )
    db = folder / "store.db"
    first = stored("ingest", str(articles), db=db, env_db=True)
    assert first.returncode == 0, first.stderr.decode()
    summary = json.loads(first.stdout)
    assert (summary["added"], summary["rejected"], summary["store"]) == (2, 1, str(db))
    assert "malformed JSON" in first.stderr.decode()
    again = stored("ingest", str(articles), db=db)
    assert json.loads(again.stdout)["unchanged"] == 2 and json.loads(again.stdout)["totals"] == summary["totals"]
    return db


def test_events_merges_reports_and_searches_without_accents(store_db):
    result = stored("events", "--text", "allies", "--code", "11", "--format", "jsonl", db=store_db)
    assert result.returncode == 0, result.stderr.decode()
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert len(records) == 1 and records[0]["cluster"]["num_articles"] == 2 and records[0]["cluster"]["num_sources"] == 2
    mentions = stored("query", "--code", "11", "--mentions", "--format", "jsonl", db=store_db)
    assert len(mentions.stdout.decode().splitlines()) == 2


def test_export_formats(store_db, tmp_path):
    gdelt = stored("export", "--format", "gdelt", db=store_db)
    rows = [line.split("\t") for line in gdelt.stdout.decode().splitlines()]
    assert rows and all(len(row) == 61 for row in rows)
    condemnation = next(row for row in rows if row[26] == "111")
    assert condemnation[31:34] == ["2", "2", "2"]  # NumMentions, NumSources, NumArticles
    target = tmp_path / "events.parquet"
    result = stored("export", "--format", "parquet", "-o", str(target), db=store_db)
    assert result.returncode == 0, result.stderr.decode()
    import pyarrow.parquet as pq

    table = pq.read_table(target)
    assert table.num_rows == len(rows) and "num_sources" in table.schema.names


def test_store_commands_report_bad_values_and_missing_stores(store_db, tmp_path):
    missing = stored("events", db=tmp_path / "nowhere.db")
    assert missing.returncode == 1 and b"no store" in missing.stderr and b"Traceback" not in missing.stderr
    bad = stored("events", "--code", "1x", db=store_db)
    assert bad.returncode == 2 and b"invalid CAMEO code prefix" in bad.stderr


def test_ingest_a_feed_from_a_local_server(server, tmp_path):
    db = tmp_path / "feed.db"
    refused = stored("ingest", "--feed", server + "/feed.xml", db=db)
    assert refused.returncode == 0
    assert "loopback" in json.loads(refused.stderr.decode().splitlines()[0])["rejected"]
    fetched = stored("ingest", "--feed", server + "/feed.xml", "--allow-private", db=db)
    assert fetched.returncode == 0, fetched.stderr.decode()
    assert json.loads(fetched.stdout)["added"] == 2
    again = stored("ingest", "--feed", server + "/feed.xml", "--allow-private", db=db)
    assert json.loads(again.stdout)["added"] == 0 and json.loads(again.stdout)["totals"]["articles"] == 2


def test_ingest_on_a_dask_worker_stores_what_a_single_process_stores(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps({"id": "fr", "text": FRENCH, "date": "2022-03-24"}) + "\n"
        + json.dumps({"id": "en", "text": ENGLISH, "date": "2022-03-24"}) + "\n{broken\n",
        encoding="utf-8",
    )
    single = stored("ingest", str(corpus), db=tmp_path / "single.db")
    batch = stored("ingest", str(corpus), "--workers", "1", "--shard-size", "1", db=tmp_path / "batch.db")
    assert batch.returncode == 0, batch.stderr.decode()[-2000:]
    summary = json.loads(batch.stdout)
    assert summary["totals"] == json.loads(single.stdout)["totals"] and summary["shards"] == 3
    assert "malformed JSON" in batch.stderr.decode()
    listed = [stored("events", "--mentions", "--format", "jsonl", db=tmp_path / name).stdout for name in ("single.db", "batch.db")]
    assert listed[0] == listed[1] and listed[0]
    again = stored("ingest", str(corpus), "--workers", "1", "--shard-size", "1", db=tmp_path / "batch.db")
    assert json.loads(again.stdout)["shards_skipped"] == 3 and json.loads(again.stdout)["unchanged"] == 2
