"""A show of force made after another's act is aimed at that act's doer
(events/deployments.prompted_by). Sentences written for these tests, each with a decoy that must
not be read so."""

from __future__ import annotations

import pytest

from .support import code, dyads


@pytest.mark.parametrize(
    "text,lang,wanted",
    [
        ("South Korea put its troops on high alert after Pyongyang's missile launch on Tuesday.", "en", ("KOR", "15", "PRK")),
        (
            "Les Philippines ont mis mardi leurs garde-côtes en alerte maximale après que la Chine a envoyé des navires près de l'atoll.",
            "fr",
            ("PHL", "15", "CHN"),
        ),
    ],
)
def test_an_alert_after_anothers_act_faces_its_doer(coder, text, lang, wanted):
    found = dyads(code(coder, text, lang))
    assert wanted in found, found


def test_an_alert_after_a_date_names_no_target(coder):
    # Decoy: what came before is a time, not anyone's act.
    found = dyads(code(coder, "South Korea put its troops on high alert after midnight on Tuesday.", "en"))
    assert not any(root == "15" and target is not None for _, root, target in found), found


def test_an_alert_after_ones_own_act_faces_no_one(coder):
    # Decoy: the act it came after is the source's own: no target is made of it.
    found = dyads(code(coder, "South Korea put its troops on high alert after its own missile test on Tuesday.", "en"))
    assert not any(root == "15" and target is not None for _, root, target in found), found
