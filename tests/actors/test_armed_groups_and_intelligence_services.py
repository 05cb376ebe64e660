"""Armed groups and intelligence services named without a country word (organizations.toml,
institutions.toml): each is its state's, so an act of theirs has a side."""

from __future__ import annotations

from tests.actors.support import mentions_without_entity, with_word


def _only(found, word):
    return [m[1:] for m in with_word(found, word)]


def test_rebels_of_a_chadian_group(coder):
    found = mentions_without_entity(coder, "Les rebelles du FACT ont lancé une offensive dans le nord.", "fr")
    assert _only(found, "FACT") == [("TCD", "FACT", "REB")]


def test_fact_in_english_is_no_group(coder):
    # Decoy: "FACT CHECK" headlines; the English list has the full name only.
    found = mentions_without_entity(coder, "FACT CHECK: the minister did not say that.", "en")
    assert all(m[2] != "FACT" for m in found)


def test_tigray_front_in_both_languages(coder):
    assert _only(mentions_without_entity(coder, "The TPLF accused the federal government of blocking aid.", "en"), "TPLF") == [("ETH", "TPLF", "REB")]
    text = "Le Front de libération du peuple du Tigré a accusé Addis-Abeba de bloquer l'aide."
    assert _only(mentions_without_entity(coder, text, "fr"), "Front") == [("ETH", "TPLF", "REB")]


def test_myanmar_armed_groups(coder):
    found = mentions_without_entity(coder, "The Kachin Independence Army seized a border post.", "en")
    assert _only(found, "Kachin") == [("MMR", "KIA", "REB")]
    found = mentions_without_entity(coder, "L'Alliance des trois fraternités a pris la ville de Lashio.", "fr")
    assert _only(found, "Alliance") == [("MMR", "BROTHERHOOD-ALLIANCE", "REB")]


def test_moroccan_intelligence_service(coder):
    found = mentions_without_entity(coder, "La DGST a démantelé une cellule à Tanger.", "fr")
    assert _only(found, "DGST") == [("MAR", None, "SPY")]


def test_the_paramilitaries_after_the_rsf_are_the_rsf(coder):
    text = "Les Forces de soutien rapide ont pris la ville. Les paramilitaires ont tué des centaines de civils."
    assert _only(mentions_without_entity(coder, text, "fr"), "paramilitaires") == [("SDN", "RSF-SDN", "REB")]
    text = "The UN urged the RSF and the army to talk. The paramilitary group rejected the call."
    assert _only(mentions_without_entity(coder, text, "en"), "paramilitary") == [("SDN", "RSF-SDN", "REB")]


def test_paramilitaries_without_the_rsf_are_no_rsf(coder):
    # Decoy: no RSF named before: the state's paramilitaries, not the Sudanese group.
    found = mentions_without_entity(coder, "Au Pérou, les paramilitaires ont attaqué un village.", "fr")
    assert all(m[2] != "RSF-SDN" for m in found)
