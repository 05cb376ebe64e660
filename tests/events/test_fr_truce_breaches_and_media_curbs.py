"""French entries (patterns/fr.toml): "bafouer" a ceasefire or a truce is breaking it (196), as
"violer"; suspending a newspaper, a radio, a channel or a medium curbs speech (1721), not a
break with a partner (160); the dissolution of a party bans it (1722). Sentences written here."""

from __future__ import annotations

import pytest

from .support import code, codes


@pytest.mark.parametrize(
    "text",
    [
        "L'armée éthiopienne a bafoué le cessez-le-feu dans le Tigré.",
        "Les paramilitaires soudanais ont bafoué la trêve à Omdourman.",
    ],
)
def test_flouting_a_ceasefire_breaks_it(coder, text):
    assert any(c == "196" for _, c, _ in codes(code(coder, text, "fr")))


def test_flouting_sovereignty_is_no_ceasefire_breach(coder):
    # Decoy: "bafouer" a norm or a right is defiance (128), no fighting.
    found = codes(code(coder, "La Chine a bafoué la souveraineté des Philippines en mer de Chine méridionale.", "fr"))
    assert not any(c.startswith("19") for _, c, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "La junte guinéenne a suspendu une radio privée de Conakry.",
        "Le gouvernement sénégalais a suspendu un quotidien d'opposition.",
        "Les autorités burundaises ont suspendu un journal indépendant de Bujumbura.",
        "La junte nigérienne a suspendu plusieurs médias privés de Niamey.",
    ],
)
def test_suspending_a_medium_curbs_speech(coder, text):
    found = codes(code(coder, text, "fr"))
    assert any(c == "1721" for _, c, _ in found)
    assert not any(c == "160" for _, c, _ in found)


def test_suspending_a_member_stays_a_break(coder):
    # Decoy: a state suspended from an organisation is no curb on speech.
    found = codes(code(coder, "La Cédéao a suspendu le Niger de ses instances.", "fr"))
    assert not any(c.startswith("172") for _, c, _ in found)


def test_dissolving_a_party_bans_it(coder):
    found = codes(code(coder, "Le chef de la junte nigérienne a ordonné la dissolution des partis politiques.", "fr"))
    assert any(c == "1722" for _, c, _ in found)


def test_dissolving_a_parliament_bans_no_party(coder):
    # Decoy: a parliament's dissolution is no ban on a party.
    found = codes(code(coder, "Le président sénégalais a annoncé la dissolution de l'Assemblée nationale.", "fr"))
    assert not any(c == "1722" for _, c, _ in found)


def test_suspending_a_dissolution_lifts_no_ban(coder):
    # Decoy: a court suspending a party's dissolution eases a restriction (081); nothing is banned.
    found = codes(code(coder, "La Cour suprême guinéenne a suspendu la dissolution d'un parti guinéen.", "fr"))
    assert any(c == "081" for _, c, _ in found)
    assert not any(c == "1722" for _, c, _ in found)
