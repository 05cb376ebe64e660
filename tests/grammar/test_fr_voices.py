"""French active subjects labelled passive (grammar/fr_voices.py), each shown by a sentence
written here, parsed and repaired by the real pipeline, and coded where the act shows."""

from __future__ import annotations

import pytest

from ..events.support import code, codes
from .support import parsed, word


@pytest.mark.parametrize(
    "text,subject",
    [
        # An adverb between "ont" and the participle: the parser labels the subject passive.
        ("Les rebelles ont catégoriquement écarté mardi toute trêve avec l'armée.", "rebelles"),
        ("Les talibans ont fermement rejeté lundi toute présence militaire étrangère.", "talibans"),
    ],
)
def test_subject_of_a_verb_with_avoir_is_active(coder, text, subject):
    assert word(parsed(coder, text), subject).dep_ == "nsubj"


def test_a_real_passive_stays_passive(coder):
    doc = parsed(coder, "Les rebelles ont été écartés des négociations par l'armée.")
    assert word(doc, "rebelles").dep_ == "nsubj:pass"


def test_the_active_subject_is_the_source(coder):
    found = codes(code(coder, "Les talibans ont catégoriquement écarté mardi toute discussion avec Washington.", "fr"))
    assert ("AFG", "125", "USA") in found, found
