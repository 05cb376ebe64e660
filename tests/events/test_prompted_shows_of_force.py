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


@pytest.mark.parametrize(
    "text,wanted",
    [
        # "as" tells the act the alert answers.
        ("The Philippines put its coast guard on alert on Tuesday as Chinese vessels swarmed the reef.", ("PHL", "15", "CHN")),
        # "amid" a quarrel: the other side, after "with".
        ("Armenia put its border units on alert on Friday amid a standoff with Azerbaijan over the corridor.", ("ARM", "15", "AZE")),
        # A gerund after "after", with no subject of its own: what it saw.
        ("Japan put its air defences on high alert after spotting twelve Russian bombers off Hokkaido.", ("JPN", "15", "RUS")),
    ],
)
def test_an_alert_answering_what_its_clause_tells_faces_its_doer(coder, text, wanted):
    found = dyads(code(coder, text, "en"))
    assert wanted in found, found


def test_the_side_an_alert_answers_is_not_where_it_happened(coder):
    # The state named after "with" is faced, not the place of the alert.
    events = code(coder, "Armenia put its border units on alert on Friday amid a standoff with Azerbaijan over the corridor.", "en")
    alert = next(e for e in events if e.cameo.root == "15")
    assert alert.location is None or alert.location.place is None or alert.location.place.country != "AZE", alert.location


def test_an_alert_as_ones_own_act_faces_no_one(coder):
    # Decoy: the act "as" tells is the source's own.
    found = dyads(code(coder, "The Philippines put its coast guard on alert on Tuesday as its navy began drills near Luzon.", "en"))
    assert not any(root == "15" and target not in (None, "PHL") for _, root, target in found), found
