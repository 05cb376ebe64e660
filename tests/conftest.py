"""Shared fixtures: one real ``Coder`` for the whole run (models load once)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def coder():
    from diurna.pipeline import Coder

    return Coder()
