"""Who "I" and "we" are when no reporting verb says it (events/speaker.py). Sentences written for these
tests, each with a decoy that must not be read so."""

from __future__ import annotations

import pytest

from .support import code, dyads


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
