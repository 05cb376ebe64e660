"""Acts coordinated actors do to each other (events/reciprocal.py). Sentences written for these tests,
each with a decoy that must not be read so."""

from __future__ import annotations

import pytest

from .support import code, dyads


@pytest.mark.parametrize(
    "text,lang,first,second,root",
    [
        ("Israel and Hamas accused each other of violating the truce.", "en", "ISR", "PSE", "11"),
        ("Armenia and Azerbaijan blamed one another for the clashes.", "en", "ARM", "AZE", "11"),
        ("Israël et le Hezbollah se sont mutuellement accusés lundi d'avoir violé le cessez-le-feu.", "fr", "ISR", "LBN", "11"),
        ("L'Arménie et l'Azerbaïdjan se sont accusés l'un l'autre de violer la trêve.", "fr", "ARM", "AZE", "11"),
    ],
)
def test_an_act_done_to_each_other_goes_both_ways(coder, text, lang, first, second, root):
    found = dyads(code(coder, text, lang))
    assert (first, root, second) in found
    assert (second, root, first) in found


def test_coordinated_sources_without_a_reciprocal_keep_their_target(coder):
    # Decoy: both accuse a third party, not each other.
    found = dyads(code(coder, "Israel and Hamas accused the United Nations of bias.", "en"))
    assert ("ISR", "11", "UN") in found
    assert ("ISR", "11", "PSE") not in found and ("PSE", "11", "ISR") not in found
