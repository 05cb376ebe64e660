"""Orders told by the act they order, and acts ordered of others (events/orders.py).

Every sentence is written here for the construction it shows.
"""

from __future__ import annotations

import pytest

from .support import code, dyads


@pytest.mark.parametrize(
    "lang,text,source,act",
    [
        # No one else is ordered: the leader does the act through the state, with no second,
        # target-less demand beside it.
        ("fr", "Dimanche, le Kremlin a ordonné de placer les forces nucléaires en état d'alerte.", "RUS", "15"),
        ("fr", "Le président russe a ordonné à l'armée russe de bombarder le port d'Odessa.", "RUS", "19"),
        ("en", "Putin ordered the Russian army to shell the port of Odessa.", "RUS", "19"),
    ],
)
def test_an_order_to_oneself_is_the_ordered_act(coder, lang, text, source, act):
    found = dyads(code(coder, text, lang))
    assert any(s == source and r == act for s, r, _ in found)
    assert (source, "10", None) not in found


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Le Kremlin a ordonné à l'Ukraine de retirer ses troupes de la frontière."),
        ("en", "The Kremlin ordered Ukraine to withdraw its troops from the border."),
    ],
)
def test_an_act_ordered_of_another_is_only_the_demand(coder, lang, text):
    found = dyads(code(coder, text, lang))
    assert ("RUS", "10", "UKR") in found
    assert not any(r == "08" for _, r, _ in found)


def test_the_one_ordered_through_a_preposition_does_the_act(coder):
    # "a ordonné à la police de disperser …": the police disperse, not the minister.
    events = code(coder, "Le ministre de l'Intérieur a ordonné à la police de disperser les manifestants à Paris.", "fr")
    dispersals = [e for e in events if e.cameo.root == "17"]
    assert dispersals and all(e.source.actor.sector == "COP" for e in dispersals)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Putin ordered the army to attack Ukraine."),
    ],
)
def test_an_order_to_unnamed_forces_is_the_ordered_act(coder, lang, text):
    # The army names no actor: it is the leader's own, and the order is no demand made of Ukraine.
    found = dyads(code(coder, text, lang))
    assert ("RUS", "19", "UKR") in found, found
    assert not any(r == "10" for _, r, _ in found), found


@pytest.mark.parametrize(
    "lang,text",
    [
        # Nothing codable is ordered and no one is ordered: no demand made of no one.
        ("en", "President Ortega ordered the creation of a border command for the disputed district."),
        ("en", "Seoul ordered its coast guard and navy to battle stations on Friday."),
    ],
)
def test_an_order_naming_no_one_ordered_is_no_demand(coder, lang, text):
    assert not any(root == "10" for _, root, _ in dyads(code(coder, text, lang)))


def test_an_order_to_another_stays_a_demand(coder):
    # Decoy: the one ordered is named.
    assert any(root == "10" and t == "UKR" for _, root, t in dyads(code(coder, "The Russian president ordered Ukraine to withdraw its troops.", "en")))
