"""English recall, round 15 (issue 5): sentences written here for a part named before its whole,
a message that carries its act and the name a verb of helping helps, each with a decoy that must
not be coded so."""

from __future__ import annotations

import pytest

from .support import code, codes, pairs


def _codes(coder, text):
    return codes(code(coder, text, "en"))


@pytest.mark.parametrize(
    "text,wanted",
    [
        # a part of the sanctions lifted: sanctions lifted
        ("The European Union lifted some of its sanctions on Belarus on Friday.", ("EU", "085", "BLR")),
        # most of the prisoners freed
        ("Israel freed most of the Palestinian prisoners on its list.", ("ISR", "0841", "PSE")),
        # a part of the protesters arrested, as subject of a passive
        ("Several of the demonstrators in Nairobi were arrested by Kenyan police.", ("KEN", "173", "KEN")),
    ],
)
def test_part_before_its_whole(coder, text, wanted):
    assert wanted in _codes(coder, text)


def test_a_message_carries_the_act_it_is_of(coder):
    # "sent a message of condolence to Morocco": condolences sent
    found = _codes(coder, "Spain's king sent a message of condolence to Morocco after the earthquake.")
    assert ("ESP", "018", "MAR") in found


def test_a_message_of_nothing_is_no_act(coder):
    # decoy: a message with no act below it codes nothing
    assert not _codes(coder, "Spain sent a message to Morocco on Tuesday.")


def test_the_name_helped_is_the_target_of_the_pledge(coder):
    # "pledged money to help Somalia rebuild": the aid is for Somalia
    found = pairs(code(coder, "Japan pledged 20 million dollars on Monday to help Somalia rebuild its ports.", "en"))
    assert ("JPN", "03", "SOM") in found


def test_a_part_of_sanctions_discussed_is_not_lifted(coder):
    # decoy: the whole read as the object keeps the verb's own sense ("discussed", not "lifted")
    found = _codes(coder, "The European Union discussed most of its sanctions on Belarus on Friday.")
    assert not any(c.startswith("08") for _, c, _ in found)


