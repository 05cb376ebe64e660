"""Data added for unresolved source names: Mozambique's Renamo and Corsica's FLNC as armed groups of
their states, descriptions of the UN Human Rights Council, and "King Abdullah" / "roi Abdallah" read
by the date (the Saudi king until 2015, Jordan's Abdullah II after). Sentences written for these tests."""

from __future__ import annotations

from ..actors.support import actor_mentions, with_word


def test_renamo_is_mozambique_s_armed_group(coder):
    found = actor_mentions(coder, "Renamo fighters ambushed a police convoy in Sofala province.", "en", "2016-04-02")
    assert [m[1:4] for m in with_word(found, "Renamo")] == [("MOZ", "RENAMO", "REB")], found


def test_le_flnc_est_un_groupe_arme_francais(coder):
    found = actor_mentions(coder, "Les militants du Front de libération nationale corse ont menacé de reprendre la lutte armée.", "fr", "2015-06-10")
    assert [m[1:4] for m in found if "corse" in m[0]] == [("FRA", "FLNC", "REB")], found


def test_la_principale_instance_onusienne_des_droits_humains_est_le_conseil(coder):
    found = actor_mentions(coder, "Jeudi, l'instance onusienne des droits de l'homme, réunie en session spéciale, a dénoncé la répression au Nicaragua.", "fr", "2022-03-31")
    assert [m[2] for m in with_word(found, "instance")] == ["UNHRC"], found


def test_king_abdullah_is_jordan_s_after_the_saudi_king_died(coder):
    found = actor_mentions(coder, "King Abdullah received the Iraqi prime minister in Amman on Sunday.", "en", "2019-02-10")
    assert [m[1] for m in with_word(found, "Abdullah")] == ["JOR"], found


def test_le_roi_abdallah_avant_2015_reste_le_roi_saoudien_dans_son_mandat(coder):
    # Decoy: before Jordan's king shared the alias, the data knew only the Saudi king; a date before
    # Abdullah II's reign gives no Jordanian holder.
    found = actor_mentions(coder, "Le roi Abdallah a reçu dimanche le président égyptien à Riyad.", "fr", "1998-06-01")
    assert all(m[1] != "JOR" for m in with_word(found, "Abdallah")), found
