"""A real store, filled by really coding articles, and the real app over it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from diurna.config import load_config
from diurna.ingest import article_from_text
from diurna.serve import ServeSettings, create_app
from diurna.store import Store
from diurna.store.ingesting import ingest

from ..conftest import EXAMPLES

SEED_ID = "examples/otan-g7-2022-03-24.txt"  # an id with a slash, as `diurna ingest examples/` stores it
SEED_TEXT = (EXAMPLES / "otan-g7-2022-03-24.txt").read_text(encoding="utf-8")
# Two reports of one act (merged into one cluster), and an act on another day and place.
KYIV_SHELLING_1 = "Russian forces shelled Kharkiv on Wednesday, the Ukrainian government said."
KYIV_SHELLING_2 = "Russian troops shelled Kharkiv on Wednesday."
SANCTIONS = "The European Union imposed sanctions on Russia on Friday."


def _article(text: str, article_id: str, date: str, url: str | None = None):
    return article_from_text(text, article_id, published=dt.date.fromisoformat(date), published_basis="input", url=url)


@pytest.fixture(scope="session")
def store_path(coder, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("serve-store") / "diurna.db"
    articles = [
        article_from_text(SEED_TEXT, SEED_ID),
        _article(KYIV_SHELLING_1, "kharkiv-a", "2022-03-03", "https://news.example.org/a"),
        _article(KYIV_SHELLING_2, "kharkiv-b", "2022-03-03", "https://other.example.net/b"),
        _article(SANCTIONS, "sanctions", "2022-03-11"),
    ]
    with Store.open(path) as store:
        report = ingest(coder, store, articles)
    assert report.added == len(articles), report
    return path


@pytest.fixture(scope="session")
def settings(store_path) -> ServeSettings:
    return dataclasses.replace(ServeSettings.from_config(load_config(), db=store_path), token=None)


def client_for(settings: ServeSettings, coder) -> TestClient:
    """The app as `diurna serve` builds it, reached as http://127.0.0.1 (a name it answers to)."""
    return TestClient(create_app(settings, coder_factory=lambda: coder), base_url="http://127.0.0.1")


@pytest.fixture(scope="session")
def client(settings, coder) -> TestClient:
    return client_for(settings, coder)
