"""Helpers the store's tests share."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from diurna.store.schema import MIGRATIONS, _statements


def store_at_version(path: Path, version: int) -> Path:
    """A store file built by the first ``version`` migrations only, as an older diurna left it."""
    connection = sqlite3.connect(path)
    for script in MIGRATIONS[:version]:
        for statement in _statements(script):
            connection.execute(statement)
    connection.execute(f"PRAGMA user_version = {version}")
    connection.commit()
    connection.close()
    return path
