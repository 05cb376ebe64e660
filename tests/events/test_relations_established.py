"""Diplomatic relations established or forged ("ont établi des relations diplomatiques", "forged
ties with") grant recognition (054), in French as in English; coordinated states establish them
with each other (``reciprocal``). Sentences written for this test."""

from __future__ import annotations

from .support import code, side_codes


def test_coordinated_states_establishing_relations_recognise_each_other(coder):
    found = side_codes(code(coder, "Tuvalu et le Bhoutan ont établi lundi des relations diplomatiques à New York.", "fr"))
    assert ("TUV", "054", "BTN") in found, found


def test_relations_forged_with_a_state_recognise_it(coder):
    found = side_codes(code(coder, "Le Bhoutan a noué des relations diplomatiques avec Tuvalu.", "fr"))
    assert ("BTN", "054", "TUV") in found, found


def test_english_coordinated_states_establishing_relations(coder):
    found = side_codes(code(coder, "Bhutan and Tuvalu established diplomatic relations on Monday.", "en"))
    assert ("BTN", "054", "TUV") in found, found
