"""A coup stands for those who made it (sectors.toml: "coup", "coup d'État", "putsch" are MIL):
condemning "the coup in Benin" is aimed at Benin's soldiers who tried it. The French idiom
"du même coup" names no one. Sentences written for these tests."""

from __future__ import annotations

from ..events.support import code, dyads


def test_condemning_a_coup_in_a_country_targets_its_military(coder):
    events = code(coder, "The European Union condemned the coup in Burkina Faso on Friday.", "en")
    assert any(e.cameo.root == "11" and e.target and (e.target.actor.country, e.target.actor.sector) == ("BFA", "MIL") for e in events), dyads(events)


def test_condemning_a_french_coup_detat_targets_the_putschists(coder):
    events = code(coder, "L'Union africaine a dénoncé vendredi le coup d'État au Tchad.", "fr")
    assert any(e.cameo.root == "11" and e.target and (e.target.actor.country, e.target.actor.sector) == ("TCD", "MIL") for e in events), dyads(events)


def test_du_meme_coup_names_no_actor(coder):
    # Decoy: the idiom is no coup.
    coded = coder.code_text("Le Paraguay a rompu avec Taïwan, reconnaissant du même coup la Chine.", lang="fr")
    assert all("coup" not in m.span.text for m in coded.actors), [m.span.text for m in coded.actors]
