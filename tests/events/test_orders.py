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
