"""The "by" phrase of an event noun names its doers (events/noun_roles.py), even actors whose
country is only the article's: a by-phrase is an argument of the act, not a modifier of the noun.
Sentences written for these tests, with a decoy that must not be read so."""

from __future__ import annotations

from .support import code, codes


def test_an_arrest_by_soldiers_is_the_soldiers_act(coder):
    text = (
        "Police fired tear gas in Harare on Friday. The arrest of opposition leader Nelson Chamisa by "
        "soldiers at his home in Harare was condemned by his party."
    )
    found = codes(code(coder, text, "en"))
    assert ("ZWE", "173", "ZWE") in found, found


def test_une_arrestation_par_des_gendarmes(coder):
    text = (
        "La police a dispersé une manifestation à Conakry jeudi. L'arrestation du journaliste Mamadou "
        "Diallo par des gendarmes a été dénoncée par son syndicat."
    )
    found = codes(code(coder, text, "fr"))
    assert ("GIN", "173", "GIN") in found, found


def test_a_guessed_actor_as_the_nouns_modifier_is_still_no_doer(coder):
    # Decoy: "police" qualifies the noun ("the police arrest"): a modifier whose country is only
    # the article's names no doer, so the arrest is not coded.
    text = "The police arrest of a journalist in Harare on Friday sparked outrage."
    found = codes(code(coder, text, "en"))
    assert not any(c.startswith("17") for _, c, _ in found), found
