"""French orders whose object is the act ordered ("a ordonné l'arrestation de …", "a ordonné le
départ de l'ambassadeur"): the act is coded as the orderer's with the object's complement as its
target, and no target-less demand (100) beside it (patterns/fr.toml, "ordonner <noun>" entries).
Sentences written here."""

from __future__ import annotations

import pytest

from .support import code, codes, pairs


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Un juge de Lagos a ordonné jeudi l'arrestation de deux ministres nigérians.", ("NGA", "17", "NGA")),
        ("La junte malienne a ordonné le départ de l'ambassadeur de France.", ("MLI", "16", "FRA")),
        ("Un tribunal ukrainien a ordonné la confiscation des avoirs d'un oligarque russe.", ("UKR", "17", "RUS")),
        ("Le gouvernement burkinabè a ordonné la dissolution des partis politiques burkinabè.", ("BFA", "17", "BFA")),
    ],
)
def test_an_ordered_act_is_the_orderers_act(coder, text, expected):
    found = pairs(code(coder, text, "fr"))
    assert expected in found
    # The order is not a demand of its own beside the act.
    assert not any(root == "10" for _, root, _ in found)


def test_an_ordered_mobilisation_is_a_show_of_force(coder):
    found = codes(code(coder, "Le président vénézuélien a ordonné la mobilisation de réservistes.", "fr"))
    assert any(c == "154" for _, c, _ in found)
    assert not any(c.startswith("10") for _, c, _ in found)


def test_an_order_to_another_actor_stays_a_demand(coder):
    # Decoy: the one ordered is named ("à la Russie de retirer"): no act done, a demand to Russia.
    found = pairs(code(coder, "L'Assemblée générale de l'ONU a ordonné à la Russie de retirer ses troupes d'Ukraine.", "fr"))
    assert not any(root == "08" for _, root, _ in found)


def test_an_ordered_noun_with_no_entry_is_not_an_act(coder):
    # Decoy: "la construction d'une route" is no event; only the order may be coded, never a 17 or 16.
    found = pairs(code(coder, "Le président kényan a ordonné la construction d'une route vers la frontière ougandaise.", "fr"))
    assert not any(root in ("16", "17") for _, root, _ in found)
