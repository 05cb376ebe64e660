"""Mass violence on a named place is done to its people (events/victims.py). Sentences written for
these tests, each with a decoy that must not be read so."""

from __future__ import annotations

import pytest

from .support import code, dyads


@pytest.mark.parametrize(
    "text,lang,wanted",
    [
        ("The Syrian government used chemical weapons against the town of Douma.", "en", ("SYR", "20", "SYR")),
        ("Syrian air force planes dropped sarin and chlorine on the town of Ltamenah.", "en", ("SYR", "20", "SYR")),
        ("Le régime syrien a utilisé du gaz sarin contre la population de la Ghouta orientale.", "fr", ("SYR", "20", "SYR")),
        # A foreign place stands for its own country, as before.
        ("Russian forces used chemical weapons against the town of Kherson.", "en", ("RUS", "20", "UKR")),
    ],
)
def test_mass_violence_on_a_place_is_done_to_its_people(coder, text, lang, wanted):
    assert wanted in dyads(code(coder, text, lang))


def test_mass_violence_with_no_place_keeps_no_target(coder):
    # Decoy: no one and nowhere named: no target is invented.
    found = dyads(code(coder, "Le régime syrien a utilisé des armes chimiques.", "fr"))
    assert ("SYR", "20", None) in found
    assert ("SYR", "20", "SYR") not in found
