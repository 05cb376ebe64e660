"""Acts told by a support verb and its noun, and codes chosen by what an act falls on.

Support verbs (GUIDELINES: in a support-verb construction the act is the noun): representations
made or lodged are a formal protest (114); a signature withheld is a text not signed (057,
negated, each signatory alone: pattern field ``negated``); hostilities halted are a truce observed
(0871). Verb data: "démettre de ses fonctions" (172), "remettre / livrer aux autorités" of
another state (063, as "à la justice"), "expulser en masse" (201), armed forces "entrer dans" a town
(190, as English "troops entered"). Senses by object ([senses] ``media_nouns``,
``military_equipment_nouns``, ``weapon_prepositions``): blocking access to social media curbs
speech (1721); destroying tanks is force (190, 195 by aircraft); a killing "in" a drone strike
is told by that weapon (1952).
A party disbanded is banned (1722); a hilltop or a summit seized is territory (192, [senses]
``[object_classes]`` territory). Sentences written for these tests, with decoys."""

from __future__ import annotations

from .support import code


def _side(actor):
    return None if actor is None else actor.organization or actor.country


def full(events):
    """(source side, full CAMEO code, target side, negated) of each event."""
    return {(_side(e.source.actor), e.cameo.code, _side(e.target.actor) if e.target else None, e.negated) for e in events}


def test_representations_made_to_a_government_are_a_protest(coder):
    events = code(coder, "Hanoi made strong representations to Beijing after the survey ship entered its waters.", "en")
    assert ("VNM", "114", "CHN", False) in full(events), events


def test_withheld_signatures_are_each_signatory_not_signing(coder):
    events = code(coder, "Argentina and Chile withheld their signatures from the regional summit's final text.", "en")
    found = full(events)
    assert ("ARG", "057", None, True) in found and ("CHL", "057", None, True) in found, events
    assert not any(e.target is not None and e.cameo.root == "05" for e in events), events


def test_aid_withheld_stays_a_cut_not_negated(coder):
    # decoy: "withhold aid" keeps its own code, told as done
    events = code(coder, "Washington withheld military aid from Cairo last year.", "en")
    assert any(e.cameo.code == "162" and not e.negated for e in events), events


def test_hostilities_halted_by_two_sides_are_a_truce_observed(coder):
    events = code(coder, "Ethiopia and Eritrea halted hostilities along their border in June.", "en")
    assert ("ETH", "0871", "ERI", False) in full(events), events


def test_judges_removed_from_office_are_an_administrative_sanction(coder):
    events = code(coder, "Le régime égyptien a démis de leurs fonctions plusieurs centaines de procureurs.", "fr")
    assert any(e.cameo.code == "172" and _side(e.source.actor) == "EGY" for e in events), events


def test_a_fugitive_handed_to_another_state_s_authorities_is_extradited(coder):
    events = code(coder, "L'Argentine a livré un ancien policier recherché aux autorités de l'Uruguay.", "fr")
    assert ("ARG", "063", "URY", False) in full(events), events


def test_people_expelled_en_masse_are_a_mass_expulsion(coder):
    events = code(coder, "La Tunisie a expulsé en masse des migrants maliens vers le désert.", "fr")
    assert any(e.cameo.code == "201" and _side(e.source.actor) == "TUN" for e in events), events


def test_armed_forces_entering_a_town_use_force(coder):
    events = code(coder, "Des soldats érythréens sont entrés mardi dans la ville éthiopienne d'Adigrat.", "fr")
    assert ("ERI", "190", "ETH", False) in full(events), events


def test_blocking_access_to_social_media_curbs_speech(coder):
    events = code(coder, "The Kenyan government blocked access to Telegram and TikTok during the exams.", "en")
    assert any(e.cameo.code == "1721" and _side(e.source.actor) == "KEN" for e in events), events


def test_blocking_access_to_social_networks_curbs_speech_in_french(coder):
    events = code(coder, "Les autorités tchadiennes ont bloqué l'accès aux réseaux sociaux après le vote.", "fr")
    assert any(e.cameo.code == "1721" and _side(e.source.actor) == "TCD" for e in events), events


def test_blocking_access_to_a_port_stays_an_obstruction(coder):
    # decoy: a way blocked is no curb on speech
    events = code(coder, "Des pêcheurs ont bloqué l'accès au port de Boulogne-sur-Mer.", "fr")
    assert not any(e.cameo.code == "1721" for e in events), events


def test_tanks_destroyed_by_warplanes_are_an_air_strike(coder):
    events = code(coder, "Azerbaijani warplanes destroyed several Armenian tanks near the front line.", "en")
    assert ("AZE", "195", "ARM", False) in full(events), events


def test_armoured_vehicles_destroyed_are_force_in_french(coder):
    events = code(coder, "L'armée malienne a détruit plusieurs blindés des rebelles touareg près de Kidal.", "fr")
    assert any(e.cameo.root == "19" for e in events), events
    assert not any(e.cameo.code == "1712" for e in events), events


def test_silos_destroyed_stay_property_destroyed(coder):
    # decoy: property destroyed keeps its code
    events = code(coder, "Russian troops destroyed Ukrainian grain silos near Izmail.", "en")
    assert any(e.cameo.code == "1712" for e in events), events


def test_a_killing_in_a_drone_strike_is_told_by_its_weapon(coder):
    events = code(coder, "Turkish forces killed three PKK commanders in a drone strike near Sulaymaniyah.", "en")
    assert any(e.cameo.code == "1952" and _side(e.source.actor) == "TUR" for e in events), events


def test_a_court_disbanding_a_party_bans_it(coder):
    events = code(coder, "Cambodia's supreme court disbanded the main opposition party in November.", "en")
    assert any(e.cameo.code == "1722" and _side(e.source.actor) == "KHM" for e in events), events


def test_a_hilltop_seized_is_territory_occupied(coder):
    events = code(coder, "Israeli paratroopers seized a strategic Lebanese hilltop near the border on Monday.", "en")
    assert any(e.cameo.code == "192" and _side(e.source.actor) == "ISR" for e in events), events
