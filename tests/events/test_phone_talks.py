"""Talks held by phone are a discussion by telephone, 041 (events/senses.py, `phone_words` in the
patterns' [senses]); talks in person stay a meeting. Sentences written for these tests."""

from __future__ import annotations

from .support import code, codes


def test_talks_by_phone_are_a_telephone_discussion(coder):
    found = codes(code(coder, "Ghana's president spoke by phone with his Togolese counterpart about the border.", "en"))
    assert any(c[1] == "041" for c in found), found


def test_talks_in_person_stay_a_meeting(coder):
    found = codes(code(coder, "Ghana's president spoke with his Togolese counterpart in Lomé about the border.", "en"))
    assert all(c[1] != "041" for c in found), found
