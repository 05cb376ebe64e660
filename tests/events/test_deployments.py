"""Shows of force (events/deployments.py): a show of force at a border faces the other side. Sentences
written for these tests, each with a decoy that must not be read so."""

from __future__ import annotations

import pytest

from .support import code, codes, dyads


@pytest.mark.parametrize(
    "text,lang,wanted",
    [
        ("Venezuela deployed thousands of troops to its border with Guyana on Monday.", "en", ("VEN", "15", "GUY")),
        ("Thailand put its troops along the Cambodian border on high alert on Friday.", "en", ("THA", "15", "KHM")),
        ("La Russie a massé des troupes à sa frontière avec l'Ukraine.", "fr", ("RUS", "15", "UKR")),
    ],
)
def test_a_show_of_force_at_a_border_faces_the_other_side(coder, text, lang, wanted):
    assert wanted in dyads(code(coder, text, lang))


def test_a_border_of_ones_own_names_no_target(coder):
    # Decoy: "its border" names only the owner: no target is invented.
    found = dyads(code(coder, "Poland deployed troops to its border.", "en"))
    assert not any(d[1] == "15" and d[2] is not None for d in found)


@pytest.mark.parametrize(
    "text,lang,wanted",
    [
        ("Deux bataillons de militaires tchadiens ont été déployés lundi au Cameroun.", "fr", ("TCD", "15", "CMR")),
        ("Several hundred Kenyan soldiers were sent to Haiti last week.", "en", ("KEN", "15", "HTI")),
    ],
)
def test_forces_sent_with_no_sender_named_are_their_own_sides(coder, text, lang, wanted):
    # The passive names the forces and no sender: their own state sends them.
    assert wanted in dyads(code(coder, text, lang))


def test_a_sender_named_by_the_passive_is_the_source(coder):
    # Decoy: with an agent, the agent stays the source, not the forces.
    found = dyads(code(coder, "Des soldats tchadiens ont été déployés au Niger par l'Union africaine.", "fr"))
    assert ("AU", "15", "NER") in found and not any(d[0] == "TCD" for d in found)


def test_forces_sent_to_secure_what_a_state_holds_protect_it(coder):
    # Securing a vote or a town where the forces go is protecting that state (074), not a show of force.
    found = codes(code(coder, "Le Bénin a déployé lundi trois cents soldats en Guinée-Bissau pour sécuriser le scrutin.", "fr"))
    assert ("BEN", "074", "GNB") in found
