"""French wordings with no entry before (patterns/fr.toml): people "chassés" from their land,
active or passive (an expulsion, a mass one when counted by the hundred thousand), a leader who
"quitte la tête" of the government, private assets "confiés à la gestion de l'État" (a
confiscation), a "mission d'établissement des faits" (a human-rights inquiry), and paying
respects ("se recueillir", a symbolic act), on sentences written here."""

from __future__ import annotations

import pytest

from .support import code, codes, pairs


@pytest.mark.parametrize(
    "text,wanted",
    [
        # Driven out, active and passive: an expulsion of those driven out.
        ("Les autorités iraniennes ont chassé des milliers de réfugiés afghans hors du pays.", ("IRN", "174", "AFG")),
        ("Des familles ouzbèkes ont été chassées de la région par la police kirghize.", ("KGZ", "174", "UZB")),
        # Counted by the hundred thousand: a mass expulsion.
        ("Quelque 250 000 Érythréens ont été chassés d'Éthiopie par l'armée éthiopienne en un an.", ("ETH", "201", "ERI")),
        # Leaving the head of the government or of the state: stepping down.
        ("La Première ministre thaïlandaise a quitté la tête du gouvernement après un arrêt de la Cour.", ("THA", "0831", None)),
        # Private assets put under the state's management: confiscated.
        ("Moscou a confié à la gestion provisoire de l'État les usines russes d'un groupe suédois.", ("RUS", "1711", "SWE")),
    ],
)
def test_french_wordings_code(coder, text, wanted):
    found = {(_country(s), c, _country(t)) for s, c, t in codes(code(coder, text, "fr"))}
    if wanted[2] is None:
        found = {(s, c, None) for s, c, _ in found}
    assert wanted in found, found


def _country(key):
    return None if key is None else key[:3]


def test_fact_finding_mission_is_an_inquiry(coder):
    text = "Les Nations unies ont mis sur pied lundi une mission d'établissement des faits sur la Libye."
    found = pairs(code(coder, text, "fr"))
    assert any(root == "09" for _, root, _ in found), found


def test_paying_respects_is_symbolic(coder):
    # "se recueillir" at a grave or a memorial: a symbolic act (017), done by who pays respects.
    text = "La présidente mexicaine s'est recueillie lundi devant le monument aux morts de Veracruz."
    found = codes(code(coder, text, "fr"))
    assert any(s.startswith("MEX") and c == "017" for s, c, _ in found), found


def test_collecting_testimonies_is_no_tribute(coder):
    # Collecting testimonies is not the reflexive "se recueillir".
    text = "Des experts de l'ONU ont recueilli mardi les récits de villageois maliens."
    found = codes(code(coder, text, "fr"))
    assert not any(c == "017" for _, c, _ in found), found
