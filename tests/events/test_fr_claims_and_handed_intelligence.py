"""French constructions a frame alone did not reach: a claimed attack told without its victims
(the [senses] ``targetless_claimed_roots``), a claim told by a participle on the attack, a
participle with its agent completing its verb's expression (events/relatives.participle_object),
"ne cesse de" (the profile's ``stopping_verbs``, events/modality.py) and "donner son feu vert à"
a payment (the profile's ``participation_verbs``). Sentences written for
these tests, each with a decoy."""

from __future__ import annotations

import pytest

from .support import code, pairs


def test_a_claimed_ambush_is_coded_without_its_victims(coder):
    found = pairs(code(coder, "Le JNIM a revendiqué mardi l'embuscade de la veille près de Kaya.", "fr"))
    assert ("JNIM", "19", None) in found
    assert ("JNIM", "01", None) in found


@pytest.mark.parametrize(
    "text,wanted",
    [
        ("Une embuscade revendiquée par le JNIM a fait six morts près de Kaya.", ("JNIM", "19", None)),
        # The parser hangs the participle on "moto": the claim is still on the attack's phrase.
        ("Un attentat à la moto piégée revendiqué par les shebab a fait neuf morts mardi à Baidoa.", ("AL-SHABAAB", "18", None)),
    ],
)
def test_an_attack_claimed_by_a_participle_is_the_claimers(coder, text, wanted):
    assert wanted in pairs(code(coder, text, "fr"))


def test_an_attack_condemned_is_not_the_condemners(coder):
    # Decoy: condemning is no claim.
    found = pairs(code(coder, "Le Niger a condamné mardi l'embuscade de la veille près de Kaya.", "fr"))
    assert not any(p[0] == "NER" and p[1] in ("18", "19") for p in found)


def test_intelligence_handed_over_by_a_participles_agent(coder):
    text = "Les renseignements transmis par le Kenya à l'Ouganda ont permis de saisir des armes."
    assert ("KEN", "06", "UGA") in pairs(code(coder, text, "fr"))


def test_shells_fired_by_an_army_keep_their_own_act(coder):
    # Decoy: an event noun under a participle is coded as before, by the participle's agent.
    text = "Plusieurs obus tirés lundi par l'armée arménienne sont tombés sur Tovuz, en Azerbaïdjan."
    assert any(p[0] == "ARM" and p[1] == "19" for p in pairs(code(coder, text, "fr")))


def test_an_act_that_does_not_stop_is_done(coder):
    events = code(coder, "La Russie ne cesse de bombarder les villes ukrainiennes.", "fr")
    found = [e for e in events if e.cameo.root == "19" and e.source.actor.country == "RUS"]
    assert found and not any(e.negated for e in found)


def test_an_act_stopped_is_not_done(coder):
    # Decoy: "a cessé de" still stops the act.
    found = pairs(code(coder, "La Russie a cessé de bombarder les villes ukrainiennes.", "fr"))
    assert not any(p[0] == "RUS" and p[1] == "19" for p in found)


def test_a_payment_given_the_green_light_is_the_lenders(coder):
    text = "Lundi, le FMI a donné son feu vert au décaissement de 90 millions de francs CFA en faveur du Togo."
    assert ("IMF", "07", "TGO") in pairs(code(coder, text, "fr"))
