"""A participation expression's complement the parser hangs on the addressee before it ("a fait
part au président kényan de sa compassion") is still the expression's: the feeling is told to
the addressee (events/participation.py). Sentences written for this test, with a decoy."""

from __future__ import annotations

from .support import code, side_codes


def test_feeling_told_after_the_addressee_is_coded_to_it(coder):
    found = side_codes(code(coder, "Le roi du Maroc a fait part au président kényan de sa compassion.", "fr"))
    assert ("MAR", "018", "KEN") in found, found


def test_concern_told_after_the_addressee_is_coded_to_it(coder):
    found = side_codes(code(coder, "La ministre belge a fait part au gouvernement rwandais de sa préoccupation.", "fr"))
    assert ("BEL", "012", "RWA") in found, found


def test_a_word_of_the_addressee_name_is_not_lifted(coder):
    found = side_codes(code(coder, "Le président français a fait part au ministre de la Défense de ses projets.", "fr"))
    assert not any(c[:2] in ("19", "15") for _, c, _ in found), found
