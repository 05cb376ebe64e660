"""Shows of force (events/deployments.py): a show of force at a border faces the other side. Sentences
written for these tests, each with a decoy that must not be read so."""

from __future__ import annotations

import pytest

from .support import code, dyads


@pytest.mark.parametrize(
    "text,lang,wanted",
    [
        ("Venezuela deployed thousands of troops to its border with Guyana on Monday.", "en", ("VEN", "15", "GUY")),
        ("Thailand put its troops along the Cambodian border on high alert on Friday.", "en", ("THA", "15", "KHM")),
        ("La Russie a massé des troupes à sa frontière avec l'Ukraine.", "fr", ("RUS", "15", "UKR")),
    ],
)
def test_a_show_of_force_at_a_border_faces_the_other_side(coder, text, lang, wanted):
    assert wanted in dyads(code(coder, text, lang))


def test_a_border_of_ones_own_names_no_target(coder):
    # Decoy: "its border" names only the owner: no target is invented.
    found = dyads(code(coder, "Poland deployed troops to its border.", "en"))
    assert not any(d[1] == "15" and d[2] is not None for d in found)
