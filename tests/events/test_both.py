"""Acts done to, or done by, "both sides" (events/both.py), and joint acts of coordinated states.
Sentences written for these tests, each with a decoy that must not be read so."""

from __future__ import annotations

import pytest

from .support import code, dyads, pairs as _pairs


@pytest.mark.parametrize(
    "text,lang,source,parties",
    [
        ("Armenia and Azerbaijan clashed on the border. The EU urged both sides to resume talks.", "en", "EU", {"ARM", "AZE"}),
        ("Talks between Russia and Ukraine stalled, and Turkey urged both countries to return to the table.", "en", "TUR", {"RUS", "UKR"}),
        ("L'Arménie et l'Azerbaïdjan se sont affrontés à la frontière. L'ONU a appelé les deux pays à reprendre les négociations.", "fr", "UN", {"ARM", "AZE"}),
    ],
)
def test_an_act_done_to_both_sides_is_done_to_each(coder, text, lang, source, parties):
    found = dyads(code(coder, text, lang))
    assert {tgt for src, root, tgt in found if src == source and root == "02"} == parties


def test_both_sides_as_the_doer_stay_one_mention(coder):
    # Decoy: only targets are split; "both sides accused Russia" keeps the first party's event.
    text = "Armenia and Azerbaijan clashed on the border. Both sides accused Russia of inaction."
    found = dyads(code(coder, text, "en"))
    assert ("ARM", "11", "RUS") in found and not any(tgt in ("ARM", "AZE") and root == "11" for _, root, tgt in found)


def test_a_joint_act_of_coordinated_states_is_between_them_not_on_one_side_s_forces(coder):
    # "coast guard" says which forces drill, not whom the act is done to: JPN→PHL, and no PHL→PHL.
    found = dyads(code(coder, "Japan and Vietnam agreed to hold regular joint coast guard exercises.", "en"))
    assert ("JPN", "03", "VNM") in found
    assert not any(source == target for source, _, target in found)


def test_a_joint_act_with_a_third_state_s_forces_keeps_them_as_target(coder):
    found = dyads(code(coder, "Japan and Vietnam held joint exercises with the US navy.", "en"))
    assert ("JPN", "06", "USA") in found and ("VNM", "06", "USA") in found


@pytest.mark.parametrize(
    "text,lang,root",
    [
        ("Armenia and Azerbaijan clashed on the border on Monday. Both sides accused each other of starting the fighting.", "en", "11"),
        ("Serbia and Kosovo held talks in Brussels. The two countries signed an agreement with the EU on Tuesday.", "en", "05"),
        ("L'Arménie et l'Azerbaïdjan se sont affrontés lundi. Les deux camps se sont mutuellement accusés d'avoir rompu le cessez-le-feu.", "fr", "11"),
        ("La Serbie et le Kosovo ont discuté à Bruxelles. Les deux pays ont signé un accord avec l'UE mardi.", "fr", "05"),
    ],
)
def test_both_sides_as_the_doer_is_each_party(coder, text, lang, root):
    found = _pairs(code(coder, text, lang))
    sources = {s for s, r, _ in found if r == root}
    assert len(sources) == 2, found


def test_both_sides_accusing_each_other_target_each_other(coder):
    text = "Armenia and Azerbaijan clashed on the border on Monday. Both sides accused each other of starting the fighting."
    found = _pairs(code(coder, text, "en"))
    assert ("ARM", "11", "AZE") in found and ("AZE", "11", "ARM") in found


def test_both_sides_in_a_hostile_posture_face_each_other(coder):
    text = "Armenia and Azerbaijan exchanged fire on Thursday. Both countries have put their militaries on high alert."
    found = _pairs(code(coder, text, "en"))
    assert ("ARM", "15", "AZE") in found and ("AZE", "15", "ARM") in found


def test_both_sides_in_a_joint_act_with_a_third_keep_it(coder):
    # Decoy: an act with a named third party is done to it, not to each other.
    text = "Serbia and Kosovo held talks in Brussels. The two countries signed an agreement with the EU on Tuesday."
    found = _pairs(code(coder, text, "en"))
    assert ("SRB", "05", "EU") in found and ("XKX", "05", "EU") in found and ("SRB", "05", "XKX") not in found
