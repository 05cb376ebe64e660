"""French frames (events/noun_roles.py, events/verb_roles.py, patterns/fr.toml): an offensive by
rebels on a town of their own country is aimed at that country; a town that falls into a group's
hands or passes under its control was taken by it (the actor on the expression's second word);
a ceasefire respected or decreed is one in force (0871); brushing a plan aside rejects it (127); a complaint
or a request lodged "devant" a court "contre" a state is a lawsuit against that state (115).
Sentences written here."""

from __future__ import annotations

import pytest

from .support import code, codes, pairs


def test_rebel_offensive_on_a_town_of_their_country_targets_it(coder):
    found = pairs(code(coder, "Les combattants du M23 ont déclenché samedi une offensive contre Sake, au nord-ouest du Kivu.", "fr"))
    assert ("M23", "19", "COD") in found


def test_state_offensive_on_its_own_town_has_no_target(coder):
    # Decoy: the state's own town is no adversary of its army.
    found = pairs(code(coder, "L'armée congolaise a lancé samedi une offensive contre Sake.", "fr"))
    assert ("COD", "19", "COD") not in found


@pytest.mark.parametrize(
    "text,source,target",
    [
        ("La cité minière de Walikale est tombée dimanche aux mains du M23.", "M23", "COD"),
        ("Le port ukrainien de Berdiansk est passé sous le contrôle des troupes russes.", "RUS", "UKR"),
        ("La garnison malienne de Léré est tombée sous le contrôle des jihadistes du JNIM.", "JNIM", "MLI"),
    ],
)
def test_a_town_fallen_to_a_group_was_taken_by_it(coder, text, source, target):
    assert (source, "19", target) in pairs(code(coder, text, "fr"))


def test_a_file_under_a_ministry_control_is_no_capture(coder):
    found = codes(code(coder, "Le dossier des visas est passé sous le contrôle du ministère algérien de l'Intérieur.", "fr"))
    assert not any(c.startswith("19") for _, c, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Les paramilitaires soudanais respectent depuis vendredi la trêve avec l'armée.",
        "Les rebelles du M23 respectent depuis samedi le cessez-le-feu avec les soldats congolais.",
    ],
)
def test_a_ceasefire_respected_is_in_force(coder, text):
    assert any(c == "0871" for _, c, _ in codes(code(coder, text, "fr")))


def test_a_plan_brushed_aside_is_rejected(coder):
    found = codes(code(coder, "Le gouvernement soudanais a balayé jeudi le plan kényan de sortie de crise.", "fr"))
    assert any(c == "127" and t == "KEN" for _, c, t in found)


@pytest.mark.parametrize(
    "text",
    [
        "La Bolivie a porté plainte lundi devant un tribunal arbitral contre le Chili.",
        "La Bolivie a déposé lundi une requête contre le Chili devant un tribunal arbitral.",
    ],
)
def test_a_complaint_lodged_before_a_court_targets_the_accused(coder, text):
    found = codes(code(coder, text, "fr"))
    assert any(c == "115" and t == "CHL" for _, c, t in found)


def test_a_truce_decreed_while_accusing_is_kept(coder):
    # "tout en" + gerund: an act done alongside the verb's (lang/fr.toml concomitant_gerund_marks),
    # not its means (events/carried.py); the truce stays beside the accusation.
    text = "Le commandement de l'ELN a décrété une trêve de Noël, tout en reprochant à l'armée colombienne ses bombardements."
    found = codes(code(coder, text, "fr"))
    assert any(c == "0871" for _, c, _ in found) and any(c == "112" for _, c, _ in found)
