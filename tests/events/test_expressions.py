"""Multi-word expressions and their words: who reports an act is no word of its expression; a noun
under a preposition completes an expression; the expression's second word carries the place acted
on. Sentences written for these tests, each with a decoy that must not be read so."""

from __future__ import annotations

import pytest

from .support import code, codes, dyads, pairs as _pairs


@pytest.mark.parametrize(
    "text",
    [
        "Le Niger a expulsé des migrants vers le Mali, selon une ONG locale.",
        "Le Niger a expulsé des migrants maliens, d'après une ONG.",
    ],
)
def test_who_reports_an_act_is_no_word_of_its_expression(coder, text):
    found = {(src, c, tgt) for src, c, tgt in codes(code(coder, text, "fr"))}
    assert ("NER", "174", "MLI") in found
    assert not any(c == "1663" for _, c, _ in found)


def test_an_expelled_ngo_is_still_the_expression(coder):
    # Decoy: the NGO is the object, not the reporter.
    assert any(c == "1663" for _, c, _ in codes(code(coder, "Le Niger a expulsé une ONG française.", "fr")))


def test_a_noun_under_a_preposition_completes_an_english_expression(coder):
    # "ask forgiveness": the parser hangs "forgiveness" on "for", not on the verb.
    assert ("KEN", "05", "TZA") in dyads(code(coder, "Kenya asked Tanzania for forgiveness over the border raid.", "en"))
    assert ("KEN", "055", "TZA") in codes(code(coder, "Kenya asked Tanzania for forgiveness over the border raid.", "en"))
    # A plain request stays a request: "asked Tanzania for talks".
    assert not any(root == "05" for _, root, _ in dyads(code(coder, "Kenya asked Tanzania for talks on the border.", "en")))


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Rebels took control of the airport of Kherson on Monday.", "en"),
        ("L'armée russe a pris le contrôle de la centrale de Zaporijjia.", "fr"),
    ],
)
def test_a_place_on_the_expressions_second_word_is_the_target(coder, text, lang):
    assert any(r == "19" and t == "UKR" for _, r, t in _pairs(code(coder, text, lang)))
