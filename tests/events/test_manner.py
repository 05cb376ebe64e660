"""Gerunds of manner (events/manner.py): a participle clause that tells how an act was done, not its
toll. Sentences written for these tests, each with a decoy that must not be read so."""

from __future__ import annotations

from .support import code, codes, dyads


# A gerund of manner ("en bombardant") tells how the act was done: it is coded with its own
# target, and the bare verb it hangs on ("a riposté") gives way to it.
def test_a_gerund_of_manner_is_the_act(coder):
    found = codes(code(coder, "Israël a riposté en bombardant la ville de Gaza.", "fr"))
    assert ("ISR", "195", "PSE") in found
    assert ("ISR", "190", None) not in found


def test_a_verb_with_its_own_target_codes_the_act_once(coder):
    # "a attaqué l'Ukraine en bombardant Kiev": one attack, coded by the verb that names its target.
    found = dyads(code(coder, "La Russie a attaqué l'Ukraine en bombardant Kiev.", "fr"))
    assert ("RUS", "19", "UKR") in found
    assert len([d for d in found if d[1] == "19"]) == 1


def test_a_toll_participle_is_still_the_acts_toll(coder):
    events = code(coder, "L'armée russe a bombardé la ville de Kharkiv, tuant six civils.", "fr")
    assert len([e for e in events if e.cameo.root in ("18", "19", "20")]) <= 1
