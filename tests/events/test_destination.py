"""Where aid told by a noun is going (events/destination.py). Sentences written for these tests, each
with a decoy that must not be read so."""

from __future__ import annotations

import pytest

from .support import code, pairs as _pairs


@pytest.mark.parametrize(
    "text,lang,country",
    [
        ("The World Food Programme delivered flour to 50,000 flood victims in northern Pakistan on Monday.", "en", "PAK"),
        ("A UN aid convoy crossed into Sudan from Chad on Tuesday.", "en", "SDN"),
        ("L'ONU a acheminé de l'aide humanitaire vers Gaza.", "fr", "PSE"),
    ],
)
def test_aid_sent_into_a_place_goes_to_its_state(coder, text, lang, country):
    assert any(r == "07" and t == country for _, r, t in _pairs(code(coder, text, lang)))
