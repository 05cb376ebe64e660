"""A stretch of land is no one's people (events/domestic.py, ``AREA_NOUNS``).

"After seizing the area, the army …": the area seized is not the civilians of the country it is
in; an act of force on people (an attack on an area) still hits them. Sentences written here.
"""

from __future__ import annotations

from .support import code, pairs


def test_seizing_an_area_makes_no_civilian_victim(coder):
    text = "After seizing the area, the Iraqi army repelled several counterattacks."
    found = pairs(code(coder, text, "en"))
    assert not any(r == "17" for _, r, _ in found), found


def test_seizing_people_still_targets_them(coder):
    # Decoy: the same act on people no actor names keeps its civilian target.
    text = "The Iraqi army arrested dozens of journalists in Basra on Monday."
    found = pairs(code(coder, text, "en"))
    assert any(r == "17" and t == "IRQ" for _, r, t in found), found
