"""Codes chosen by the class of what an act is done to, with, or for (events/object_senses.py,
the ``[[object_sense]]`` rows of patterns/{lang}.toml), rows whose class makes the trigger no act
at all (``sense = "none"``), accidents whose toll is no one's act (events/tolls.py), shows of force
held together (events/reciprocal.py), forces sent within their own country (events/senses.py) and
purpose clauses that restate the act they hang on (events/overlap.py). Sentences written for these
tests, each with a decoy."""

from __future__ import annotations

import pytest

from .support import code, side_codes


def _codes(coder, text, lang):
    return {c for _, c, _ in side_codes(code(coder, text, lang))}


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Moroccan police escorted eleven Senegalese migrants to the Algerian border on Tuesday.", "en"),
        ("La police marocaine a escorté onze migrants sénégalais jusqu'à la frontière algérienne.", "fr"),
    ],
)
def test_people_escorted_to_the_border_are_deported(coder, text, lang):
    found = _codes(coder, text, lang)
    assert "174" in found and "074" not in found, found


def test_ships_escorted_at_sea_stay_protected(coder):
    # decoy: no border; the escort protects
    found = _codes(coder, "Spanish frigates escorted Moroccan cargo ships through the strait on Tuesday.", "en")
    assert "174" not in found, found


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Chilean police fired rubber bullets at students in Santiago on Thursday.", "en"),
        ("Des policiers chiliens ont tiré mardi à Santiago des balles de caoutchouc contre des étudiants.", "fr"),
        ("Des policiers kényans ont tiré jeudi sur des sympathisants de l'opposition à Nairobi.", "fr"),
    ],
)
def test_police_firing_on_a_crowd_represses_it(coder, text, lang):
    found = _codes(coder, text, lang)
    assert "175" in found and "190" not in found, found


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Opposition supporters attacked riot police with stones and tear gas outside parliament in Dhaka on Tuesday.", "en"),
        ("Football fans attacked Italian police officers with bottles and stun grenades near the stadium in Rome on Sunday.", "en"),
    ],
)
def test_a_crowd_using_crowd_control_means_is_no_repression(coder, text, lang):
    # the means of crowd control in a crowd's hands: only the state's forces repress (175)
    found = _codes(coder, text, lang)
    assert "175" not in found and "190" in found, found


def test_fire_at_soldiers_stays_an_attack(coder):
    # decoy: live fire on soldiers, no crowd, no means of crowd control
    found = _codes(coder, "Des soldats israéliens ont tiré jeudi sur une patrouille de soldats libanais près de la frontière.", "fr")
    assert "175" not in found, found


def test_leaving_a_treaty_cuts_ties(coder):
    found = _codes(coder, "Moscow pulled out of the Open Skies Treaty in 2021, two years after Washington.", "en")
    assert any(c.startswith("16") for c in found) and "087" not in found, found


def test_troops_pulled_out_of_a_country_withdraw(coder):
    found = _codes(coder, "Chad pulled its troops out of northern Cameroon on Monday.", "en")
    assert not any(c.startswith("16") for c in found), found


@pytest.mark.parametrize(
    "text,lang,wanted",
    [
        ("A court in Lima ordered the former Peruvian minister detained for 18 months on Friday.", "en", "173"),
        ("Un juge de Sucre a ordonné mercredi que l'ancien ministre bolivien soit écroué.", "fr", "173"),
    ],
)
def test_detention_ordered_is_an_arrest(coder, text, lang, wanted):
    found = _codes(coder, text, lang)
    assert wanted in found and "100" not in found, found


def test_a_release_ordered_is_no_arrest(coder):
    # decoy: "detained" describes the reporters; the order frees them
    found = _codes(coder, "A Bolivian judge ordered the detained Chilean reporters freed on Monday.", "en")
    assert "173" not in found, found


def test_a_ship_loaded_with_aid_is_aid(coder):
    found = side_codes(code(coder, "Le Japon a dépêché vers les Tonga un navire chargé de vivres et de tentes.", "fr"))
    assert ("JPN", "073", "TON") in found, found


def test_a_warship_sent_with_no_aid_stays_a_deployment(coder):
    found = _codes(coder, "Le Japon a dépêché vers les Tonga un navire de guerre après les menaces chinoises.", "fr")
    assert "073" not in found, found


def test_rebels_giving_themselves_up_to_the_army_surrender(coder):
    found = _codes(coder, "Une trentaine de rebelles congolais se sont rendus à l'armée congolaise dans le Nord-Kivu.", "fr")
    assert "0874" in found and "042" not in found, found


def test_a_leader_going_to_a_capital_visits(coder):
    # decoy: "se rendre à" a place is a trip
    found = _codes(coder, "Le chef du gouvernement allemand s'est rendu mardi à Pékin.", "fr")
    assert "042" in found and "0874" not in found, found


def test_giving_up_a_trip_refuses_the_meeting(coder):
    found = _codes(coder, "Le président brésilien a renoncé à se rendre au sommet de Buenos Aires.", "fr")
    assert "125" in found and "080" not in found, found


def test_giving_up_a_reform_yields(coder):
    # decoy: what is given up is a plan, no meeting
    found = _codes(coder, "Le gouvernement kényan a finalement renoncé mardi à sa hausse d'impôts.", "fr")
    assert "125" not in found, found


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Thailand welcomed more than 30 million foreign tourists in 2019.", "en"),
        ("La Thaïlande a accueilli plus de 30 millions de touristes étrangers en 2019.", "fr"),
    ],
)
def test_visitors_welcomed_are_no_act(coder, text, lang):
    assert not code(coder, text, lang)


def test_a_leader_welcomed_is_still_hosted(coder):
    found = _codes(coder, "La Grèce a accueilli le Premier ministre turc à Athènes.", "fr")
    assert "043" in found, found


def test_an_island_claimed_by_a_state_is_no_claim_of_responsibility(coder):
    found = _codes(coder, "L'île, revendiquée par la Chine, est administrée par le Japon.", "fr")
    assert "015" not in found, found


def test_an_attack_claimed_stays_a_claim(coder):
    found = _codes(coder, "L'État islamique a revendiqué l'attaque contre l'armée nigériane.", "fr")
    assert "015" in found, found


@pytest.mark.parametrize(
    "text,lang",
    [
        ("A Russian cargo plane crashed near Kabul on Monday, killing all 12 crew members.", "en"),
        ("Un avion militaire russe s'est écrasé près de Moscou, tuant les 15 personnes à bord.", "fr"),
    ],
)
def test_an_accident_s_toll_is_no_act(coder, text, lang):
    assert not any(e.cameo.root in ("18", "19", "20") for e in code(coder, text, lang))


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Malian and Burkinabe soldiers patrolled the border region jointly on Tuesday.", "en"),
        ("Des soldats maliens et burkinabè patrouillent conjointement la zone frontalière.", "fr"),
    ],
)
def test_sides_patrolling_together_cooperate(coder, text, lang):
    found = side_codes(code(coder, text, lang))
    assert ("MLI", "062", "BFA") in found and not any(c == "150" for _, c, _ in found), found


def test_police_sent_within_their_own_country_are_deployed(coder):
    found = _codes(coder, "Kenya deployed 5,000 police officers in Nairobi on Monday to secure the streets before the march.", "en")
    assert "153" in found and "074" not in found, found


def test_police_sent_to_help_another_state_protect_it(coder):
    found = side_codes(code(coder, "Kenya deployed 1,000 police officers to Haiti to help secure the capital.", "en"))
    assert ("KEN", "074", "HTI") in found, found


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Le Maroc a convoqué l'ambassadeur algérien pour protester contre ces propos.", "fr"),
        ("The Indian foreign ministry summoned the Nepalese ambassador to protest against the new map.", "en"),
    ],
)
def test_a_summons_to_protest_is_one_act(coder, text, lang):
    events = code(coder, text, lang)
    assert len(events) == 1 and events[0].cameo.code == "114", events


def test_a_seat_of_power_seized_is_occupied(coder):
    found = _codes(coder, "Mutinous soldiers seized the parliament building in Bamako.", "en")
    assert "192" in found and "171" not in found, found


@pytest.mark.parametrize(
    "text,lang",
    [
        ("La journaliste maltaise, qui enquêtait sur la corruption du gouvernement, a été menacée.", "fr"),
        ("The Kenyan reporter was investigating corruption in the police when he was threatened.", "en"),
    ],
)
def test_a_journalist_investigating_is_no_inquiry(coder, text, lang):
    assert not any(e.cameo.root == "09" for e in code(coder, text, lang))


def test_an_agency_investigating_still_inquires(coder):
    found = _codes(coder, "Kenya's anti-graft agency opened an investigation into kickbacks paid to the finance minister.", "en")
    assert "091" in found, found


def test_rejecting_a_claim_of_what_ought_to_be_rejects_a_demand(coder):
    found = _codes(coder, "Mexico rejected Washington's assertion that Mexican troops must guard the border.", "en")
    assert "120" in found and "016" not in found, found


def test_rejecting_a_claim_of_what_was_done_denies_it(coder):
    # decoy: the claim tells an act, an accusation
    found = _codes(coder, "Mexico rejected Washington's claims that Mexican troops had fired on American agents.", "en")
    assert "016" in found, found


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Des manifestants péruviens ont bloqué plusieurs tronçons de l'autoroute vers Lima.", "fr"),
        ("Peruvian protesters blocked several stretches of the highway to Lima on Monday.", "en"),
    ],
)
def test_stretches_of_a_road_blocked_block_the_road(coder, text, lang):
    found = _codes(coder, text, lang)
    assert any(c.startswith("144") for c in found) and "120" not in found, found
