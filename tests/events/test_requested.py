"""What an appeal, a demand, a rejection or a threat is about names its code (events/requested.py,
knowledge/data/cameo_request.tsv): asking for talks is 026, for a pullback 0256, demanding a
release 1053; rejecting an offer of talks 125, a truce plan 127; threatening tariffs 1312, strikes
133, force 138. Asking to stop an act asks for none of it, unless the act is force. Sentences
written for these tests, with decoys."""

from __future__ import annotations

import pytest

from .support import code, codes


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Norway urged Colombia and the ELN guerrillas to start peace negotiations.", "en", ("NOR", "026", "COL")),
        ("Brazil called on Guyana to return to its earlier position on the Essequibo dispute.", "en", ("BRA", "020", "GUY")),
        ("Qatar asked Lebanon to withdraw its forces from the border zone.", "en", ("QAT", "0256", "LBN")),
        ("Germany urged Serbia to halt its attacks in the north of Kosovo.", "en", ("DEU", "0256", "SRB")),
        ("La Norvège a exhorté le Soudan à cesser les combats.", "fr", ("NOR", "0256", "SDN")),
        ("Le Ghana a exhorté le Togo à reprendre le chemin des négociations.", "fr", ("GHA", "026", "TGO")),
        ("La Norvège a pressé l'Éthiopie de libérer sans délai les journalistes suédois.", "fr", ("NOR", "0253", "ETH")),
        ("Chile demanded that Bolivia free the detained Chilean truck drivers.", "en", ("CHL", "1053", "BOL")),
    ],
)
def test_an_appeal_or_demand_takes_the_code_of_the_act_it_asks_for(coder, text, lang, expected):
    assert expected in codes(code(coder, text, lang)), codes(code(coder, text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Asked to stop an act that is no force: no request for that act.
        ("Japan called on Vietnam to stop buying Russian fuel.", "en", ("JPN", "020", "VNM")),
        ("Le Japon a appelé le Vietnam à cesser ses achats de carburant russe.", "fr", ("JPN", "020", "VNM")),
        # Protection asked of a side at war is no appeal for peacekeepers.
        ("Sweden urged Armenia and Azerbaijan to protect civilians along the border.", "en", ("SWE", "020", "ARM")),
    ],
)
def test_asking_to_stop_an_act_or_to_protect_stays_a_bare_appeal(coder, text, lang, expected):
    assert expected in codes(code(coder, text, lang)), codes(code(coder, text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Eritrea turned down an offer from Kenya to hold direct talks on the border.", "en", ("ERI", "125", "KEN")),
        ("Azerbaijan rejected Armenia's proposal for a summit in Geneva.", "en", ("AZE", "125", "ARM")),
        ("L'Érythrée a rejeté la proposition de trêve présentée par le Kenya.", "fr", ("ERI", "127", "KEN")),
    ],
)
def test_a_rejection_takes_the_code_of_what_it_refuses(coder, text, lang, expected):
    assert expected in codes(code(coder, text, lang)), codes(code(coder, text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Canada threatened to impose fresh sanctions on Nicaragua over the arrests.", "en", ("CAN", "1312", "NIC")),
        ("Le Canada a menacé d'imposer au Nicaragua de lourdes sanctions.", "fr", ("CAN", "1312", "NIC")),
        ("Peru's main union threatened to call nationwide protests unless the government raised wages.", "en", ("PER", "133", "PER")),
    ],
)
def test_a_threat_takes_the_code_of_what_it_threatens(coder, text, lang, expected):
    assert expected in codes(code(coder, text, lang)), codes(code(coder, text, lang))


def test_a_warning_about_what_others_will_do_names_no_threatened_act(coder):
    # The clause said is no act of the speaker's: no threat of force read into it.
    found = codes(code(coder, "Chile warned Peru that the protests would spread to the border towns.", "en"))
    assert all(c[1] != "133" for c in found), found
