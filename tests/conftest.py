"""Shared fixtures: one real ``Coder`` for the whole run (models load once).

Property tests run under the ``ci`` hypothesis profile: the same examples on
every run (derandomised, no example database), no deadline (the models make
timings noisy on a loaded machine).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

settings.register_profile(
    "ci", deadline=None, derandomize=True, database=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile("ci")


@pytest.fixture(scope="session")
def coder():
    from diurna.pipeline import Coder

    return Coder()
