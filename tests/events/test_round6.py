"""Round 6: a target preposition is no source, gerunds of manner, first-person speakers.

Each sentence is written here for the construction it shows (events/coding.py `_noun_roles`,
events/manner.py, events/speaker.py), with decoys where the construction must not apply.
"""

from __future__ import annotations

import pytest

from .support import code, codes, dyads


# A preposition the entry takes for its target ("withdrawal from") is not read as the noun's
# source, though the language names it a source preposition ("support from Japan").
@pytest.mark.parametrize(
    "text,wanted",
    [
        ("France completed its withdrawal from Mali.", ("FRA", "08", "MLI")),
        ("The United States announced its withdrawal from Afghanistan.", ("USA", "08", "AFG")),
    ],
)
def test_a_target_preposition_is_no_source(coder, text, wanted):
    found = dyads(code(coder, text, "en"))
    assert wanted in found
    assert (wanted[2], "08", None) not in found


def test_a_source_preposition_still_names_the_source(coder):
    # "demand" takes no "from" target: "from China" is who demands.
    assert ("JPN", "12", "CHN") in dyads(code(coder, "Japan rejected the demand from China.", "en"))
    assert ("CHN", "13", "TWN") in dyads(code(coder, "Threats from China against Taiwan increased.", "en"))


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


# "I" and "we" with no reporting verb of their own sentence take the article's one named
# speaker: the subject of a reporting verb, or an office named in the first sentence.
@pytest.mark.parametrize(
    "text,wanted",
    [
        (
            "Statement by Secretary of Defense Lloyd Austin on the elections. I congratulate the people of Brazil on their elections.",
            ("USA", "05", "BRA"),
        ),
        ("On behalf of President Biden, I congratulate the people of Kenya on their elections.", ("USA", "05", "KEN")),
    ],
)
def test_the_first_person_takes_the_articles_speaker(coder, text, wanted):
    assert wanted in dyads(code(coder, text, "en"))


def test_the_first_person_takes_no_one_it_speaks_to(coder):
    # The only actor is the one spoken with, after "we": no speaker.
    found = dyads(code(coder, "We are consulting with the Government of Iraq on the attack.", "en"))
    assert not any(s == "IRQ" for s, _, _ in found)


def test_the_first_person_takes_no_one_among_several(coder):
    text = "The German chancellor said the talks had been useful. The French president said they had failed. We condemn the attack on the embassy of Ukraine."
    found = dyads(code(coder, text, "en"))
    assert not any(root == "11" and s in ("DEU", "FRA") for s, root, _ in found)
