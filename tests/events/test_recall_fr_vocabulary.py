"""French triggers and slots added for acts that went uncoded (recall). Each sentence is written
here for the construction it shows; none is from the gold sets or the pattern examples."""

from __future__ import annotations

import pytest

from .support import code, codes, dyads


@pytest.mark.parametrize(
    "text,wanted",
    [
        # Forces deployed around, near or along a state are a show of force to it.
        ("La Chine a déployé des navires de guerre autour de Taïwan.", ("CHN", "154", "TWN")),
        ("L'Inde a déployé des soldats le long de la frontière pakistanaise.", ("IND", "154", "PAK")),
        # Equipment given, beyond the named weapons.
        ("Le Danemark a livré des véhicules blindés à l'Estonie.", ("DNK", "072", "EST")),
        ("La Corée du Sud a fourni des hélicoptères à la Pologne.", ("KOR", "072", "POL")),
        # A batch counts the thing given: "un lot de munitions".
        ("L'Italie a livré un nouveau lot de munitions à la Slovénie.", ("ITA", "072", "SVN")),
    ],
)
def test_new_triggers_and_slots(coder, text, wanted):
    assert wanted in codes(code(coder, text, "fr"))


def test_barring_from_an_election(coder):
    found = dyads(code(coder, "Le gouvernement tunisien a écarté du scrutin deux candidats tunisiens.", "fr"))
    assert ("TUN", "17", "TUN") in found
