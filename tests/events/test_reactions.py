"""Whom a verb of reaction is aimed at when its own slots name no one (events/reactions.py). Sentences
written for these tests, each with a decoy that must not be read so."""

from __future__ import annotations

import pytest

from .support import code, dyads


@pytest.mark.parametrize(
    "text,wanted",
    [
        ("Belarus freed 18 political prisoners on Wednesday, in a move the European Union welcomed.", ("EU", "05", "BLR")),
        ("Russia annexed Crimea, a move that the United Nations condemned.", ("UN", "11", "RUS")),
        ("Russia annexed Crimea, a move condemned by the United Nations.", ("UN", "11", "RUS")),
    ],
)
def test_a_reaction_to_a_move_targets_whoever_made_it(coder, text, wanted):
    assert wanted in dyads(code(coder, text, "en"))


def test_a_move_that_does_something_else_is_no_reaction(coder):
    # Decoy: the clause on "move" has an object of its own: no reaction aimed at Russia by Ukraine.
    found = dyads(code(coder, "Russia annexed Crimea, a move which angered Ukraine.", "en"))
    assert ("UKR", "11", "RUS") not in found
