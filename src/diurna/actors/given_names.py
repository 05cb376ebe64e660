"""A title word that opens a person's name after a role noun is a given name: "the journalist Amir
Aman Kiyaro" is a journalist called Amir, no emir; "Qatar's Emir Tamim", "the Kuwaiti Emir Sheikh
Nawaf" keep their emir (no role noun before the title)."""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc

from .atoms import PERSON_LABELS, SECTOR, Atom
from .lexicon import TITLE


def _opens_name(doc: Doc, index: int) -> bool:
    """Whether the capitalised word at ``index`` begins a person's name the parser read with the
    capitalised proper noun after it."""
    word = doc[index]
    if not word.text[:1].isupper() or index + 1 >= len(doc):
        return False
    after = doc[index + 1]
    return (
        word.ent_type_ in PERSON_LABELS and word.ent_iob_ == "B"
        and after.ent_iob_ == "I" and after.pos_ == "PROPN" and after.text[:1].isupper()
    )


def without_titles_opening_names(doc: Doc, atoms: Sequence[Atom]) -> list[Atom]:
    """The atoms less the one-word titles and sector nouns written right after a sector noun
    ("journalist", "lawyer") that open a person's name there."""
    role_ends = {a.end for a in atoms if a.kind == SECTOR}
    return [
        a for a in atoms
        if not (a.kind in (TITLE, SECTOR) and a.end - a.start == 1 and a.start in role_ends and _opens_name(doc, a.start))
    ]
