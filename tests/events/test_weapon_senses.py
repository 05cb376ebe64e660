"""Force told by its weapon (events/senses.py, the weapon words of the patterns' [senses]): by
aircraft or missiles it is aerial (195), by drones alone 1952, by rockets, shells or howitzers
artillery fire (194), by small arms 193, whether the weapon is the doer, the agent, the means or
what is fired; the target struck names no weapon. Sentences written for these tests, with decoys."""

from __future__ import annotations

import pytest

from .support import code, codes


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Turkish warplanes struck Kurdish militant positions in northern Iraq on Monday.", "en", "195"),
        ("Kurdish militant positions in northern Iraq were struck by Turkish warplanes.", "en", "195"),
        ("Turkey struck Kurdish militant positions in northern Iraq with drones and missiles.", "en", "195"),
        ("Turkey hit Kurdish militant positions in northern Iraq with drones.", "en", "1952"),
        ("Armenian forces fired shells into the Azerbaijani district of Tovuz.", "en", "194"),
        ("Des avions turcs ont frappé lundi des positions kurdes en Irak.", "fr", "195"),
        ("L'armée turque a frappé à l'obusier des positions kurdes en Irak.", "fr", "194"),
        ("L'armée turque a frappé lundi avec des drones la ville kurde de Qandil, en Irak.", "fr", "1952"),
    ],
)
def test_force_takes_the_code_of_its_weapon(coder, text, lang, expected):
    found = codes(code(coder, text, lang))
    assert any(c[1] == expected for c in found), found


def test_a_weapon_in_what_is_struck_does_not_name_the_attack(coder):
    # The target is a rocket depot: no rocket fire by the one who struck it.
    found = codes(code(coder, "Turkish troops struck a rocket depot of Kurdish militants in northern Iraq.", "en"))
    assert all(c[1] != "194" for c in found), found
