"""French expressions and frames that hid an act or its target (recall): verbal expressions whose
noun is no thing moved ("rendre visite"), a second verb in the infinitive ("laisser entrer"), whom a
concern is told to ("à", "faire part de … à"), "prendre pour cible", ships blocked (a blockade),
"mettre" carrying an event noun, an act stopped ("cesser de"), and "se retrouver" (to meet). Each sentence
is written here; none is from the gold sets or the pattern examples."""

from __future__ import annotations

import pytest

from .support import code, codes, dyads


@pytest.mark.parametrize(
    "text,wanted",
    [
        ("Le président turc a rendu visite lundi au Premier ministre hongrois à Budapest.", ("TUR", "042", "HUN")),
        ("La Corée du Nord a autorisé des inspecteurs de l'AIEA à visiter le site de Yongbyon.", ("PRK", "0862", "IAEA")),
        ("L'Iran a permis aux inspecteurs de l'AIEA de visiter l'usine de Natanz.", ("IRN", "0862", "IAEA")),
        ("Des soldats azerbaïdjanais ont pris pour cible un poste frontière arménien.", ("AZE", "190", "ARM")),
        ("La marine iranienne a bloqué un navire britannique dans le détroit d'Ormuz.", ("IRN", "191", "GBR")),
        ("Le Canada a exprimé son inquiétude à l'Inde.", ("CAN", "012", "IND")),
    ],
)
def test_expressions_coded(coder, text, wanted):
    assert wanted in codes(code(coder, text, "fr"))


def test_returning_a_thing_is_still_no_visit(coder):
    events = code(coder, "La Russie a rendu à l'Ukraine les dépouilles de plusieurs soldats.", "fr")
    assert not any(e.cameo.code == "042" for e in events)


def test_letting_aid_through(coder):
    found = dyads(code(coder, "L'Égypte a laissé passer des camions d'aide vers Gaza.", "fr"))
    assert ("EGY", "08", "PSE") in found


def test_mettre_carries_its_event_noun(coder):
    found = dyads(code(coder, "Le Canada a mis en place de nouvelles sanctions contre la Biélorussie.", "fr"))
    assert ("CAN", "16", "BLR") in found


def test_an_act_stopped_is_not_done(coder):
    events = code(coder, "Le Royaume-Uni a cessé de vendre des armes à l'Arabie saoudite.", "fr")
    assert not any(e.cameo.root in ("06", "07") for e in events)


def test_a_concern_told_to_someone(coder):
    # "faire part de": the noun after it is the act, "à" whom it is told to.
    found = codes(code(coder, "La Suède a fait part de sa préoccupation à la Turquie.", "fr"))
    assert ("SWE", "012", "TUR") in found


def test_meeting_told_by_se_retrouver(coder):
    assert ("USA", "04", "RUS") in dyads(code(coder, "Des diplomates américains et russes se sont retrouvés mardi à Riyad.", "fr"))
    # "se retrouver" with no other party is no meeting.
    assert not code(coder, "La Russie se retrouve isolée sur la scène internationale.", "fr")
