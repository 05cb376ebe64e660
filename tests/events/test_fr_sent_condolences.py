"""French "faire parvenir" carries the event noun it sends, as "adresser" does: condolences sent
to a state are its sympathy (018). Sentences written for this test, with a decoy."""

from __future__ import annotations

from .support import code, codes


def test_condolences_sent_are_coded_to_their_addressee(coder):
    found = codes(code(coder, "Le président sénégalais a fait parvenir ses condoléances au Mali.", "fr"))
    assert any(s.startswith("SEN") and c == "018" and t == "MLI" for s, c, t in found), found


def test_a_letter_sent_is_no_event(coder):
    found = codes(code(coder, "Le ministère a fait parvenir les formulaires aux mairies avant lundi.", "fr"))
    assert not found, found
