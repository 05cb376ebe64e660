"""The limits of ``[limits]`` (issue 10): each one configurable, documented, and what exceeds it refused with a reason."""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from importlib import resources

import pytest

from diurna import pipeline
from diurna.config import load_config
from diurna.errors import ConfigError
from diurna.ingest import article_from_text, read_inputs
from diurna.records import CodedArticle, Rejection

from .conftest import ROOT
from .hostile import FRENCH

LIMITS = tomllib.loads(resources.files("diurna").joinpath("default_config.toml").read_text("utf-8"))["limits"]


def test_the_defaults():
    config = load_config()
    assert (config.max_article_bytes, config.max_paragraph_chars, config.max_sentence_tokens, config.article_seconds) == (
        2_000_000, 100_000, 300, 20.0,
    )


@pytest.mark.parametrize("name", sorted(LIMITS))
def test_every_limit_is_documented(name):
    for document in ("SECURITY.md", "README.md"):
        assert re.search(rf"`(\[limits\] )?{name}`", (ROOT / document).read_text("utf-8")), f"{name} is not in {document}"


def test_limits_come_from_the_config_file(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text(
        "[limits]\nmax_article_bytes = 100\nmax_paragraph_chars = 1000\nmax_sentence_tokens = 50\narticle_seconds = 0.5\n",
        encoding="utf-8",
    )
    config = load_config(path)
    assert (config.max_article_bytes, config.max_paragraph_chars, config.max_sentence_tokens, config.article_seconds) == (
        100, 1000, 50, 0.5,
    )
    (tmp_path / "a.txt").write_text(FRENCH * 2, encoding="utf-8")
    (item,) = read_inputs([str(tmp_path / "a.txt")], max_bytes=config.max_article_bytes)
    assert item == Rejection(str(tmp_path / "a.txt"), "too large: 194 bytes, the limit is 100")


@pytest.mark.parametrize("name", ["max_article_bytes", "max_paragraph_chars", "max_sentence_tokens", "article_seconds"])
@pytest.mark.parametrize("value", ["0", "-1"])
def test_a_limit_must_be_positive(tmp_path, name, value):
    path = tmp_path / "config.toml"
    path.write_text(f"[limits]\n{name} = {value}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="must be positive"):
        load_config(path)


def test_a_paragraph_over_the_limit_is_refused_before_parsing(coder, monkeypatch):
    monkeypatch.setattr(coder, "config", replace(coder.config, max_paragraph_chars=60))
    short, long = coder.code_many([article_from_text("La France a condamné la Russie.", "short"), article_from_text(FRENCH, "long")])
    assert isinstance(short, CodedArticle) and short.events
    assert long == Rejection("long", f"too large: a paragraph of {len(FRENCH)} characters, the limit is 60 ([limits] max_paragraph_chars)")


def test_the_paragraph_limit_never_exceeds_what_spacy_parses(coder, monkeypatch):
    """spaCy raises on a text over ``nlp.max_length``: that used to lose the whole batch."""
    monkeypatch.setattr(coder, "config", replace(coder.config, max_paragraph_chars=10_000_000))
    monkeypatch.setattr(coder.pipelines.get("fr"), "max_length", 1000)
    ok, big = coder.code_many([article_from_text(FRENCH, "ok", lang="fr"), article_from_text("La France a condamné la Russie " * 40, "big", lang="fr")])
    assert isinstance(ok, CodedArticle)
    assert big == Rejection("big", "too large: a paragraph of 1239 characters, the limit is 1000 ([limits] max_paragraph_chars)")


def test_a_sentence_over_the_token_limit_is_kept_but_not_coded(coder, monkeypatch):
    article = article_from_text(FRENCH, "a")
    normal = coder.code(article)
    assert normal.events
    monkeypatch.setattr(coder, "config", replace(coder.config, max_sentence_tokens=5))
    limited = coder.code(article)
    assert isinstance(limited, CodedArticle)
    assert limited.events == () and limited.sentences == normal.sentences and limited.actors == normal.actors


def test_an_article_over_its_time_budget_is_rejected_and_the_batch_goes_on(coder, monkeypatch):
    now = [0.0]
    monkeypatch.setattr(pipeline, "monotonic", lambda: now[0])
    find_places = pipeline.find_place_mentions

    def slow_places(parsed, *args):
        if parsed.article.id == "slow":
            now[0] += 30.0
        return find_places(parsed, *args)

    monkeypatch.setattr(pipeline, "find_place_mentions", slow_places)
    before, slow, after = coder.code_many([article_from_text(FRENCH, name) for name in ("before", "slow", "after")])
    assert slow == Rejection(
        "slow", "time budget exceeded: 30.0 s spent when the places stage ended, the limit is 20 s ([limits] article_seconds)"
    )
    assert isinstance(before, CodedArticle) and isinstance(after, CodedArticle)
    assert [e.cameo for e in before.events] == [e.cameo for e in after.events] != []


def test_a_tiny_budget_from_a_config_file_rejects_on_the_real_clock(coder, monkeypatch, tmp_path):
    path = tmp_path / "config.toml"
    path.write_text("[limits]\narticle_seconds = 1e-9\n", encoding="utf-8")
    monkeypatch.setattr(coder, "config", load_config(path))
    german, french = coder.code_many([article_from_text("Die Regierung hat neue Sanktionen gegen Russland beschlossen.", "de"),
                                      article_from_text(FRENCH, "fr")])
    assert german == Rejection("de", "unsupported language: de")
    assert isinstance(french, Rejection)
    assert french.reason.startswith("time budget exceeded: ") and french.reason.endswith("the limit is 1e-09 s ([limits] article_seconds)")
