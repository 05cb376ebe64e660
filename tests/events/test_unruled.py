"""Not ruling out force is threatening it (events/unruled.py). Sentences written for these tests, each
with a decoy that must not be read so."""

from __future__ import annotations

import pytest

from .support import code


@pytest.mark.parametrize(
    "text,wanted",
    [
        ("Kenya did not rule out military intervention in Somalia.", ("KEN", "138", "SOM")),
        ("The African Union said it did not rule out the use of force against Sudan's army.", ("AU", "138", "SDN")),
    ],
)
def test_not_ruling_out_force_is_a_threat(coder, text, wanted):
    found = {(e.source.actor.organization or e.source.actor.country, e.cameo.code, e.target.actor.country if e.target else None) for e in code(coder, text, "en")}
    assert wanted in found, found


def test_not_ruling_out_sanctions_stays_a_rejection(coder):
    # Decoy: no force on the table.
    found = code(coder, "Kenya did not rule out new sanctions against Somalia.", "en")
    assert all(e.cameo.root != "13" for e in found)
