"""Round 13, the core: an act about a meeting its doer would have attended is aimed at the
meeting's other side ("declined to attend a meeting with Kosovo", events/withheld.py).

Sentences written here, each with a decoy that must not be coded that way.
"""

from __future__ import annotations

from .support import code, pairs as _pairs


def test_declining_a_meeting_with_another_side_is_aimed_at_that_side(coder):
    text = "Serbia's president declined to attend a meeting with Kosovo's prime minister in Brussels, officials said on Monday."
    found = _pairs(code(coder, text, "en"))
    assert ("SRB", "12", "XKX") in found, found


def test_a_meeting_with_no_other_side_gives_no_target(coder):
    # Decoy: the meeting names only where it is held.
    text = "Serbia's president declined to attend the meeting in Brussels, officials said on Monday."
    found = _pairs(code(coder, text, "en"))
    assert not any(s == "SRB" and r == "12" and t is not None for s, r, t in found), found


def test_a_visit_of_someone_else_lends_its_host_to_no_one(coder):
    # Decoy: the doer of the denunciation is no side of the visit; its host is not the target.
    text = "Pékin a vivement dénoncé lundi la visite à Taïwan d'une délégation de parlementaires japonais."
    found = _pairs(code(coder, text, "fr"))
    assert not any(s == "CHN" and t == "TWN" for s, _, t in found), found
