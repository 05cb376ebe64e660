"""Where an act happened (events/located.py): the places its own clause names."""

from __future__ import annotations

from .support import code


def _located(events, root):
    event = next(e for e in events if e.cameo.root == root)
    return event.location.place.country if event.location is not None and event.location.place else None


def test_a_two_word_french_preposition_split_by_the_parser(coder):
    # "près d'une base": the parser hangs "près" on the noun as an adverb.
    events = code(coder, "Les jihadistes du JNIM ont attaqué dimanche des soldats maliens près d'un camp militaire de Tombouctou.", "fr")
    assert _located(events, "19") == "MLI"


def test_a_place_on_the_noun_an_act_noun_qualifies(coder):
    events = code(coder, "Le gouvernement néerlandais a relevé mardi le niveau d'alerte terroriste à Rotterdam.", "fr")
    located = [e for e in events if e.location is not None]
    assert located and all(e.location.place.country == "NLD" for e in located)


def test_a_bare_participle_happens_where_its_clause_does(coder):
    events = code(coder, "Police officers searched the offices of an opposition newspaper in Harare on Friday, seizing its computers.", "en")
    seizing = [e for e in events if e.trigger.text == "seizing"]
    assert seizing and seizing[0].location is not None and seizing[0].location.place.country == "ZWE"
    # A participle with its own subject is a clause of its own: no place lent.
    events = code(coder, "Police officers searched the offices of an opposition newspaper in Harare on Friday, the editor saying nothing.", "en")
    assert all(e.location is None or e.trigger.text != "saying" for e in events)


def test_an_act_noun_takes_the_place_of_the_verb_it_is_the_subject_of(coder):
    events = code(coder, "Clashes between soldiers and rebel fighters erupted in Juba on Monday.", "en")
    assert _located(events, "19") == "SSD"


def test_an_act_in_a_relative_clause_takes_the_place_of_the_clause_it_hangs_on(coder):
    events = code(coder, "La police a dispersé jeudi à Bamako des commerçants qui bloquaient une route nationale.", "fr")
    assert _located(events, "14") == "MLI"


def test_a_place_owning_a_locative_phrases_noun(coder):
    events = code(coder, "Police detained an opposition leader at Nairobi's main airport on Monday.", "en")
    assert _located(events, "17") == "KEN"


def test_a_place_several_of_phrases_below_a_locative_phrase(coder):
    events = code(coder, "Des soldats maliens ont tué lundi trois civils dans un marché du quartier de la gare de Mopti.", "fr")
    assert _located(events, "19") == "MLI"


def test_an_act_said_about_another_act_is_not_where_that_act_was(coder):
    events = code(coder, "The European Union condemned the arrest of a blogger in Minsk.", "en")
    assert _located(events, "11") is None


def test_a_visit_happens_where_it_goes(coder):
    events = code(coder, "The Ghanaian president made a state visit to Senegal on Tuesday.", "en")
    assert _located(events, "04") == "SEN"


def test_relief_sent_to_a_country_is_delivered_there(coder):
    events = code(coder, "Le Maroc a envoyé lundi au Liban des tentes et des couvertures.", "fr")
    assert _located(events, "07") == "LBN"


def test_a_town_that_says_where_a_participant_is(coder):
    events = code(coder, "Des militants ont été interpellés samedi par la police de Lyon.", "fr")
    assert _located(events, "17") == "FRA"


def test_a_town_in_a_contraction(coder):
    events = code(coder, "Le président tchadien a signé jeudi au Caire un accord de coopération avec l'Égypte.", "fr")
    assert _located(events, "05") == "EGY"


def test_a_small_town_of_the_countries_at_hand_over_a_foreign_citys_other_name(coder):
    events = code(coder, "Azerbaijani troops shelled the Armenian town of Jermuk on Monday, officials in Yerevan said.", "en")
    assert _located(events, "19") == "ARM"


def test_a_body_of_a_town_sits_there(coder):
    events = code(coder, "A Tehran court sentenced a French tourist to five years in prison.", "en")
    assert _located(events, "11") == "IRN"


def test_the_place_force_was_used_on_before_the_dateline(coder):
    events = code(coder, "CAIRO, March 3 (Reuters) - Israeli aircraft bombed the town of Rafah on Sunday.", "en")
    assert _located(events, "19") == "PSE"


def test_an_acronym_before_a_participant_is_no_town(coder):
    # GeoNames has a town under the letters ADF; the rebels are no place.
    events = code(coder, "ADF rebels killed nine farmers with machetes in an overnight raid on a remote village.", "en")
    assert events and all(e.location is None for e in events)
