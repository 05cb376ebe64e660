"""Coding over HTTP: pasted text, uploaded files, actor look-ups, and the one write, ingesting."""

from __future__ import annotations

import dataclasses

import pytest

from diurna.store import Store

from .conftest import SEED_TEXT, client_for
from .test_api import nato_condemns_russia

GERMAN = "Die Bundesregierung hat am Donnerstag neue Sanktionen gegen Russland beschlossen. Der Kanzler sprach von einem Schritt."
TOKEN = "correct horse battery staple"


def assert_spans_slice(view: dict) -> None:
    text = view["article"]["text"]
    for kind in ("actors", "places", "triggers"):
        for span in view["spans"][kind]:
            assert text[span["start"]:span["end"]] == span["text"], (kind, span)


def test_code_returns_events_and_spans_without_storing(client):
    before = client.get("/status").json()["counts"]
    response = client.post("/code", json={"text": SEED_TEXT})
    assert response.status_code == 200, response.text
    view = response.json()
    condemnation = nato_condemns_russia(view["events"])
    assert condemnation["trigger"]["text"] == "ont condamné"
    assert view["article"]["language"] == "fr" and view["article"]["published"] == "2022-03-24"
    assert_spans_slice(view)
    assert any(a["entity"] == "Jens Stoltenberg" for a in view["spans"]["actors"])
    assert any(p["name"] == "Bruxelles" or p["text"] == "Bruxelles" for p in view["spans"]["places"])
    assert client.get("/status").json()["counts"] == before


def test_code_takes_a_date_and_a_language(client):
    view = client.post("/code", json={"text": "Russian troops shelled Kharkiv on Wednesday.", "date": "2022-03-03", "lang": "en"}).json()
    assert view["article"]["published"] == "2022-03-03"
    assert [(e["source"]["country"], e["target"]["country"], e["date"]) for e in view["events"]] == [("RUS", "UKR", "2022-03-02")]


def test_offsets_count_characters_beyond_the_basic_plane(client):
    text = "🇺🇦 𝐔𝐤𝐫𝐚𝐢𝐧𝐞 — Russian troops shelled Kharkiv on Wednesday."
    view = client.post("/code", json={"text": text, "date": "2022-03-03", "lang": "en"}).json()
    assert view["events"]
    assert_spans_slice(view)


@pytest.mark.parametrize("text, status, words", [
    (GERMAN, 422, "unsupported language"),
    ("   \n  ", 422, "no text"),
])
def test_an_article_the_coder_refuses_is_answered_with_its_reason(client, text, status, words):
    response = client.post("/code", json={"text": text})
    assert response.status_code == status
    assert words in response.json()["detail"]


def test_an_article_over_the_article_limit_is_413(client, settings):
    limit = settings.config.max_article_bytes
    response = client.post("/code", json={"text": "a" * (limit + 1)})
    assert response.status_code == 413
    assert f"the limit is {limit}" in response.json()["detail"]


@pytest.mark.parametrize("body, content_type", [
    (b"{not json", "application/json"),
    (b'{"title": "no text"}', "application/json"),
    (b'{"text": "x", "date": "2022-02-30"}', "application/json"),
    (b'{"text": "x", "lang": "de"}', "application/json"),
    (b"plain words", "text/plain"),
])
def test_a_malformed_request_is_422_with_a_message(client, body, content_type):
    response = client.post("/code", content=body, headers={"content-type": content_type})
    assert response.status_code == 422
    assert response.json()["detail"]


def test_an_uploaded_text_file_is_coded_as_the_pasted_text(client):
    pasted = client.post("/code", json={"text": SEED_TEXT}).json()
    uploaded = client.post("/code/file", files={"file": ("otan.txt", SEED_TEXT.encode("utf-8"), "text/plain")})
    assert uploaded.status_code == 200, uploaded.text
    view = uploaded.json()
    assert view["article"]["id"] == "otan.txt"
    assert [e["cameo"]["code"] for e in view["events"]] == [e["cameo"]["code"] for e in pasted["events"]]


def test_an_uploaded_html_page_is_read_for_its_main_text(client):
    page = ("<html><head><title>Shelling</title></head><body><nav>Home | World</nav><article><h1>Shelling</h1>"
            "<p>Russian troops shelled Kharkiv on Wednesday, the Ukrainian government said in a statement.</p>"
            "<p>Residents described hours of explosions in the northern districts of the city.</p></article></body></html>")
    response = client.post("/code/file", files={"file": ("page.html", page.encode(), "text/html")}, data={"date": "2022-03-03"})
    assert response.status_code == 200, response.text
    view = response.json()
    assert "Home | World" not in view["article"]["text"]
    assert any(e["cameo"]["root"] == "19" for e in view["events"])


@pytest.mark.parametrize("name, data, words", [
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary content"),
    ("report.pdf", b"%PDF-1.7 ...", "cannot code a .pdf file"),
])
def test_a_binary_upload_is_415_with_a_message(client, name, data, words):
    response = client.post("/code/file", files={"file": (name, data, "application/octet-stream")})
    assert response.status_code == 415
    assert words in response.json()["detail"]


def test_actors_resolves_a_mention_by_date_and_lists_stored_ones(client):
    then = client.get("/actors", params={"q": "le secrétaire général de l'OTAN", "date": "2022-03-24"}).json()
    assert then["resolved"]["organization"] == "NATO" and then["resolved"]["entity"] == "Jens Stoltenberg"
    later = client.get("/actors", params={"q": "le secrétaire général de l'OTAN", "date": "2025-01-10"}).json()
    assert later["resolved"]["entity"] == "Mark Rutte"
    stored = client.get("/actors", params={"q": "OTAN", "resolve": "false"}).json()
    assert stored["resolved"] is None
    assert stored["stored"] and all(row["organization"] == "NATO" for row in stored["stored"])
    assert all("OTAN" in row["text"] or "OTAN" in (row["entity"] or "") for row in stored["stored"])
    assert client.get("/actors", params={"q": "x" * 301}).status_code == 422


# Writes ------------------------------------------------------------------------------------------

@pytest.fixture()
def writable(settings, coder, tmp_path):
    """A server with a token over a store of its own (created by the first write)."""
    return client_for(dataclasses.replace(settings, db=tmp_path / "written.db", token=TOKEN), coder)


def test_writes_are_off_without_a_token(client):
    response = client.post("/ingest", json={"articles": [{"text": SEED_TEXT}]}, headers={"Authorization": "Bearer anything"})
    assert response.status_code == 403
    assert "writes are off" in response.json()["detail"]


@pytest.mark.parametrize("header", [None, "Bearer wrong", f"Basic {TOKEN}", "Bearer", f"Bearer {TOKEN}x"])
def test_a_write_without_the_right_token_is_401(writable, header, tmp_path):
    headers = {"Authorization": header} if header else {}
    response = writable.post("/ingest", json={"articles": [{"text": SEED_TEXT}]}, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert not (tmp_path / "written.db").exists()


def test_ingest_with_the_token_stores_once(writable, tmp_path):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    articles = [{"id": "seed", "text": SEED_TEXT}, {"id": "german", "text": GERMAN}]
    first = writable.post("/ingest", json={"articles": articles}, headers=auth)
    assert first.status_code == 200, first.text
    report = first.json()
    assert (report["added"], report["rejected"]) == (1, 1)
    assert report["rejections"] == [{"article_id": "german", "rejected": "unsupported language: de"}]
    nato_condemns_russia(writable.get("/events").json()["events"])
    again = writable.post("/ingest", json={"articles": articles[:1]}, headers=auth).json()
    assert (again["added"], again["unchanged"]) == (0, 1)
    with Store.open(tmp_path / "written.db", readonly=True) as store:
        assert store.counts()["articles"] == 1
        assert store.integrity() == "ok"


def test_ingest_refuses_an_empty_or_oversized_batch(writable):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert writable.post("/ingest", json={"articles": []}, headers=auth).status_code == 422
    many = {"articles": [{"text": f"Article {n}."} for n in range(101)]}
    assert writable.post("/ingest", json=many, headers=auth).status_code == 422
