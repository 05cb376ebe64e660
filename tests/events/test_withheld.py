"""Acts about a meeting or a joint act aimed at its other side (events/withheld.py,
events/disowned.py): "declined to attend a meeting with Kosovo", a joint act refused with a partner.
Sentences written for these tests, each with a decoy that must not be read so."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    "text,lang,wanted",
    [
        ("Le gouvernement bolivien a rejeté toute reprise du dialogue avec l'opposition.", "fr", ("BOL", "12", "BOL")),
        ("Bolivia's government rejected any resumption of talks with the opposition.", "en", ("BOL", "12", "BOL")),
    ],
)
def test_a_joint_act_refused_is_aimed_at_the_partner(coder, text, lang, wanted):
    events = [e for e in code(coder, text, lang) if e.cameo.root == "12"]
    assert events and events[0].target is not None and events[0].target.actor.sector == "OPP"
