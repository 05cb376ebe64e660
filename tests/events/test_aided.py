"""Aid given to people no actor names, in a place the phrase names (events/aided.py). Sentences written
for these tests, each with a decoy that must not be read so."""

from __future__ import annotations

from .support import code, pairs as _pairs


# Aid to unnamed people in a named place ---------------------------------------------------------


def test_aid_to_families_in_a_province_goes_to_its_country(coder):
    text = "L'UNICEF a distribué mardi des kits d'hygiène à quelque 5 000 familles sinistrées, dans le Sud-Kivu."
    found = _pairs(code(coder, text, "fr"))
    assert ("UNICEF", "07", "COD") in found, found


def test_aid_to_families_in_no_named_place_goes_to_no_country(coder):
    # Decoy: no place: the recipients' country is not the giver's own, nor anyone's.
    text = "L'UNICEF a distribué mardi des kits d'hygiène à quelque 5 000 familles sinistrées."
    found = _pairs(code(coder, text, "fr"))
    assert not any(root == "07" and target is not None for _, root, target in found), found
