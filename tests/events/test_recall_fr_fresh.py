"""French triggers added for act classes the fresh dev items showed uncoded (recall): denying
one's own part, handing over arms, ruling out talks, sending investigators. Each sentence is written here for the
construction it shows; none is from the gold sets or the pattern examples."""

from __future__ import annotations

import pytest

from .support import code, codes


@pytest.mark.parametrize(
    "text,wanted",
    [
        # Denying one's own part names no other actor: told in full, with no target.
        ("Le gouvernement éthiopien a nié toute responsabilité dans la famine du Tigré.", ("ETH", "016", None)),
        ("Téhéran a nié jeudi toute implication dans l'attaque contre le pétrolier.", ("IRN", "016", None)),
        # Arms handed over or transferred, active and passive.
        ("La Roumanie a remis des missiles antiaériens à la Moldavie.", ("ROU", "072", "MDA")),
        ("Des munitions ont été remises à l'armée arménienne par l'Inde.", ("IND", "072", "ARM")),
        ("L'Iran a transféré des armes à la Syrie.", ("IRN", "072", "SYR")),
        # Talks with another actor ruled out, whichever verb and noun of talks.
        ("Le Mali a écarté lundi toute négociation avec l'Algérie.", ("MLI", "125", "DZA")),
        ("Séoul a rejeté tout dialogue avec Pyongyang.", ("KOR", "125", "PRK")),
        # Investigators sent to a country.
        ("L'ONU a dépêché mardi des enquêteurs au Myanmar.", ("UN", "090", "MMR")),
    ],
)
def test_fresh_triggers(coder, text, wanted):
    found = codes(code(coder, text, "fr"))
    assert wanted in found, found
