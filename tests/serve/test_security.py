"""Refusals: bodies over the limit, unexpected errors, other origins and hosts, hostile filter values,
no store; and the configuration that opens what is closed by default."""

from __future__ import annotations

import dataclasses
import io
import json
import logging
import re

import pytest

from diurna.cli import main
from diurna.config import load_config
from diurna.errors import ConfigError
from diurna.serve import ServeSettings
from diurna.serve.api import WEB
from diurna.store import Store

from .conftest import client_for

TEN_MB = 10 * 1024 * 1024


def assert_still_serving(client) -> None:
    response = client.get("/status")
    assert response.status_code == 200 and response.json()["counts"]["articles"] == 4


def test_ten_megabytes_of_pasted_text_is_413(client, settings):
    response = client.post("/code", json={"text": "mot " * (TEN_MB // 4)})
    assert response.status_code == 413
    assert response.json()["detail"].startswith("request body too large")
    assert str(settings.config.serve.max_body_bytes) in response.json()["detail"]
    assert_still_serving(client)


def test_a_body_without_a_length_is_cut_off_at_the_limit(client):
    def chunks():  # a generator: sent chunked, with no Content-Length to refuse early
        for _ in range(TEN_MB // 65536):
            yield b"x" * 65536

    response = client.post("/code", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert "limit" in response.json()["detail"]
    assert_still_serving(client)


def test_a_ten_megabyte_upload_is_413(client):
    response = client.post("/code/file", files={"file": ("big.txt", b"a" * TEN_MB, "text/plain")})
    assert response.status_code == 413
    assert_still_serving(client)


def test_a_bad_content_length_is_400(client):
    response = client.post("/code", content=b"{}", headers={"content-type": "application/json", "content-length": "lots"})
    assert response.status_code == 400
    assert "Content-Length" in response.json()["detail"]


def test_an_unexpected_error_is_a_500_message_and_a_logged_traceback(client, monkeypatch, caplog):
    def broken(self):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(Store, "counts", broken)
    with caplog.at_level(logging.ERROR, logger="diurna.serve"):
        response = client.get("/status")
    assert response.status_code == 500
    assert response.json() == {"detail": "internal error: the server logged the details"}
    assert "secret" not in response.text and "Traceback" not in response.text
    assert any(record.exc_info and "secret internal detail" in str(record.exc_info[1]) for record in caplog.records)
    monkeypatch.undo()
    assert_still_serving(client)


def test_cors_is_closed_unless_configured(settings, coder, client):
    evil = {"Origin": "https://evil.example"}
    assert "access-control-allow-origin" not in client.get("/events", headers=evil).headers
    preflight = client.options("/ingest", headers={**evil, "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in preflight.headers
    serve = dataclasses.replace(settings.config.serve, cors_origins=("https://analysis.example.org",))
    opened = client_for(dataclasses.replace(settings, config=dataclasses.replace(settings.config, serve=serve)), coder)
    friend = {"Origin": "https://analysis.example.org"}
    assert opened.get("/events", headers=friend).headers["access-control-allow-origin"] == "https://analysis.example.org"
    assert "access-control-allow-origin" not in opened.get("/events", headers=evil).headers


def test_other_host_names_are_refused(client):
    """A page on another site whose name was made to resolve to 127.0.0.1 (DNS rebinding) gets nothing."""
    assert client.get("/events", headers={"host": "evil.example"}).status_code == 400
    assert client.get("/events", headers={"host": "localhost:8000"}).status_code == 200


def test_the_host_names_follow_the_address_served_on():
    config = load_config()
    assert "localhost" in ServeSettings.from_config(config, db="x.db").allowed_hosts
    assert ServeSettings.from_config(config, db="x.db", host="0.0.0.0").allowed_hosts == ("*",)
    assert "192.0.2.7" in ServeSettings.from_config(config, db="x.db", host="192.0.2.7").allowed_hosts


HOSTILE = ["' OR 1=1 --", "RUS'); DROP TABLE events; --", "%", "_", "\\", "NEAR(", '"', "0x00\x00", "🇺🇦" * 50]


@pytest.mark.parametrize("name", ["actor", "target", "code", "plover", "place", "country", "text", "since", "min_confidence"])
def test_hostile_filter_values_are_refused_or_find_nothing(client, name):
    before = client.get("/status").json()["counts"]
    for value in HOSTILE:
        for path in ("/events", "/stats/timeline", "/stats/dyads", "/stats/places"):
            response = client.get(path, params={name: value})
            assert response.status_code in (200, 422), (path, name, value, response.text)
            body = response.json()
            if response.status_code == 422:
                assert body["detail"]
            elif path == "/events":
                assert body["events"] == [], (name, value)
            else:
                assert body == [], (path, name, value)
    assert client.get("/status").json()["counts"] == before


def test_without_a_store_reads_are_503_and_status_says_why(settings, coder, tmp_path):
    missing = client_for(dataclasses.replace(settings, db=tmp_path / "none.db"), coder)
    response = missing.get("/events")
    assert response.status_code == 503
    assert "no store at" in response.json()["detail"]
    status = missing.get("/status").json()
    assert status["counts"] is None and "no store at" in status["store_problem"]
    assert not (tmp_path / "none.db").exists()


def test_the_page_is_bundled_with_a_strict_policy_and_no_outside_address(client):
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    policy = page.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert page.headers["x-content-type-options"] == "nosniff"
    for asset in re.findall(r'(?:src|href)="(/web/[^"]+)"', page.text):
        assert client.get(asset).status_code == 200, asset
    for path in WEB.iterdir():
        if path.suffix in (".html", ".js", ".css"):
            addresses = set(re.findall(r"https?://[^\s\"'`)]+", path.read_text(encoding="utf-8")))
            assert addresses <= {"http://www.w3.org/2000/svg"}, (path.name, addresses)


def test_the_world_geometry_is_bundled(client):
    world = client.get("/web/world-110m.json").json()
    assert world["type"] == "FeatureCollection" and len(world["features"]) >= 170
    codes = {f["properties"]["iso_a3"] for f in world["features"]}
    assert {"FRA", "RUS", "UKR", "BEL", "USA", "CHN", "XKX"} <= codes
    assert "-99" not in codes


def test_the_api_documentation_works_offline(client):
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "/docs-assets/swagger-ui-bundle.js" in docs.text and "cdn" not in docs.text
    assert client.get("/docs-assets/swagger-ui-bundle.js").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/events", "/events/{event_ref}", "/articles/{article_id}", "/stats/timeline", "/stats/dyads",
                 "/stats/places", "/actors", "/code", "/code/file", "/ingest", "/status"):
        assert path in paths, path


def test_the_serve_table_of_the_configuration_is_read(tmp_path, monkeypatch):
    user = tmp_path / "config.toml"
    user.write_text('[serve]\nport = 9000\ntoken = "from-file"\ncors_origins = ["https://a.example"]\n', encoding="utf-8")
    config = load_config(user)
    assert (config.serve.port, config.serve.token, config.serve.cors_origins) == (9000, "from-file", ("https://a.example",))
    monkeypatch.delenv("DIURNA_TOKEN", raising=False)
    assert ServeSettings.from_config(config, db="x.db").token == "from-file"
    monkeypatch.setenv("DIURNA_TOKEN", "from-env")
    assert ServeSettings.from_config(config, db="x.db").token == "from-env"
    monkeypatch.delenv("DIURNA_TOKEN")
    assert ServeSettings.from_config(load_config(), db="x.db").token is None
    user.write_text("[serve]\nport = 70000\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="port"):
        load_config(user)


def test_serve_refuses_a_bad_port_before_starting(capsys):
    stderr = io.StringIO()
    assert main(["serve", "--port", "70000"], stdout=io.StringIO(), stderr=stderr) == 2
    assert "invalid port 70000" in stderr.getvalue()
    with pytest.raises(SystemExit):
        main(["serve", "--help"])
    assert "DIURNA_TOKEN=" in capsys.readouterr().out


def test_every_error_body_is_a_json_message(client):
    for response in (client.get("/events", params={"code": "abc"}), client.get("/events/none"),
                     client.post("/ingest", json={"articles": [{"text": "x"}]}), client.get("/nowhere")):
        assert response.status_code >= 400
        assert isinstance(json.loads(response.text)["detail"], str)


@pytest.mark.parametrize("path", ["/web/%2e%2e/%2e%2e/config.py", "/web/..%2f..%2fconfig.py", "/web/%2e%2e%2fapi.py",
                                  "/articles/..%2f..%2f..%2fetc%2fpasswd", "/docs-assets/%2e%2e/core.py"])
def test_no_path_leaves_the_bundled_files(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "import" not in response.text and "root:" not in response.text
