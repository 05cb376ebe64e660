"""The parties of an exchange an adjunct sets as a clause's occasion (events/occasions.py): "told
X in a video call", "died in a border clash with …", "lors d'un entretien téléphonique". Every
sentence is written here for the construction it shows."""

from __future__ import annotations

import pytest

from .support import code, pairs


@pytest.mark.parametrize(
    ("text", "lang", "wanted"),
    [
        ("Japan's prime minister assured the Indian leader during a phone call on Monday that Tokyo would help.", "en", ("JPN", "04", "IND")),
        ("The Kenyan president informed his Ugandan counterpart in a telephone call of the new border rules.", "en", ("KEN", "04", "UGA")),
        ("Eight Armenian border guards were shot dead in a clash with Azerbaijani units.", "en", ("ARM", "19", "AZE")),
        ("Le chef de l'État argentin a affirmé au président chilien, lors d'un entretien téléphonique, que Buenos Aires soutenait le projet.", "fr", ("ARG", "04", "CHL")),
        ("Plusieurs soldats burkinabés ont péri au cours d'affrontements avec des militaires maliens.", "fr", ("BFA", "19", "MLI")),
        ("Deux policiers kényans ont été tués lors d'accrochages avec des miliciens somaliens.", "fr", ("KEN", "19", "SOM")),
        # What the clause's act came after: "after days of …" tells the exchange as well.
        ("Houthi fighters took the port of Hodeidah after heavy fighting with Saudi troops.", "en", ("HOUTHIS", "19", "SAU")),
    ],
)
def test_the_clause_names_the_parties_of_its_occasion(coder, text, lang, wanted):
    found = pairs(code(coder, text, lang))
    assert wanted in found, found


@pytest.mark.parametrize(
    ("text", "lang", "unwanted"),
    [
        # The verb tells the meeting itself with its doer: the noun only says when.
        ("The Kenyan president met his Ugandan counterpart during talks in Nairobi.", "en", "talks"),
        # An exchange in a condition is not one held.
        ("Kenya warned Uganda of sanctions should Ugandan troops cross the border during clashes.", "en", "clashes"),
    ],
)
def test_an_occasion_told_by_its_verb_or_only_supposed_is_not_coded_again(coder, text, lang, unwanted):
    found = [e for e in code(coder, text, lang) if e.trigger.text == unwanted]
    assert not found, found
