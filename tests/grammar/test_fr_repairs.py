"""French parse repairs (grammar/fr.py), each shown by a sentence written here and coded by the
real pipeline: the repair is what lets the coder find the act's actors."""

from __future__ import annotations

import pytest

from ..events.support import code, codes, dyads


@pytest.mark.parametrize(
    "text,wanted",
    [
        # A verb with a finite auxiliary read as a clause on its subject ("dirigeants … entendus").
        (
            "Les ministres de l'Union africaine, réunis à Addis-Abeba, se sont entendus pour accorder une aide d'urgence à la Somalie.",
            ("AU", "03", "SOM"),
        ),
        # "de" + adjective + plural noun is an article, not a preposition: the noun is the object.
        ("La Chine a imposé lundi de nouvelles sanctions contre la Lituanie.", ("CHN", "16", "LTU")),
        # A bare noun phrase after "pour trois mois" is the verb's object.
        ("Washington a suspendu pour trois mois les surtaxes visant le Canada.", ("USA", "08", "CAN")),
        # A weekday hung on the object: the object stays the light verb's.
        ("Le Hamas a revendiqué samedi une attaque contre une colonie israélienne.", ("PSE", "19", "ISR")),
    ],
)
def test_french_misparses_mended(coder, text, wanted):
    assert wanted in dyads(code(coder, text, "fr"))


def test_relative_que_read_as_a_conjunction(coder):
    # "qu'elle accuse": the relative pronoun is the object; its antecedent is the noun before.
    found = codes(code(coder, "La Chine a critiqué le Japon, qu'elle accuse de provocations.", "fr"))
    assert ("CHN", "112", "JPN") in found


def test_apposed_passive_participle_is_on_the_noun_before(coder):
    # "un diplomate du Soudan, accusé par Nairobi de …": the accused is Sudan, the accuser Kenya.
    found = codes(code(coder, "Le Kenya a expulsé un diplomate du Soudan, accusé par Nairobi d'espionnage.", "fr"))
    assert ("KEN", "112", "SDN") in found


def test_members_named_with_dont_are_the_subject(coder):
    found = dyads(code(coder, "Plusieurs pays, dont la France et l'Italie, ont condamné la Russie.", "fr"))
    assert {("FRA", "11", "RUS"), ("ITA", "11", "RUS")} <= found


def test_coordinated_demonyms_act_jointly(coder):
    events = code(coder, "Les garde-côtes indiens, japonais et australiens ont entamé des exercices conjoints.", "fr")
    pairs = {frozenset((e.source.actor.key, e.target.actor.key)) for e in events if e.target and e.cameo.root == "06"}
    assert {frozenset(("IND", "JPN")), frozenset(("IND", "AUS")), frozenset(("JPN", "AUS"))} <= pairs


def test_aupres_read_as_a_dependent_adverb(coder):
    found = codes(code(coder, "La protestation officielle de la Chine auprès du Japon a été remise à l'ambassadeur.", "fr"))
    assert ("CHN", "114", "JPN") in found


def test_an_amount_read_as_a_modifier_is_the_object(coder):
    # "plusieurs dizaines de soldats" after the verb, with no preposition: what was done to whom.
    events = code(coder, "Des rebelles du M23 ont enlevé samedi plusieurs dizaines de soldats congolais.", "fr")
    assert any(e.cameo.root == "18" and e.target and e.target.span.text == "soldats congolais" for e in events)


def test_an_appeal_resisted_was_addressed_to_the_one_resisting(coder):
    text = "Le gouvernement serbe a refusé de reconnaître le Kosovo, malgré les appels répétés de Washington."
    assert ("USA", "02", "SRB") in dyads(code(coder, text, "fr"))
