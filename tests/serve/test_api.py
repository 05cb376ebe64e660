"""Reading the store over HTTP: events and their filters, pages, formats, one act, one article, statistics."""

from __future__ import annotations

import csv
import io
import json

import pytest

from .conftest import SEED_ID, SEED_TEXT


def events(client, **params) -> list[dict]:
    response = client.get("/events", params=params)
    assert response.status_code == 200, response.text
    return response.json()["events"]


def nato_condemns_russia(records: list[dict]) -> dict:
    found = [r for r in records if r["source"]["organization"] == "NATO" and (r["target"] or {}).get("country") == "RUS"
             and r["cameo"]["code"].startswith("11")]
    assert found, [(r["source"]["text"], r["cameo"]["code"]) for r in records]
    return found[0]


def test_events_lists_acts_with_their_counts(client):
    records = events(client)
    condemnation = nato_condemns_russia(records)
    assert condemnation["cluster"]["num_mentions"] == len(condemnation["cluster"]["event_ids"]) >= 1
    assert condemnation["article_id"] == SEED_ID
    shelling = [r for r in records if r["cameo"]["root"] == "19" and (r["location"] or {}).get("name") == "Kharkiv"]
    assert len(shelling) == 1, "the two reports of the Kharkiv shelling are one act"
    assert shelling[0]["cluster"]["num_articles"] == 2 and shelling[0]["cluster"]["num_sources"] == 2


def test_mentions_lists_every_report(client):
    acts = events(client)
    reports = events(client, mentions="true")
    assert len(reports) == sum(a["cluster"]["num_mentions"] for a in acts)
    assert all("cluster_id" in r and "cluster" not in r for r in reports)


@pytest.mark.parametrize("params, check", [
    ({"actor": "NATO", "target": "RUS"}, lambda r: r["source"]["organization"] == "NATO" and r["target"]["country"] == "RUS"),
    ({"code": "19"}, lambda r: r["cameo"]["code"].startswith("19")),
    ({"plover": "ASSAULT"}, lambda r: r["plover"]["type"] == "ASSAULT"),
    ({"since": "2022-03-20", "until": "2022-03-31"}, lambda r: "2022-03-20" <= r["date"] <= "2022-03-31"),
    ({"place": "Kharkiv"}, lambda r: r["location"]["name"] == "Kharkiv"),
    ({"country": "UKR"}, lambda r: r["location"]["country"] == "UKR"),
    ({"text": "alliés"}, lambda r: "Alliés" in r["sentence"] or "alliés" in r["sentence"]),
    ({"min_confidence": "0.8"}, lambda r: r["confidence"] >= 0.8),
])
def test_each_filter_of_diurna_events_applies(client, params, check):
    records = events(client, mentions="true", **params)
    assert records, f"nothing found with {params}"
    assert all(check(r) for r in records)
    assert len(records) < len(events(client, mentions="true")), f"{params} filtered nothing"


def test_pages_follow_each_other_and_a_page_past_the_end_is_a_404(client):
    everything = events(client, limit=1000)
    first, second = events(client, limit=2), events(client, limit=2, offset=2)
    assert [r["cluster"]["id"] for r in first + second] == [r["cluster"]["id"] for r in everything[:4]]
    response = client.get("/events", params={"offset": 100000})
    assert response.status_code == 404 and "past the last" in response.json()["detail"]
    nothing = client.get("/events", params={"actor": "ATA"})  # no match at all: an empty first page
    assert nothing.status_code == 200 and nothing.json()["events"] == []


def test_a_page_larger_than_the_limit_is_refused_with_a_message(client):
    response = client.get("/events", params={"limit": 1001})
    assert response.status_code == 422
    assert "largest page" in response.json()["detail"]


def test_formats_are_those_of_diurna_events(client):
    acts = events(client, limit=1000)
    lines = client.get("/events", params={"format": "jsonl", "limit": 1000})
    assert lines.headers["content-type"].startswith("application/x-ndjson")
    assert [json.loads(line) for line in lines.text.splitlines()] == acts
    table = client.get("/events", params={"format": "csv", "limit": 1000})
    assert table.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(table.text)))
    assert [row["event_id"] for row in rows] == [a["event_id"] for a in acts]
    plover = [json.loads(line) for line in client.get("/events", params={"format": "plover"}).text.splitlines()]
    assert {p["id"] for p in plover} == {a["event_id"] for a in acts if a["plover"]}
    assert client.get("/events", params={"format": "xml"}).status_code == 422


def test_one_act_has_its_reports_and_their_sentences(client, store_path):
    shelling = events(client, code="19", place="Kharkiv")[0]
    act = client.get(f"/events/{shelling['cluster']['id']}").json()
    assert act["cluster"]["id"] == shelling["cluster"]["id"]
    assert len(act["mentions"]) == 2
    assert {m["article_id"] for m in act["mentions"]} == {"kharkiv-a", "kharkiv-b"}
    texts = {"kharkiv-a": client.get("/articles/kharkiv-a").json()["article"]["text"],
             "kharkiv-b": client.get("/articles/kharkiv-b").json()["article"]["text"]}
    for mention in act["mentions"]:
        text, start = texts[mention["article_id"]], mention["sentence_start"]
        assert text[start:start + len(mention["sentence"])] == mention["sentence"]
        trigger = mention["trigger"]
        assert mention["sentence"][trigger["start"] - start:trigger["end"] - start] == trigger["text"]


def test_one_report_by_its_event_id_comes_with_its_act(client):
    report = events(client, mentions="true", place="Kharkiv")[0]
    found = client.get(f"/events/{report['event_id']}").json()
    assert found["event_id"] == report["event_id"]
    assert found["cluster"]["id"] == report["cluster_id"]
    assert report["event_id"] in [m["event_id"] for m in found["mentions"]]


@pytest.mark.parametrize("ref", ["no-such-event", "99999999", "0"])
def test_an_unknown_event_is_404_with_a_message(client, ref):
    response = client.get(f"/events/{ref}")
    assert response.status_code == 404
    assert ref in response.json()["detail"]


def test_an_article_comes_with_its_events_and_spans_that_slice_its_text(client):
    view = client.get(f"/articles/{SEED_ID}").json()
    text = view["article"]["text"]
    assert text == SEED_TEXT
    assert "content_hash" not in view["article"]
    spans = view["spans"]
    assert len(spans["actors"]) > 10 and spans["places"] and spans["triggers"] and spans["sentences"]
    for kind in ("actors", "places", "triggers"):
        for span in spans[kind]:
            assert text[span["start"]:span["end"]] == span["text"], (kind, span)
    assert {e["event_id"] for e in view["events"]} == {i for t in spans["triggers"] for i in t["event_ids"]}
    assert any(t["text"] == "ont condamné" and t["code"].startswith("11") for t in spans["triggers"])
    assert client.get("/articles/nope").status_code == 404


def test_timeline_counts_acts_per_day_by_quad_class(client):
    days = client.get("/stats/timeline").json()
    acts = events(client, limit=1000)
    assert sum(day["events"] for day in days) == len([a for a in acts if a["cluster"]["date"]])
    for day in days:
        assert sum(day["quad_class"].values()) == day["events"]
        assert -10 <= day["mean_goldstein"] <= 10
    nato_only = client.get("/stats/timeline", params={"actor": "NATO"}).json()
    assert [day["date"] for day in nato_only] == ["2022-03-24"]


def test_dyads_and_places_follow_the_filters(client):
    dyads = client.get("/stats/dyads").json()
    assert {"source": "NATO", "target": "RUS"} in [{"source": d["source"], "target": d["target"]} for d in dyads]
    assert client.get("/stats/dyads", params={"limit": 1}).json() == dyads[:1]
    places = client.get("/stats/places").json()
    assert "Kharkiv" in {p["name"] for p in places}
    in_ukraine = client.get("/stats/places", params={"country": "UKR"}).json()
    assert in_ukraine and all(p["country"] == "UKR" for p in in_ukraine)
    assert all(p["lat"] is not None and p["lon"] is not None for p in places)


def test_status_tells_counts_limits_and_menus(client):
    status = client.get("/status").json()
    assert status["writes"] is False
    assert status["counts"]["articles"] == 4
    assert status["limits"]["max_page_size"] == 1000
    assert status["cameo_roots"]["19"].lower().startswith("fight")
    assert "ASSAULT" in status["plover_types"]
