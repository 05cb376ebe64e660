"""Who does an event noun's act (events/noun_roles.py): a target preposition is no source. Sentences
written for these tests, each with a decoy that must not be read so."""

from __future__ import annotations

import pytest

from .support import code, dyads


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


def test_forces_the_subject_owns_are_held_by_the_subject_not_by_the_country_guessed_for_them(coder):
    # "its soldiers" alone were given the country the article names most (Niger): the subject, Benin, holds them.
    from .support import pairs as _pairs

    events = code(
        coder,
        "Benin put its soldiers on alert on Tuesday after the Nigerien army fired shells near Malanville. "
        "Niamey called the shelling a warning. Niger denies any incursion.",
        "en",
    )
    assert ("BEN", "15", "NER") in _pairs(events), _pairs(events)
