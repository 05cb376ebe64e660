"""People tied to a side by a linking word or working for it (actor_words.toml [links]): "Gunmen
working for a cartel", "Fighters loyal to the Houthis", "Men claiming to belong to al-Shabaab", "A
spokesperson for the army". Sentences written for these tests, each with a decoy that must not be
read so."""

from __future__ import annotations

from .support import actor_mentions


def test_gunmen_working_for_a_cartel_are_the_cartels(coder):
    mentions = actor_mentions(coder, "Gunmen working for the Sinaloa Cartel ambushed a patrol outside Culiacan late on Friday.", "en")
    assert [m[1:4] for m in mentions if m[0] == "Gunmen"] == [("MEX", "SINALOA-CARTEL", "CRM")]


def test_men_claiming_to_belong_to_a_group_are_that_groups(coder):
    mentions = actor_mentions(coder, "Men claiming to belong to al-Shabaab seized two lorries near Garissa at dawn.", "en")
    assert [m[2] for m in mentions if m[0] == "Men"] == ["AL-SHABAAB"]


def test_a_spokesperson_for_a_body_is_that_bodys(coder):
    mentions = actor_mentions(coder, "A spokesperson for the Kenyan police gave no figures on the raid.", "en")
    assert [m[1:4] for m in mentions if m[0] == "A spokesperson"] == [("KEN", None, "COP")]


def test_a_sector_noun_loyal_to_a_group_is_that_groups(coder):
    mentions = actor_mentions(coder, "Fighters loyal to the Houthis shelled a Saudi border post overnight.", "en")
    assert [m[2] for m in mentions if m[0] == "Fighters"] == ["HOUTHIS"]


def test_a_man_from_a_state_by_its_name_is_no_actor(coder):
    # Decoy: a man "from Kenya" is from the country, not acting for its state.
    mentions = actor_mentions(coder, "A man from Kenya won the marathon in Boston on Monday.", "en")
    assert not [m for m in mentions if m[0] == "A man"]
