"""A title word opening a person's name right after a role noun is a given name (actors/given_names.py):
"the journalist Amir Aman Kiyaro" is no emir; "Qatar's Emir Tamim" is. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt


def _mentions(coder, text: str, lang: str = "en") -> list[tuple[str, str | None, str | None]]:
    coded = coder.code_text(text, date=dt.date(2024, 5, 20), lang=lang)
    return [(m.span.text, m.actor.country, m.actor.sector) for m in coded.actors]


def test_a_journalist_called_amir_is_no_emir(coder):
    mentions = _mentions(coder, "The reporter Amir Hassan Dawit was detained in Asmara on Monday.")
    assert not [m for m in mentions if m[0].startswith("Amir")]
    assert not [m for m in mentions if m[2] == "GOV" and m[0] != "Asmara"]


def test_an_emir_named_with_his_country_stays_the_emir(coder):
    # Decoy: no role noun before the title.
    mentions = _mentions(coder, "Qatar's Emir Tamim bin Hamad Al Thani received the Turkish foreign minister in Doha.")
    assert ("QAT", "GOV") in [m[1:] for m in mentions if "Emir" in m[0]]
