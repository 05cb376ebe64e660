"""The status of an act (events/modality.py), coded by the real pipeline.

Every sentence is written here for the construction it shows.
"""

from __future__ import annotations

from .support import code, dyads


def test_an_act_asked_of_the_object_is_not_coded_when_hung_on_the_object(coder):
    # The parser hangs "à reprendre les négociations" on the ones asked: still only asked for.
    found = dyads(code(coder, "L'ONU a appelé l'armée soudanaise et les FSR à reprendre les négociations.", "fr"))
    assert ("UN", "02", "SDN") in found
    assert not any(root == "04" for _, root, _ in found)
