"""A noun's own name after it wins over its owner (actors/apposed.py): "the UN force UNIFIL", "a
militant group, al-Shabaab,". Sentences written for these tests, each with a decoy that must not be
read so."""

from __future__ import annotations

from .support import actor_mentions, with_word


# A noun's own name after it ---------------------------------------------------------------------


def test_a_forces_apposed_name_wins_over_its_owner(coder):
    mentions = actor_mentions(coder, "Israel asked the UN peacekeeping force UNIFIL to move away from the border on Sunday.", "en")
    force = with_word(mentions, "force")
    assert [m[2] for m in force] == ["UNIFIL"]


def test_a_force_with_no_name_stays_its_owners(coder):
    # Decoy: no name after the noun.
    mentions = actor_mentions(coder, "Israel asked the UN peacekeeping force to move away from the border on Sunday.", "en")
    assert [m[2] for m in with_word(mentions, "force")] != ["UNIFIL"]
    assert all(m[2] != "UNIFIL" for m in mentions)


def test_a_group_noun_takes_its_apposed_organisation(coder):
    mentions = actor_mentions(coder, "A Somali militant group, al-Shabaab, said on Monday it had carried out the bombing.", "en")
    group = [m for m in mentions if m[0].endswith("group")]
    assert [m[2] for m in group] == ["AL-SHABAAB"]


def test_a_group_noun_with_no_apposed_name_is_no_actor(coder):
    # Decoy: the group is not named; nothing was named before it either.
    mentions = actor_mentions(coder, "An armed group attacked the village on Monday, residents said.", "en")
    assert not [m for m in mentions if m[0].endswith("group")]


def test_a_group_noun_with_an_apposed_person_is_no_organisation(coder):
    # Decoy: the name after the group is a person's, no organisation.
    mentions = actor_mentions(coder, "A rights group, Amina Yusuf said, had documented the killings.", "en")
    assert not [m for m in mentions if m[0].endswith("group") and m[2] is not None]
