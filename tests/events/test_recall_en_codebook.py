"""English coverage from the CAMEO codebook: phrasal verbs, nominalisations and argument frames a
journalist uses for the frequent roots, each coded by the real pipeline on a sentence written here
(not the entry's own example)."""

from __future__ import annotations

import pytest

from .support import code, codes, dyads


@pytest.mark.parametrize(
    "text,wanted",
    [
        # phrasal verbs and multi-word expressions
        ("Beijing took aim at Washington over its chip export controls.", ("CHN", "111", "USA")),
        ("Japanese Prime Minister Fumio Kishida sat down with South Korean President Yoon Suk Yeol in Seoul.", ("JPN", "040", "KOR")),
        ("Israeli troops took control of the Palestinian town of Jenin.", ("ISR", "192", "PSE")),
        ("Iraqi forces pushed back Islamic State fighters near Mosul.", ("IRQ", "190", "ISIS")),
        ("Russian drones hit Odesa overnight.", ("RUS", "190", "UKR")),
        # nominalisations carried by a light or support verb
        ("The European Union announced the imposition of sanctions on Iran.", ("EU", "163", "IRN")),
        ("The United States stepped up pressure on Venezuela.", ("USA", "100", "VEN")),
        ("Britain expressed regret over India's decision to expel its diplomats.", ("GBR", "110", "IND")),
        # wider argument frames of existing entries
        ("Israel imposed a siege on Gaza.", ("ISR", "191", "PSE")),
        ("Iran carried out missile strikes inside Pakistan.", ("IRN", "195", "PAK")),
        ("The deployment of Russian troops to Belarus alarmed Poland.", ("RUS", "154", "BLR")),
        ("Italy pledged weapons for Ukraine.", ("ITA", "0332", "UKR")),
        ("Russian troops laid siege to the Ukrainian city of Mariupol.", ("RUS", "191", "UKR")),
        # verbs and phrases of the frequent roots that had no entry
        ("Al-Shabaab militants murdered twelve Kenyan teachers.", ("SOM", "180", "KEN")),
        ("Trump bashed Mexico over migration.", ("USA", "111", "MEX")),
        ("The Pope chastised Hungary over its migrant policy.", ("VAT", "111", "HUN")),
        ("London cautioned Tehran against escalating the conflict.", ("GBR", "130", "IRN")),
        ("The African Union called upon Sudan to end the fighting.", ("AU", "020", "SDN")),
        ("Hungary's Orban took a swipe at the European Union over migration.", ("HUN", "111", "EU")),
        ("Washington pointed the finger at Tehran for the attack.", ("USA", "112", "IRN")),
        ("Germany rounded on Hungary over the veto.", ("DEU", "111", "HUN")),
    ],
)
def test_codebook_expressions(coder, text, wanted):
    assert wanted in codes(code(coder, text, "en"))


def test_mutual_accusations_code_both_sides(coder):
    found = dyads(code(coder, "Serbia and Kosovo traded accusations over the violence in the north.", "en"))
    assert ("SRB", "11", "XKX") in found or ("XKX", "11", "SRB") in found


@pytest.mark.parametrize(
    "text,wanted",
    [
        # a verb of causing whose object comes "from" someone: that one's act against the subject
        ("North Korea launched a missile, prompting condemnation from South Korea.", ("KOR", "111", "PRK")),
        ("Hungary's veto drew sharp criticism from Poland.", ("POL", "111", "HUN")),
    ],
)
def test_reaction_drawn_from_someone(coder, text, wanted):
    assert wanted in codes(code(coder, text, "en"))


def test_push_back_against_criticism_is_no_attack(coder):
    found = dyads(code(coder, "China pushed back against the criticism.", "en"))
    assert not any(r == "19" for _, r, _ in found)


@pytest.mark.parametrize(
    "text,wanted",
    [
        # "from" names who a given or voiced act comes from ("military aid from the United States to Ukraine")
        ("Military aid from Britain to Ukraine has increased.", ("GBR", "072", "UKR")),
        ("Threats from Iran against Israel have grown.", ("IRN", "130", "ISR")),
    ],
)
def test_from_names_the_source_of_an_act_noun(coder, text, wanted):
    assert wanted in codes(code(coder, text, "en"))


def test_withdrawal_from_names_no_source(coder):
    assert ("ISR", "087", "PSE") in codes(code(coder, "Israel withdrew from Gaza in 2005.", "en"))
