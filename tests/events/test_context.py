"""Targets named by an anaphor whose antecedent is in the sentence before (events/context.py).

Every sentence is written here for the construction it shows.
"""

from __future__ import annotations

import pytest

from .support import code, dyads


@pytest.mark.parametrize(
    "lang,text,wanted",
    [
        # An object pronoun: the one actor of the sentence before that its own subject is not.
        ("en", "The EU met Serbian officials on Monday. It then imposed sanctions on them.", ("EU", "16", "SRB")),
        ("en", "Germany summoned the Russian ambassador. It later expelled him.", ("DEU", "16", "RUS")),
        # A plural pronoun for a coordination.
        ("en", "Turkey condemned Greece and Cyprus. It later threatened them.", ("TUR", "13", "GRC")),
        ("en", "Turkey condemned Greece and Cyprus. It later threatened them.", ("TUR", "13", "CYP")),
        ("fr", "La Turquie a condamné la Grèce et Chypre. Elle les a ensuite menacées.", ("TUR", "13", "GRC")),
        ("fr", "La Turquie a condamné la Grèce et Chypre. Elle les a ensuite menacées.", ("TUR", "13", "CYP")),
        # "it", "l'" charged with an act ("of", "de") or asked to act stands for an actor, not an act.
        ("fr", "Le ministre tchadien a reçu lundi l'ambassadeur du Soudan. Il l'a accusé de soutenir les rebelles.", ("TCD", "11", "SDN")),
        ("fr", "Le ministre tchadien a reçu lundi l'ambassadeur du Soudan. Il l'a accusé d'ingérence.", ("TCD", "11", "SDN")),
        ("en", "The Chadian minister met the Sudanese envoy on Monday. He accused it of arming the rebels.", ("TCD", "11", "SDN")),
        # A definite noun repeating the head noun of an actor named before.
        ("en", "Germany summoned the Russian ambassador. It expelled the ambassador.", ("DEU", "16", "RUS")),
        ("fr", "L'Allemagne a convoqué l'ambassadeur russe. Elle a expulsé l'ambassadeur.", ("DEU", "16", "RUS")),
        # A possessive on what is demanded: not the asker's own, the person named before.
        ("en", "The UN Secretary-General condemned the attack. Israel's ambassador demanded his resignation.", ("ISR", "10", "UN")),
        ("fr", "Le secrétaire général de l'ONU a condamné l'attaque. L'ambassadeur d'Israël a exigé sa démission.", ("ISR", "10", "UN")),
        # Inside one sentence, a pronoun in a prepositional phrase: its clause's subject is not its antecedent.
        ("en", "Turkey met Greek officials and imposed sanctions on them.", ("TUR", "16", "GRC")),
    ],
)
def test_target_named_in_the_sentence_before(coder, lang, text, wanted):
    assert wanted in dyads(code(coder, text, lang))


@pytest.mark.parametrize(
    "lang,text,source,root",
    [
        # "it" may stand for the act told before (the invasion), not for Ukraine.
        ("en", "Russia invaded Ukraine. Poland condemned it.", "POL", "11"),
        ("fr", "La Russie a envahi l'Ukraine. La Pologne l'a condamnée.", "POL", "11"),
        # Two actors the pronoun could stand for: neither is chosen.
        ("en", "Russia invaded Ukraine. Poland imposed sanctions on it.", "POL", "16"),
        # A thing of the sentence before may be meant as well (the resolution).
        ("en", "The EU adopted a resolution on Iran. Russia rejected it.", "RUS", "12"),
    ],
)
def test_no_target_from_an_ambiguous_anaphor(coder, lang, text, source, root):
    assert all(target is None for s, r, target in dyads(code(coder, text, lang)) if s == source and r == root)


def test_a_plural_pronoun_after_plural_people_is_not_a_state_named_between(coder):
    # "them" are the prisoners, not the United States they were flown to.
    events = code(coder, "Nicaragua freed 222 political prisoners and flew them to the United States, stripping them of their citizenship.", "en")
    assert all(target != "USA" for _, _, target in dyads(events))
