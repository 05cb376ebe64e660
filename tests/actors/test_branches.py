"""A generic body named with one of its branches is that branch (actors/branches.py): "des casques
bleus de la Minusca" are MINUSCA's. Sentences written for these tests, with decoys."""

from __future__ import annotations

import pytest

from .support import mentions_without_entity, with_word


@pytest.mark.parametrize(
    ("text", "lang", "word", "organization"),
    [
        ("Des casques bleus de la Minusca ont été pris pour cible près de Bria.", "fr", "casques", "MINUSCA"),
        ("Les casques bleus de la Monusco ont quitté Bunia.", "fr", "casques", "MONUSCO"),
        ("UN peacekeepers from MINUSMA came under fire near Kidal.", "en", "peacekeepers", "MINUSMA"),
        # Decoys: the body with no branch named, and a body named with its parent.
        ("Des casques bleus ont été pris pour cible près de Bria.", "fr", "casques", "UN-PEACEKEEPING"),
        ("Le Conseil de sécurité de l'ONU a prolongé le mandat de la mission.", "fr", "Conseil", "UNSC"),
    ],
)
def test_a_generic_body_named_with_its_branch_is_the_branch(coder, text, lang, word, organization):
    (found,) = with_word(mentions_without_entity(coder, text, lang), word)
    assert found[2] == organization, found

