"""Acts addressed to no one named (events/rulers.py): a country's society demands of and
threatens its own rulers, a government concedes to its own people; the state's agents, armed
groups and acts that name their addressee are left as they are. Sentences written for these
tests, with decoys that must not be read so."""

from __future__ import annotations

from .support import code, dyads


def _home(events, root):
    """(source country, source sector, target country, target sector) of the events of a root."""
    return {
        (e.source.actor.country, e.source.actor.sector, e.target.actor.country if e.target else None, e.target.actor.sector if e.target else None)
        for e in events
        if e.cameo.root == root
    }


def test_a_union_demand_with_no_addressee_is_made_of_its_government(coder):
    events = code(coder, "Peru's main labour unions demanded higher pensions on Monday.", "en")
    assert ("PER", "LAB", "PER", "GOV") in _home(events, "10"), _home(events, "10")


def test_an_opposition_demand_in_french_is_made_of_its_government(coder):
    events = code(coder, "L'opposition gabonaise a exigé lundi la publication des résultats bureau par bureau.", "fr")
    assert ("GAB", "OPP", "GAB", "GOV") in _home(events, "10"), _home(events, "10")


def test_a_union_threat_with_no_addressee_is_made_to_its_government(coder):
    events = code(coder, "Les syndicats d'enseignants sénégalais menacent d'une grève illimitée à la rentrée.", "fr")
    assert ("SEN", "LAB", "SEN", "GOV") in _home(events, "13"), _home(events, "13")


def test_a_prime_minister_who_resigns_yields_to_the_people(coder):
    events = code(coder, "Le Premier ministre malgache a démissionné mardi.", "fr")
    assert ("MDG", "GOV", "MDG", "CVL") in _home(events, "08"), _home(events, "08")


def test_a_demand_that_names_whom_it_is_made_of_keeps_that_addressee(coder):
    # Decoy: the foreign state asked to act is named.
    events = code(coder, "Bolivian farmers demanded on Monday that Chile reopen the border.", "en")
    found = dyads(events)
    assert ("BOL", "10", "CHL") in found, found
    assert ("BOL", "10", "BOL") not in found, found


def test_a_government_demand_gets_no_home_addressee(coder):
    # Decoy: a state's own demand is not addressed to itself.
    events = code(coder, "The Kenyan government demanded better terms on Monday.", "en")
    assert all(target is None for _, _, target, _ in _home(events, "10")), _home(events, "10")


def test_rebels_demands_get_no_home_addressee(coder):
    # Decoy: whom armed groups address is not their country's rulers by default.
    events = code(coder, "Des rebelles maliens ont exigé mardi la libération de leurs combattants.", "fr")
    assert all(target != "MLI" for _, _, target, _ in _home(events, "10")), _home(events, "10")


def test_rebels_who_lay_down_their_arms_yield_to_no_one_unnamed(coder):
    # Decoy: only a government's concession goes to its own people.
    events = code(coder, "Colombian rebels laid down their arms on Sunday.", "en")
    assert _home(events, "08") == {("COL", "REB", None, None)}, _home(events, "08")


def test_an_army_that_backs_down_yields_to_no_one_unnamed(coder):
    # Decoy: the army is the state's, but not its rulers.
    events = code(coder, "The Colombian army backed down on Sunday.", "en")
    assert _home(events, "08") == {("COL", "MIL", None, None)}, _home(events, "08")


def test_a_government_backing_down_is_not_read_as_yielding_to_its_people(coder):
    # Decoy: backing down (080) may be to anyone, foreign pressure included: no home target.
    events = code(coder, "Moscow backed down in the face of Western pressure.", "en")
    assert all(target != "RUS" for _, _, target, _ in _home(events, "08")), _home(events, "08")


def test_a_government_lifting_its_curfew_eases_it_for_its_people(coder):
    events = code(coder, "Le gouvernement tchadien a levé vendredi le couvre-feu à N'Djamena.", "fr")
    assert any(target == "TCD" for _, _, target, _ in _home(events, "08")), _home(events, "08")


def test_police_arrests_with_no_one_named_are_made_of_its_people(coder):
    events = code(coder, "La police kényane a procédé dimanche à plus de 500 arrestations.", "fr")
    assert ("KEN", "COP", "KEN", "CVL") in _home(events, "17"), _home(events, "17")


def test_a_legislature_lifting_the_state_of_emergency_eases_it_for_its_people(coder):
    events = code(coder, "Le Parlement péruvien a levé jeudi l'état d'urgence en vigueur depuis mars.", "fr")
    assert ("PER", "LEG", "PER", "CVL") in _home(events, "08"), _home(events, "08")


def test_a_ruler_named_by_no_office_who_resigns_yields_to_the_people(coder):
    events = code(coder, "L'ancien président Evo Morales a remis sa démission dimanche.", "fr")
    assert any(target == "BOL" and sector == "CVL" for _, _, target, sector in _home(events, "08")), _home(events, "08")


def test_unions_calling_off_a_strike_yield_to_their_rulers(coder):
    events = code(coder, "Les syndicats argentins ont suspendu mercredi leur grève générale.", "fr")
    assert ("ARG", "LAB", "ARG", "GOV") in _home(events, "08"), _home(events, "08")


def test_police_arrests_in_english_are_made_of_its_people(coder):
    events = code(coder, "The Kenyan police made more than 500 arrests on Sunday.", "en")
    assert ("KEN", "COP", "KEN", "CVL") in _home(events, "17"), _home(events, "17")


def test_a_country_named_alone_coerces_no_one_unnamed(coder):
    # Decoy: a state named alone may act abroad; its own people are not assumed.
    events = code(coder, "Russia carried out a cyberattack on Friday.", "en")
    assert all(target != "RUS" for _, _, target, _ in _home(events, "17")), _home(events, "17")


def test_a_police_threat_against_anyone_who_is_made_to_its_people(coder):
    events = code(coder, "Kenya's police warned on Friday that anyone who loots shops during the strike will be shot.", "en")
    assert ("KEN", "COP", "KEN", "CVL") in _home(events, "13"), _home(events, "13")


def test_une_menace_contre_toute_tentative_vise_la_population(coder):
    events = code(coder, "Le président tchadien a averti jeudi que toute tentative de troubler l'ordre public serait sévèrement réprimée.", "fr")
    assert ("TCD", "GOV", "TCD", "CVL") in _home(events, "13"), _home(events, "13")


def test_a_state_threat_saying_no_anyone_gets_no_home_addressee(coder):
    # Decoy: a threat to act on a thing, with no word such as "anyone": left with no addressee.
    events = code(coder, "Iran threatened on Friday to close the Strait of Hormuz.", "en")
    assert all(target != "IRN" for _, _, target, _ in _home(events, "13")), _home(events, "13")
