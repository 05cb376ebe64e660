"""The guessed doer of an act rejected or condemned (events/disowned.py). Sentences written for these
tests, each with a decoy that must not be read so."""

from __future__ import annotations

import pytest

from .support import code, dyads


@pytest.mark.parametrize(
    "text,lang",
    [
        ("The Tunisian president rejected the opposition's calls to postpone the election.", "en"),
        ("Le président tunisien a rejeté vendredi les appels de l'opposition à reporter l'élection.", "fr"),
    ],
)
def test_a_rejected_act_targets_its_doer_of_a_guessed_country(coder, text, lang):
    assert ("TUN", "12", "TUN") in dyads(code(coder, text, lang))


def test_a_rejected_thing_names_no_doer(coder):
    # Decoy: a thing owned, not an act done ("the opposition's newspaper"): no target.
    found = dyads(code(coder, "The Tunisian president rejected the opposition's newspaper.", "en"))
    assert ("TUN", "12", "TUN") not in found
