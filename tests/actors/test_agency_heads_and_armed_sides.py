"""Heads of a UN body and of the African Union Commission (knowledge office_for, offices.toml), and
the state of a bare government or army told by the national armed group of its sentence
(actors/context.py opposed_government); a known surname opening a longer name (actors/atoms.py) and
an adjective parsed as a clause (actors/qualifiers.py). Sentences written for these tests."""

from __future__ import annotations

from .support import actor_mentions, mentions_without_entity, with_word


def test_a_un_body_head_is_the_body_not_the_un(coder):
    found = actor_mentions(coder, "The UN human rights chief warned on Monday that the trials in Minsk were unfair.", "en", "2023-03-06")
    assert [m[1:] for m in with_word(found, "rights chief")] == [(None, "OHCHR", "IGO", "Volker Türk")]
    refugees = actor_mentions(coder, "The UN refugee chief visited camps in Chad on Friday.", "en", "2023-03-06")
    assert [m[1:3] for m in with_word(refugees, "refugee chief")] == [(None, "UNHCR")]
    # Decoy: the UN's own chief stays the UN.
    chief = actor_mentions(coder, "The UN chief visited camps in Chad on Friday.", "en", "2023-03-06")
    assert [m[1:3] for m in with_word(chief, "UN chief")] == [(None, "UN")]


def test_the_au_commission_chair_speaks_for_the_au(coder):
    found = actor_mentions(coder, "The African Union Commission chairperson congratulated Senegal on its peaceful vote.", "en", "2024-04-02")
    assert [m[2] for m in with_word(found, "chairperson")] == ["AU"]


def test_bare_government_forces_belong_to_the_armed_group_they_face(coder):
    found = mentions_without_entity(coder, "Government forces clashed with ELN guerrillas near the Venezuelan border on Monday.", "en")
    assert [m[1] for m in with_word(found, "forces")] == ["COL"]
    # Decoy: bare rebels a state's forces strike are not that state's.
    abroad = mentions_without_entity(coder, "Turkish jets struck Kurdish militants in northern Syria on Monday.", "en")
    assert all(m[1] != "TUR" for m in with_word(abroad, "militants")), abroad


def test_names_of_un_bodies_and_an_islamic_state_branch(coder):
    council = actor_mentions(coder, "The Human Rights Council opened its spring session in Geneva on Monday.", "en")
    assert [m[2] for m in with_word(council, "Council")] == ["UNHRC"]
    rights = actor_mentions(coder, "The top UN human rights body will vote on Friday on a resolution about Belarus.", "en")
    assert [m[2] for m in with_word(rights, "body")] == ["UNHRC"]
    agency = actor_mentions(coder, "The United Nations refugee agency opened a new camp in Chad.", "en")
    assert [m[2] for m in with_word(agency, "agency")] == ["UNHCR"]
    branch = actor_mentions(coder, "Islamic State's Afghan affiliate threatened new attacks in Kabul.", "en")
    assert [m[2] for m in with_word(branch, "affiliate")] == ["ISKP"]


def test_a_known_surname_opening_a_longer_name_is_a_given_name(coder):
    # "Mohamed" alone is Djibouti's prime minister on this day; "Mohamed el-Tayeb" is someone else.
    text = "Le Soudan a fermé sa frontière avec le Tchad. Le président du Conseil souverain, Mohamed el-Tayeb, a démissionné lundi."
    found = mentions_without_entity(coder, text, "fr", "2023-09-12")
    assert all(m[1] != "DJI" for m in found), found


def test_an_adjective_parsed_as_a_clause_passes_its_de_phrase(coder):
    found = mentions_without_entity(coder, "Des jihadistes présumés du JNIM avaient incendié mardi une école près de Mopti.", "fr")
    assert [m[2] for m in with_word(found, "jihadistes")] == ["JNIM"]
    militia = mentions_without_entity(coder, "Des miliciens présumés du CODECO ont tué samedi six orpailleurs en Ituri.", "fr")
    assert [m[2] for m in with_word(militia, "miliciens")] == ["CODECO"]
