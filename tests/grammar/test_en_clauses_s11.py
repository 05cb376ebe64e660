"""English clause repairs of round 13 (grammar/en_clauses.py), each shown by a sentence written here."""

from __future__ import annotations

import pytest

from ..events.support import code, codes
from .support import parsed, word


@pytest.mark.parametrize(
    "text,noun,participle",
    [
        # the noun after the verb read as the subject of "wanted/VBD/ccomp"
        ("Poland extradited a Belarusian activist wanted for embezzlement to Lithuania on Monday.", "activist", "wanted"),
        # read as a relative already ("sought/acl"): the repair gives the same parse
        ("Thailand deported a Chinese dissident sought for subversion to China last month.", "dissident", "sought"),
    ],
)
def test_reduced_relative_read_as_clause(coder, text, noun, participle):
    doc = parsed(coder, text, "en")
    verb = word(doc, noun).head
    assert word(doc, noun).dep_ == "dobj" and verb.dep_ == "ROOT"
    assert word(doc, participle).dep_ == "acl" and word(doc, participle).head.text == noun
    assert word(doc, "to").head.i == verb.i


def test_reduced_relative_codes_the_destination(coder):
    found = codes(code(coder, "Poland extradited a Belarusian activist wanted for embezzlement to Lithuania on Monday.", "en"))
    assert ("POL", "063", "LTU") in found


@pytest.mark.parametrize(
    "text,participle",
    [
        # decoys: a reporting verb's clause, no destination; the clause stays one
        ("The minister said the activist wanted for nothing.", "wanted"),
        ("Poland said a Belarusian activist wanted for embezzlement to stay.", "wanted"),
    ],
)
def test_clause_without_destination_stays(coder, text, participle):
    doc = parsed(coder, text, "en")
    assert word(doc, participle).dep_ == "ccomp" and word(doc, participle).head.text == "said"


@pytest.mark.parametrize(
    "text,compass,target",
    [
        # an adverb read as the object's head ("waters/compound west/ADV/dobj of Palawan")
        ("A Chinese survey ship entered Philippine territorial waters west of Palawan.", "west", ("CHN", "150", "PHL")),
        # a hyphenated point split in three ("waters/compound north - east/dobj of Tallinn")
        ("A Russian warship entered Estonian territorial waters north-east of Tallinn.", "east", ("RUS", "150", "EST")),
    ],
)
def test_compass_point_read_as_head(coder, text, compass, target):
    doc = parsed(coder, text, "en")
    assert word(doc, "waters").dep_ == "dobj" and word(doc, "waters").head.text == "entered"
    assert word(doc, compass).head.text == "waters"
    assert target in codes(code(coder, text, "en"))


def test_compass_point_that_is_the_place_stays(coder):
    # decoy: "the north of the country" is what is held; no noun before it to head it
    doc = parsed(coder, "The rebels control the north of the country.", "en")
    assert word(doc, "north").dep_ == "dobj" and word(doc, "north").head.text == "control"
