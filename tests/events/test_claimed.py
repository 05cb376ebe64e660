"""Acts whose doer is who claims them (events/claimed.py). Sentences written for these tests, each with
a decoy that must not be read so."""

from __future__ import annotations

import pytest

from .support import code, dyads


@pytest.mark.parametrize(
    "text,lang,wanted",
    [
        ("Islamic State claimed responsibility for the bombing that killed 12 soldiers in Mogadishu.", "en", ("ISIS", "19", "SOM")),
        ("L'État islamique a revendiqué l'attentat qui a tué douze soldats nigériens à Tillabéri.", "fr", ("ISIS", "18", "NER")),
    ],
)
def test_a_claimed_attack_is_the_claimers(coder, text, lang, wanted):
    found = dyads(code(coder, text, lang))
    assert wanted in found
    assert ("ISIS", "01", None) in found or ("ISIS", "01", wanted[2]) in found
    # The relative clause is the attack's toll: no act of the victims' own country.
    assert not any(d[0] in ("SOM", "NER") for d in found)


def test_an_attack_that_is_not_claimed_takes_no_claimer(coder):
    # Decoy: "condemned" is no claim: the condemner did not do the attack.
    found = dyads(code(coder, "France condemned the bombing that killed 12 soldiers in Mogadishu.", "en"))
    assert not any(d[0] == "FRA" and d[1] in ("18", "19") for d in found)
