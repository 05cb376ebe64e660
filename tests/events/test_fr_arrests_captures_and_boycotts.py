"""French entries (patterns/fr.toml): arrests told by their light verb ("a procédé à des
interpellations"), "se rendre maître de" (taking a place, 192), and boycotting a vote or a
sitting (a protest, 143). Sentences written here."""

from __future__ import annotations

import pytest

from .support import code, codes, pairs


@pytest.mark.parametrize(
    "text,expected",
    [
        # No one named as arrested: the arrests are made of the police's own people (events/rulers.py).
        ("La police béninoise a procédé mardi à trois interpellations à Cotonou.", ("BEN", "17", "BEN")),
        ("La police togolaise a procédé à des arrestations à Lomé.", ("TGO", "17", "TGO")),
        # The one arrested named in the noun's complement.
        ("La police géorgienne a procédé à l'interpellation de plusieurs opposants géorgiens.", ("GEO", "17", "GEO")),
    ],
)
def test_arrests_told_by_procéder(coder, text, expected):
    assert expected in pairs(code(coder, text, "fr"))


def test_procéder_with_another_noun_is_no_arrest(coder):
    # Decoy: "procéder à un remaniement" is no arrest.
    found = pairs(code(coder, "Le Premier ministre malien a procédé à un remaniement du gouvernement.", "fr"))
    assert not any(root == "17" for _, root, _ in found)


def test_se_rendre_maître_de_is_taking_a_place(coder):
    found = codes(code(coder, "Les insurgés du M23 se sont rendus maîtres de la ville congolaise d'Uvira.", "fr"))
    assert any(c == "192" for _, c, _ in found)


def test_se_rendre_alone_is_a_visit_not_a_capture(coder):
    # Decoy: "se rendre à" is travel; nothing is taken.
    found = codes(code(coder, "Le président kényan s'est rendu à Kinshasa.", "fr"))
    assert not any(c == "192" for _, c, _ in found)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("L'opposition gabonaise a boycotté les élections législatives.", ("GAB", "14", "GAB")),
        ("Les partis d'opposition guinéens ont boycotté le scrutin.", ("GIN", "14", "GIN")),
    ],
)
def test_boycotting_a_vote_is_a_protest(coder, text, expected):
    found = pairs(code(coder, text, "fr"))
    assert expected in found
    assert not any(root == "16" for _, root, _ in found)


def test_boycotting_another_state_stays_a_sanction(coder):
    # Decoy: a boycott of another state's games is 163, not a protest at home.
    found = codes(code(coder, "Le Canada a boycotté les Jeux olympiques de Pékin.", "fr"))
    assert any(c == "163" for _, c, _ in found)
    assert not any(c == "143" for _, c, _ in found)
