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
