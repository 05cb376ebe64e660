"""Senses chosen by the actors and words of an act (events/senses.py): forces of one state
arriving in another as a contingent, vanguard or mission protect it (074); storming by gangs,
bandits or rebels is an assault (190), not a riot; handing a wanted person over to another
state is extradition, judicial cooperation (063); a bomb killing is a bombing, an air strike on a
crowd stays one, rebels killing dozens of civilians massacre them (202), and people expelled
by the hundred thousand are a mass expulsion (201). Also the arrival verbs, court expressions
and handovers these rely on.

Each sentence is written here for what it shows; none is from the gold sets or the examples.
"""

from __future__ import annotations

import pytest

from .support import code, codes


@pytest.mark.parametrize(
    "lang,text,wanted",
    [
        # Forces arriving as a contingent, a vanguard or a mission's: protection of the host state.
        ("en", "Some 300 Ghanaian police officers, the vanguard of an African-led mission, landed in Bangui on Friday.", ("GHA", "074", "CAF")),
        ("en", "The first contingent of 150 Zambian peacekeepers arrived in Bangui on Friday to join the UN mission there.", ("ZMB", "074", "CAF")),
        ("en", "A contingent of 250 Rwandan soldiers touched down in Bangui on Sunday.", ("RWA", "074", "CAF")),
        ("fr", "Un premier contingent de 300 policiers kényans est arrivé vendredi à Bangui.", ("KEN", "074", "CAF")),
        ("fr", "Quelque 200 gendarmes rwandais ont débarqué vendredi à Bangui, premiers éléments d'un dispositif régional.", ("RWA", "074", "CAF")),
        # Arrival verbs: an official touching down or flying in visits.
        ("en", "The Brazilian foreign minister touched down in Luanda on Thursday.", ("BRA", "042", "AGO")),
        ("en", "The Indian foreign minister flew into Hanoi on Wednesday for talks.", ("IND", "042", "VNM")),
        ("fr", "Le ministre brésilien des Affaires étrangères a débarqué jeudi à Luanda.", ("BRA", "042", "AGO")),
        # Gangs, bandits and rebels storming: an assault, not a riot.
        ("en", "Armed gangs stormed a police station in Cap-Haïtien on Sunday.", ("HTI", "190", "HTI")),
        ("en", "Islamist rebels stormed a military base near Timbuktu on Sunday.", ("MLI", "190", "MLI")),
        # A wanted person handed over to another state: extradition.
        ("en", "Prosecutors in Portugal handed over a suspected Brazilian drug boss to the Brazilian authorities on Monday.", ("PRT", "063", "BRA")),
        ("en", "Peru handed over to Bolivia a suspected financier of a smuggling ring on Friday.", ("PER", "063", "BOL")),
        ("en", "The former police chief was handed over by Panama to Colombia on Monday to stand trial for fraud.", ("PAN", "063", "COL")),
        # Taking a state to court, or before one, and bringing a case against it.
        ("en", "Bolivia took Chile to court over access to the sea.", ("BOL", "115", "CHL")),
        ("en", "Guyana took Venezuela before an arbitration tribunal last week.", ("GUY", "115", "VEN")),
        ("en", "Ecuador brought a case against Colombia before the International Court of Justice.", ("ECU", "115", "COL")),
    ],
)
def test_sense_and_vocabulary(coder, lang, text, wanted):
    assert wanted in codes(code(coder, text, lang))


@pytest.mark.parametrize(
    "lang,text,unwanted",
    [
        # Officials arriving visit whatever the words around; forces arriving at home, or with no
        # mission's word, keep the arrival.
        ("en", "The Ghanaian foreign minister arrived in Bangui on Friday as part of a mediation mission.", "074"),
        ("en", "Russian troops arrived in Minsk on Friday for joint exercises.", "074"),
        # A crowd storming riots; the police storming seize; gangs storming are no riot.
        ("en", "Armed gangs stormed a police station in Cap-Haïtien on Sunday.", "145"),
        # Bodies, hostages and prisoners handed over are returned, not extradited.
        ("en", "Ukraine handed over 50 Russian prisoners of war to Russia.", "063"),
        ("en", "Iran handed over the seized tanker to Panama.", "063"),
    ],
)
def test_sense_left_alone(coder, lang, text, unwanted):
    assert not any(c.startswith(unwanted) for _, c, _ in codes(code(coder, text, lang)))


@pytest.mark.parametrize(
    "lang,text,wanted",
    [
        ("en", "Malian protesters stormed the French embassy in Bamako.", ("MLI", "145", "FRA")),
        ("en", "Haitian police stormed a gang hideout in Port-au-Prince.", ("HTI", "171", "HTI")),
        ("en", "Ukraine handed over 50 Russian prisoners of war to Russia.", ("UKR", "084", "RUS")),
    ],
)
def test_other_senses_kept(coder, lang, text, wanted):
    assert wanted in codes(code(coder, text, lang))


@pytest.mark.parametrize(
    "lang,text,wanted",
    [
        # A relative clause on a bomb: the bomb did it, a bombing whoever it hits.
        ("fr", "Les rebelles ont revendiqué l'explosion du minibus piégé qui a tué jeudi neuf soldats tchadiens près d'Abéché.", ("TCD", "183", "TCD")),
        # An air strike on a crowd stays an air strike; the police's tear gas on one is repression.
        ("en", "A Sudanese military jet bombed a crowd at a cattle market in Kordofan on Sunday.", ("SDN", "195", "SDN")),
        ("en", "Sudanese police fired tear gas at a crowd in Khartoum on Sunday.", ("SDN", "175", "SDN")),
        # Rebels killing civilians by the dozens are massacring them; a dozen, violence on civilians.
        ("en", "Congolese rebels killed at least 45 villagers near Beni on Sunday.", ("COD", "202", "COD")),
        ("fr", "Des rebelles congolais ont tué quarante civils congolais près de Beni.", ("COD", "202", "COD")),
        ("en", "Congolese rebels killed 12 villagers near Beni on Sunday.", ("COD", "180", "COD")),
        # Soldiers are no civilians: killing 45 of them is fighting.
        ("en", "Congolese rebels killed 45 Congolese soldiers near Beni on Sunday.", ("COD", "190", "COD")),
    ],
)
def test_bombs_strikes_and_massacres(coder, lang, text, wanted):
    assert wanted in codes(code(coder, text, lang))


@pytest.mark.parametrize(
    "lang,text,wanted",
    [
        # Expelling or deporting people by the hundred thousand is a mass expulsion; thousands, or a
        # dozen, are deported.
        ("en", "Iran deported more than 450,000 Afghans in the past three months.", ("IRN", "201", "AFG")),
        ("en", "Egypt expelled millions of Sudanese refugees over the decade.", ("EGY", "201", "SDN")),
        ("fr", "Le Tchad a expulsé près de 120 000 migrants soudanais en situation irrégulière.", ("TCD", "201", "SDN")),
        ("fr", "Le Tchad a expulsé près de 2 000 migrants soudanais en situation irrégulière.", ("TCD", "174", "SDN")),
        ("en", "Turkey deported twelve Syrian refugees.", ("TUR", "174", "SYR")),
    ],
)
def test_mass_expulsions(coder, lang, text, wanted):
    assert wanted in codes(code(coder, text, lang))
