"""Measures a state takes at home (events/domestic.py, patterns whose target slot has "self"):
a curfew, a state of emergency or an internet cut is done to the people of the state's own
country, also where the text names the town or the country it covers; a place of another
state stays the target. Sentences written for these tests, with decoys."""

from __future__ import annotations

import pytest

from .support import code

code_of = code


def _home(events, code_prefix):
    """(source country, source sector, target country, target sector) of the events of a code."""
    return {
        (e.source.actor.country, e.source.actor.sector, e.target.actor.country if e.target else None, e.target.actor.sector if e.target else None)
        for e in events
        if e.cameo.code.startswith(code_prefix)
    }


def test_a_curfew_in_the_capital_is_on_its_people_not_on_the_government(coder):
    # The capital names the seat of government, which is the source: the event used to be dropped.
    events = code(coder, "The Zambian government imposed a curfew in Lusaka on Wednesday.", "en")
    assert ("ZMB", "GOV", "ZMB", "CVL") in _home(events, "172"), _home(events, "172")


def test_a_country_named_as_where_the_measure_holds_is_its_people(coder):
    events = code(coder, "Zambia declared a nationwide state of emergency across Zambia on Monday.", "en")
    assert ("ZMB", None, "ZMB", "CVL") in _home(events, "172"), _home(events, "172")


def test_a_french_curfew_in_a_town_is_on_its_people(coder):
    events = code(coder, "Les autorités zambiennes ont instauré un couvre-feu à Ndola.", "fr")
    assert ("ZMB", "GOV", "ZMB", "CVL") in _home(events, "172"), _home(events, "172")


def test_a_french_state_of_emergency_with_no_place_is_on_the_own_people(coder):
    events = code(coder, "Le Malawi a proclamé l'état d'urgence pour trente jours.", "fr")
    assert ("MWI", None, "MWI", "CVL") in _home(events, "172"), _home(events, "172")


def test_a_curfew_on_another_states_land_keeps_that_target(coder):
    # Decoy: the place is not the source's own, so it is no people at home.
    events = code(coder, "L'armée rwandaise a imposé un couvre-feu à Goma.", "fr")
    found = _home(events, "172")
    assert found and all(target == "COD" for _, _, target, _ in found), found


def test_civilians_a_foreign_force_kills_are_of_where_the_article_is_set(coder):
    # The article names Syria most, so the actors stage guesses the civilians Syrian; the
    # dateline says where the shelling happened (events/domestic.people_where_hit).
    text = (
        "AMMAN — Syria's army said on Monday that its artillery had shelled smugglers' positions overnight. "
        "Syria's defence ministry said the operation would go on.\n\n"
        "The Jordanian prime minister condemned the Syrian shelling, which he said had killed three civilians."
    )
    found = _home(code(coder, text, "en"), "19")
    assert ("SYR", None, "JOR", "CVL") in found, found
    assert not any(target == "SYR" for _, _, target, _ in found), found


def test_civilians_of_the_doers_own_country_stay_so_where_it_is_set(coder):
    # Decoy: an army at home, datelined at home, kills its own civilians.
    text = "NAYPYIDAW — Myanmar's army said on Monday that its soldiers had killed six civilians in a raid."
    found = {(s, t) for s, _, t, _ in _home(code(coder, text, "en"), "1")}
    assert all(t in (None, "MMR") for _, t in found), found


def test_property_a_foreign_force_damages_is_of_where_the_dateline_sets_it(coder):
    # The dateline "Odessa, 5 mars 2024 –" names the place in ordinary case (ingest/text.py).
    text = "Odessa, 5 mars 2024 – Le port a été frappé dans la nuit par des drones russes, qui ont endommagé plusieurs entrepôts, selon les autorités locales."
    found = _home(code(coder, text, "fr"), "17")
    assert ("RUS", "MIL", "UKR", "CVL") in found, found


@pytest.mark.parametrize(
    "text,lang,code",
    [
        ("Les miliciens de la Codeco ont incendié mardi plusieurs villages de l'Ituri.", "fr", "180"),
        ("Separatist fighters torched a school in the Anglophone region of Cameroon.", "en", "180"),
        ("Armed bandits stormed a village in Zamfara state on Sunday.", "en", "190"),
    ],
)
def test_an_armed_groups_arson_or_storming_is_done_to_the_people_not_the_rulers(coder, text, lang, code):
    # A crowd's arson is a riot against its rulers (145); an armed group's is violence on the people
    # there (events/senses.py arson_verbs, assault_verbs; events/domestic.people_not_rulers).
    found = _home(code_of(coder, text, lang), code[:2])
    assert found and all(target_sector != "GOV" for _, _, _, target_sector in found), found


def test_a_crowds_arson_is_still_a_riot_against_its_rulers(coder):
    # Decoy: protesters are a crowd.
    found = _home(code_of(coder, "Des manifestants ont incendié jeudi la préfecture de Kindia.", "fr"), "14")
    assert any(target_sector == "GOV" for _, _, _, target_sector in found), found


def test_a_protest_noun_on_another_act_says_whom_it_is_against(coder):
    # The blockade is that protest: aimed at the party named inside what it is against, not
    # at the protesters' own rulers.
    text = "Czech farmers blocked streets in Prague with tractors on Wednesday as part of a campaign of protests against EU farm subsidies."
    targets = {t[2:] for t in _home(code(coder, text, "en"), "14")}
    assert targets == {(None, "IGO")}, targets


def test_a_protest_noun_against_a_domestic_thing_still_targets_the_own_rulers(coder):
    events = code(coder, "Greek farmers blocked roads near Larissa on Tuesday, in a protest against the new fuel tax.", "en")
    assert {t[2:] for t in _home(events, "14")} == {("GRC", "GOV")}, _home(events, "14")
