"""Round 12, English parse repairs (grammar/en_arguments.py), each shown by a sentence written
here, with a decoy the repair must leave alone."""

from __future__ import annotations

from ..events.support import code, codes


def test_an_amount_given_after_with_is_the_thing_given(coder):
    # "provided Ukraine with $2 billion in aid" is "provided $2 billion in aid to Ukraine".
    found = codes(code(coder, "The United States provided Ukraine with 50 million euros of humanitarian aid.", "en"))
    assert ("USA", "073", "UKR") in found, found
    found = codes(code(coder, "Japan will provide Ukraine with $4 billion in financial support.", "en"))
    assert ("JPN", "033", "UKR") in found, found


def test_an_amount_of_things_no_event_noun_names_codes_nothing(coder):
    # Decoy: the amount counts trucks, which are no act.
    assert not code(coder, "Japan will provide Ukraine with 200 of its old trucks.", "en")
