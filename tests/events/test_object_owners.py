"""Whom an act is done to when its object names no one itself: the object's doer or owner
(events/object_owners.py), the subject a clitic in a relative clause cannot stand for
(events/pronouns.py), and the people an act hurt (events/addressed.py)."""

from __future__ import annotations

from .support import code, pairs, side_codes


def test_a_possessive_owner_guessed_for_the_country_is_the_target(coder):
    text = "Canada's foreign minister sharply criticised the police's handling of the rally in Ottawa."
    found = pairs(code(coder, text, "en"))
    assert ("CAN", "11", "CAN") in found, found


def test_an_agent_the_parser_hung_on_an_active_verb_belongs_to_its_object(coder):
    text = "Le ministre italien a vivement critiqué la gestion de la crise par les autorités libyennes."
    found = pairs(code(coder, text, "fr"))
    assert ("ITA", "11", "LBY") in found, found


def test_a_participle_of_belonging_names_the_owner(coder):
    text = "French customs officers seized a cargo ship belonging to a Russian company on Tuesday."
    found = pairs(code(coder, text, "en"))
    assert ("FRA", "17", "RUS") in found, found
    assert ("FRA", "17", "FRA") not in found, found


def test_a_participle_of_belonging_on_what_an_amount_counts(coder):
    text = "Italian prosecutors seized forty tonnes of steel belonging to a Ukrainian firm."
    found = pairs(code(coder, text, "en"))
    assert ("ITA", "17", "UKR") in found, found


def test_a_french_participle_of_belonging_names_the_owner(coder):
    text = "Les douanes françaises ont saisi mardi un cargo appartenant à une société russe."
    found = pairs(code(coder, text, "fr"))
    assert ("FRA", "17", "RUS") in found, found


def test_a_dative_clitic_in_a_relative_is_not_the_relative_subject(coder):
    text = "Le Mali a rejeté vendredi la plainte du Niger, qui lui reproche d'abriter des jihadistes."
    found = pairs(code(coder, text, "fr"))
    assert ("NER", "11", "MLI") in found, found


def test_an_apology_to_the_kin_of_the_dead_goes_to_the_own_civilians(coder):
    events = code(coder, "The Japanese prime minister apologised to the relatives of the dead on Monday.", "en")
    found = {(e.source.actor.country, e.cameo.code, e.target.actor.code if e.target else None) for e in events}
    assert ("JPN", "055", "JPNCVL") in found, found


def test_a_french_apology_to_the_families_goes_to_the_own_civilians(coder):
    events = code(coder, "Le président chilien a demandé pardon aux familles des disparus.", "fr")
    found = {(e.source.actor.country, e.cameo.code, e.target.actor.code if e.target else None) for e in events}
    assert ("CHL", "055", "CHLCVL") in found, found


def test_a_passive_participle_condemns_the_owner_of_what_it_qualifies(coder):
    text = "Israel announced the completion of its military exercise, criticised by Egypt."
    found = pairs(code(coder, text, "en"))
    assert ("EGY", "11", "ISR") in found, found


def test_a_french_passive_participle_condemns_the_owner_of_what_it_qualifies(coder):
    text = "L'Iran a annoncé l'achèvement de ses manœuvres navales, dénoncées par Bahreïn."
    found = pairs(code(coder, text, "fr"))
    assert ("BHR", "11", "IRN") in found, found



def test_an_owner_named_on_the_expressions_own_noun_is_the_target(coder):
    # "des avoirs appartenant à …" hangs on "la confiscation", the expression's second word.
    text = "La justice belge a ordonné la confiscation des avoirs appartenant à un oligarque russe."
    found = side_codes(code(coder, text, "fr"))
    assert ("BEL", "1711", "RUS") in found, found
