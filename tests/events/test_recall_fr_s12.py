"""Session 12, French: acts the parse repairs and pattern entries of this round let the coder reach,
on sentences written here, with decoys that must not be coded."""

from __future__ import annotations

import pytest

from .support import code, codes, dyads


@pytest.mark.parametrize(
    "text,wanted",
    [
        # Refusing food is a hunger strike (142), aimed at the rulers who hold the striker.
        ("Un opposant biélorusse emprisonné à Minsk refuse de s'alimenter depuis lundi.", ("BLR", "142", "BLR")),
        ("Plusieurs militants tunisiens ont cessé de s'alimenter pour dénoncer leur détention.", ("TUN", "142", "TUN")),
    ],
)
def test_session12_french_codes(coder, text, wanted):
    found = {(s[:3] if s else s, c, t[:3] if t else t) for s, c, t in codes(code(coder, text, "fr"))}
    assert wanted in found, found


def test_object_after_weekday_after_idiom_is_the_arrested(coder):
    # "a placé en garde à vue mercredi le maire": the mayor was read on the weekday, no target.
    events = code(coder, "La police turque a placé en garde à vue mercredi le maire d'Ankara.", "fr")
    assert any(e.cameo.root == "17" and e.target is not None and e.target.actor.country == "TUR" for e in events), dyads(events)


@pytest.mark.parametrize(
    "text",
    [
        # Decoy: refusing to speak is no hunger strike.
        "Le président biélorusse a refusé de s'exprimer sur la détention de l'opposant.",
        # Decoy: refusing to go back to work is no hunger strike.
        "Les syndicats nigérians ont refusé de reprendre le travail lundi.",
    ],
)
def test_session12_french_decoys(coder, text):
    events = code(coder, text, "fr")
    assert not any(e.cameo.code == "142" for e in events), codes(events)


@pytest.mark.parametrize(
    "text,wanted",
    [
        # Talks called "discussions" or "dialogue" broken off (164), as negotiations are.
        ("Le gouvernement malien a interrompu samedi les discussions avec les rebelles touareg maliens.", ("MLI", "164", "MLI")),
        ("La Serbie a suspendu mardi les discussions avec le Kosovo.", ("SRB", "164", "XKX")),
        # A set of measures between the light verb and the event noun ("un nouveau train de sanctions").
        ("L'Union européenne a adopté lundi un quinzième train de sanctions contre l'Iran.", ("EU", "163", "IRN")),
        ("Le Japon a approuvé un nouveau volet de mesures punitives contre la Corée du Nord.", ("JPN", "163", "PRK")),
        # The object after an adjunct set off by commas ("a expulsé jeudi, sans préavis, l'ambassadeur").
        ("Le Niger a expulsé jeudi, sans préavis, l'ambassadeur de France.", ("NER", "16", "FRA")),
    ],
)
def test_session12_french_roots(coder, text, wanted):
    found = {(s[:3] if s else s, c[: len(wanted[1])], t[:3] if t else t) for s, c, t in codes(code(coder, text, "fr"))}
    assert wanted in found, found


def test_discussion_held_is_no_breaking_off(coder):
    # Decoy: talks held, not broken off.
    events = code(coder, "La Serbie a poursuivi mardi les discussions avec le Kosovo.", "fr")
    assert not any(e.cameo.code == "164" for e in events), codes(events)
