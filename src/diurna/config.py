"""Configuration: commented defaults in ``default_config.toml``, overlaid by a user file.

The user file is ``$DIURNA_CONFIG`` if set, else ``~/.config/diurna/config.toml``
when it exists. Values are read once into a frozen ``Config``.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Mapping

from .errors import ConfigError

USER_CONFIG = Path("~/.config/diurna/config.toml")


@dataclass(frozen=True, slots=True)
class ServeConfig:
    """The ``[serve]`` table: `diurna serve`'s defaults and limits."""

    host: str = "127.0.0.1"
    port: int = 8000
    token: str | None = None  # writes are off without one ($DIURNA_TOKEN overrides it)
    max_body_bytes: int = 5_000_000
    max_page_size: int = 1000
    cors_origins: tuple[str, ...] = ()
    allowed_hosts: tuple[str, ...] = ()


def _serve_config(values: Mapping[str, Any]) -> ServeConfig:
    config = ServeConfig(
        host=str(values["host"]),
        port=int(values["port"]),
        token=str(values["token"]) or None,
        max_body_bytes=int(values["max_body_bytes"]),
        max_page_size=int(values["max_page_size"]),
        cors_origins=tuple(str(origin) for origin in values["cors_origins"]),
        allowed_hosts=tuple(str(host) for host in values["allowed_hosts"]),
    )
    if not 0 < config.port < 65536:
        raise ConfigError(f"invalid [serve] port {config.port}")
    if config.max_body_bytes <= 0 or config.max_page_size <= 0:
        raise ConfigError("[serve] max_body_bytes and max_page_size must be positive")
    return config


@dataclass(frozen=True, slots=True)
class Config:
    models: Mapping[str, str]
    supported_languages: tuple[str, ...]
    paragraph_min_words: int
    paragraph_min_confidence: float
    max_article_bytes: int
    max_sentence_tokens: int
    max_events_per_trigger: int
    max_paragraph_chars: int
    article_seconds: float
    min_confidence: float
    batch_size: int
    store_path: Path
    cluster_window_days: int
    cluster_article_window_days: int
    same_place_km: float
    user_agent: str
    fetch_timeout: float
    max_redirects: int
    max_page_bytes: int
    respect_robots: bool
    serve: ServeConfig = ServeConfig()
    statements: bool = False  # plain statements coded as 010 ([coding] statements)


def _merge(base: dict[str, Any], overlay: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in overlay.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read configuration file {path}: {exc}") from exc


def load_config(path: str | os.PathLike[str] | None = None) -> Config:
    """Read the defaults, then the user's file (``path``, ``$DIURNA_CONFIG`` or the default location)."""
    defaults = tomllib.loads(resources.files("diurna").joinpath("default_config.toml").read_text("utf-8"))
    user_path = path or os.environ.get("DIURNA_CONFIG")
    if user_path:
        values = _merge(defaults, _read_toml(Path(user_path).expanduser()))
    elif USER_CONFIG.expanduser().is_file():
        values = _merge(defaults, _read_toml(USER_CONFIG.expanduser()))
    else:
        values = defaults
    try:
        config = Config(
            models=dict(values["models"]),
            supported_languages=tuple(values["language"]["supported"]),
            paragraph_min_words=int(values["language"]["paragraph_min_words"]),
            paragraph_min_confidence=float(values["language"]["paragraph_min_confidence"]),
            max_article_bytes=int(values["limits"]["max_article_bytes"]),
            max_sentence_tokens=int(values["limits"]["max_sentence_tokens"]),
            max_events_per_trigger=int(values["limits"]["max_events_per_trigger"]),
            max_paragraph_chars=int(values["limits"]["max_paragraph_chars"]),
            article_seconds=float(values["limits"]["article_seconds"]),
            min_confidence=float(values["coding"]["min_confidence"]),
            batch_size=int(values["coding"]["batch_size"]),
            store_path=Path(values["paths"]["store"]).expanduser(),
            cluster_window_days=int(values["store"]["window_days"]),
            cluster_article_window_days=int(values["store"]["article_window_days"]),
            same_place_km=float(values["store"]["same_place_km"]),
            user_agent=str(values["fetch"]["user_agent"]),
            fetch_timeout=float(values["fetch"]["timeout_seconds"]),
            max_redirects=int(values["fetch"]["max_redirects"]),
            max_page_bytes=int(values["fetch"]["max_page_bytes"]),
            respect_robots=bool(values["fetch"]["respect_robots"]),
            serve=_serve_config(values["serve"]),
            statements=bool(values["coding"].get("statements", False)),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"invalid configuration value: {exc}") from exc
    if min(config.max_article_bytes, config.max_sentence_tokens, config.max_paragraph_chars, config.article_seconds) <= 0:
        raise ConfigError("[limits] max_article_bytes, max_sentence_tokens, max_paragraph_chars and article_seconds must be positive")
    unknown = set(config.supported_languages) - {"fr", "en"}
    if unknown:
        raise ConfigError(f"unsupported languages in configuration: {sorted(unknown)}")
    missing = [lang for lang in config.supported_languages if lang not in config.models]
    if missing:
        raise ConfigError(f"no spaCy model configured for: {missing}")
    return config
