"""What the routes share: the server's settings, the lazily built coder, the store per request.

``create_app`` keeps one ``Workbench`` on ``app.state``; routes reach it with the
``workbench`` dependency and a read-only store with ``read_store``.
"""

from __future__ import annotations

import os
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

from fastapi import Depends, Request

from ..config import Config
from ..knowledge.ontology import Ontology
from ..store import MergeRules, Store

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1", "[::1]")


@dataclass(frozen=True, slots=True)
class ServeSettings:
    """What one server serves: the store's path, the configuration, and the write token (``None``: no writes)."""

    db: Path
    config: Config
    token: str | None
    allowed_hosts: tuple[str, ...]

    @classmethod
    def from_config(cls, config: Config, *, db: Path, host: str | None = None) -> "ServeSettings":
        """The token from ``$DIURNA_TOKEN``, else the configuration; the host names to answer to from
        the configuration, else the loopback names and ``host`` (any name when serving on every interface)."""
        token = os.environ.get("DIURNA_TOKEN") or config.serve.token or None
        hosts = config.serve.allowed_hosts
        if not hosts:
            host = host or config.serve.host
            hosts = ("*",) if host in ("0.0.0.0", "::", "") else (*LOOPBACK_NAMES, host)
        return cls(db=db, config=config, token=token, allowed_hosts=hosts)

    @property
    def rules(self) -> MergeRules:
        config = self.config
        return MergeRules(config.cluster_window_days, config.cluster_article_window_days, config.same_place_km)


class LazyCoder:
    """The coder, built on the first request that needs it (loading the models takes seconds), then
    kept; one request uses it at a time, since a spaCy pipeline is not shared between threads."""

    def __init__(self, factory: Callable[[], Any]) -> None:
        self._factory = factory
        self._coder: Any = None
        self._lock = threading.Lock()

    @contextmanager
    def using(self) -> Iterator[Any]:
        with self._lock:
            if self._coder is None:
                self._coder = self._factory()
            yield self._coder


@dataclass(frozen=True, slots=True)
class Workbench:
    """Everything the routes share, kept on ``app.state.workbench``."""

    settings: ServeSettings
    coder: LazyCoder
    ontology: Ontology

    def open_store(self) -> Store:
        return Store.open(self.settings.db, self.settings.rules, readonly=True)


def workbench(request: Request) -> Workbench:
    return request.app.state.workbench


def read_store(bench: Workbench = Depends(workbench)) -> Iterator[Store]:
    """A read-only connection for one request (SQLite connections are not shared between threads)."""
    with bench.open_store() as store:
        yield store
