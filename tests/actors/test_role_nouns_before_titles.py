"""A title headed by a role noun ("opposition leader", "rebel leader") with a country and no office is
that sector's, not a ruler's (diurna.actors.mentions)."""

from __future__ import annotations

from tests.actors.support import mentions_without_entity


def _found(coder, text):
    return {m[0]: m[1:] for m in mentions_without_entity(coder, text, "en")}


def test_opposition_leader_and_the_name_after_are_the_opposition(coder):
    found = _found(coder, "Tanzanian opposition leader Amani Kisoki criticised the police.")
    assert found["Tanzanian opposition leader"] == ("TZA", None, "OPP")
    assert all(side != ("TZA", None, "GOV") for side in found.values())


def test_rebel_leader_is_a_rebel(coder):
    found = _found(coder, "Sudanese rebel leader Amani Kisoki criticised the army.")
    assert found["Sudanese rebel leader"] == ("SDN", None, "REB")


def test_a_bare_leader_stays_a_ruler(coder):
    # Decoy: no role noun before the title: the state's leader.
    found = _found(coder, "The Tanzanian leader criticised the opposition.")
    assert found["The Tanzanian leader"] == ("TZA", None, "GOV")
