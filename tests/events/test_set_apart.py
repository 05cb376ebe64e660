"""A participle or purpose clause the parser hung on a noun that names no actor (events/set_apart.py):
its act is the subject's of the clause the noun belongs to. Sentences written for these tests."""

from __future__ import annotations

from .support import code, pairs as _pairs


def test_a_purpose_clause_hung_on_an_instrument_is_the_subjects_act(coder):
    # The parser hangs "pour protester" on "tracteurs": the farmers protest.
    text = (
        "Des agriculteurs espagnols ont bloqué jeudi avec leurs tracteurs les accès au port de Valence "
        "pour protester contre la politique agricole de la Commission européenne."
    )
    found = _pairs(code(coder, text, "fr"))
    assert any(source == "ESP" and root == "14" for source, root, _ in found), found


def test_a_clause_hung_on_a_noun_with_no_comma_nor_purpose_word_is_not_the_subjects(coder):
    # Decoy: "dénonçant" qualifies the banners; nothing sets it apart as the farmers' own act.
    text = (
        "Des agriculteurs espagnols ont bloqué jeudi le port de Valence avec des tracteurs "
        "portant des banderoles dénonçant la Commission européenne."
    )
    found = _pairs(code(coder, text, "fr"))
    assert not any(root == "11" for _, root, _ in found), found
