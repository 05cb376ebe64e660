"""A guessed country yields to an owner a possessive names (events/pronouns.own_subject_owner,
relative_owner). Sentences written for these tests."""

from __future__ import annotations

from .support import code, pairs


def test_its_troops_are_the_clause_subjects(coder):
    # The article's other state (Bolivia, named most) is no owner of Chile's troops.
    text = "Chile put its troops on high alert on Monday after Bolivian soldiers crossed the border near Bolivia's town of Charaña."
    found = pairs(code(coder, text, "en"))
    assert ("CHL", "15", "BOL") in found, found
    assert not any(source == "BOL" for source, _, _ in found), found


def test_whose_government_is_the_state_named_before(coder):
    found = pairs(code(coder, "Canada imposed a levy on imports from Peru, whose government had refused to release two Canadian miners.", "en"))
    assert any(source == "PER" and root == "12" for source, root, _ in found), found


def test_dont_l_armee_is_the_state_named_before(coder):
    text = "La Russie a massé des chars près de la Finlande, dont l'armée a aussitôt renforcé ses patrouilles à la frontière russe."
    found = pairs(code(coder, text, "fr"))
    assert ("FIN", "15", "RUS") in found, found
    recall = pairs(code(coder, "La Russie a imposé des sanctions à la Moldavie, dont le gouvernement a rappelé mardi son ambassadeur à Moscou.", "fr"))
    assert ("MDA", "16", "RUS") in recall, recall
