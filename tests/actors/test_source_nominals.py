"""Source nominals that stand for an actor: student bodies and their leaders, the people who lead a
movement, an owned noun that does its clause's act, a branch known by its own name. Sentences written
for these tests, each with a decoy that must not be read so."""

from __future__ import annotations

from .support import actor_mentions, mentions_without_entity, with_word


# Students' own bodies and those who lead them ------------------------------------------------------


def test_the_student_movement_is_education(coder):
    mentions = mentions_without_entity(coder, "Au Kenya, le mouvement étudiant a appelé mardi à une grève illimitée.", "fr")
    assert [m[1:] for m in with_word(mentions, "mouvement")] == [("KEN", None, "EDU")]


def test_student_leaders_are_no_government(coder):
    mentions = mentions_without_entity(coder, "In Nairobi, student leaders called on Tuesday for an open-ended strike in Kenya.", "en")
    assert [m[1:] for m in with_word(mentions, "leaders")] == [("KEN", None, "EDU")]


def test_leaders_of_a_movement_with_no_sector_stay_leaders(coder):
    # Decoy: a movement with no student word tells no education side.
    mentions = mentions_without_entity(coder, "In Nairobi, movement leaders called on Tuesday for an open-ended strike in Kenya.", "en")
    assert all(m[3] != "EDU" for m in mentions)


def test_those_who_lead_a_student_union_take_its_side(coder):
    text = "Au Kenya, les meneurs du syndicat étudiant ont reçu mardi le ministre de l'Éducation à Nairobi."
    mentions = mentions_without_entity(coder, text, "fr")
    assert [m[1:] for m in with_word(mentions, "meneurs")] == [("KEN", None, "EDU")]


def test_ringleaders_are_civilians_of_their_place(coder):
    mentions = mentions_without_entity(coder, "Police in Nairobi detained three ringleaders on Tuesday.", "en")
    assert [m[1:] for m in with_word(mentions, "ringleaders")] == [("KEN", None, "CVL")]


# An owned noun that does its clause's act ---------------------------------------------------------------


def test_leaders_of_students_doing_the_act_are_their_countrys(coder):
    # The owner's side, and the sole country named even in the noun's own sentence: it is the subject.
    text = "Les dirigeants des étudiants ont réclamé jeudi le départ du président kényan William Ruto."
    mentions = mentions_without_entity(coder, text, "fr")
    assert [m[1:] for m in with_word(mentions, "dirigeants")] == [("KEN", None, "EDU")]


def test_students_acted_on_stay_unguessed_in_their_own_sentence(coder):
    # Decoy: the students are the object, not the subject: no country guessed in their own sentence.
    text = "Jeudi, William Ruto a reçu dans son bureau les dirigeants des étudiants."
    mentions = mentions_without_entity(coder, text, "fr")
    assert [m[1:] for m in with_word(mentions, "dirigeants")] != [("KEN", None, "EDU")]


# A branch known by its own name ---------------------------------------------------------------------------


def test_a_branch_known_by_a_name_is_that_organisation(coder):
    text = "Al-Qaeda's Sahel affiliate, known as JNIM, seized a town in Burkina Faso on Monday."
    mentions = actor_mentions(coder, text, "en")
    assert [m[2] for m in mentions if m[0].endswith("affiliate")] == ["JNIM"]


def test_a_branch_with_no_name_is_no_actor(coder):
    # Decoy: a bank's branch, with no organisation named before it.
    mentions = actor_mentions(coder, "A branch known for its long queues closed in Nairobi on Monday.", "en")
    assert not with_word(mentions, "branch")
