"""Session 13, French: acts the parse repairs of this round let the coder reach, on sentences
written here, with decoys that must not be coded."""

from __future__ import annotations

import pytest

from .support import code, pairs


@pytest.mark.parametrize(
    "text,wanted",
    [
        # The agent hung on the place of "près de": the gang is the abductor.
        ("Cinq ingénieurs chinois ont été enlevés lundi près de Port-Harcourt par des soldats nigérians.", ("NGA", "18", "CHN")),
        # The agent read as an adjunct of the passive verb.
        ("Au moins trente étudiants ghanéens ont été enlevés jeudi par des soldats nigérians dans l'État de Kaduna.", ("NGA", "18", "GHA")),
        # A counted object read as an adjunct ("neuf" tagged an adjective).
        ("La police turque a arrêté neuf membres présumés du PKK à Istanbul.", ("TUR", "17", "PKK")),
        # Both sides in one object: the second adjective hung on the weekday.
        ("Des échanges de tirs ont opposé lundi des soldats indiens et chinois dans une vallée disputée.", ("IND", "19", "CHN")),
    ],
)
def test_session13_french_codes(coder, text, wanted):
    found = {(s[:3] if s else s, r, t[:3] if t else t) for s, r, t in pairs(code(coder, text, "fr"))}
    assert wanted in found, found


def test_opening_subject_before_incise_is_the_abducted(coder):
    # "Au moins 40 touristes, ..., ont été enlevés par des rebelles": the tourists were read as an
    # adjunct, so the abduction had no target.
    events = code(coder, "Au moins 40 touristes allemands, pour la plupart des retraités, ont été enlevés par des soldats maliens.", "fr")
    assert ("MLI", "18", "DEU") in {(s[:3] if s else s, r, t[:3] if t else t) for s, r, t in pairs(events)}, pairs(events)


@pytest.mark.parametrize(
    "text",
    [
        # Decoy: "par erreur" is no agent, and no actor acts.
        "Trois touristes allemands ont été arrêtés par erreur lundi à Dakar.",
        # Decoy: a duration counted by a number is no object of the attack.
        "Les touristes allemands ont attendu trois jours à Bamako.",
    ],
)
def test_session13_french_decoys(coder, text):
    events = code(coder, text, "fr")
    assert not any(e.cameo.root in ("17", "18") and e.source.actor.country for e in events), pairs(events)
