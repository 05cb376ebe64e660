"""What a veto blocks: the document vetoed, and the acts it would have told, never came to be.

Moved out of coding.py (which holds the main loop) to keep that module within its size.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from .frames import ParagraphFrames

# The CAMEO code of a veto: what is vetoed (a declaration, a resolution) never comes to be.
VETO_CODE = "129"


def content_of_a_veto(frames: ParagraphFrames, token: Token) -> bool:
    """Whether a trigger is the document a veto blocks, or a clause on it ("a opposé son veto à une
    déclaration commune condamnant la Chine"): the declaration and its condemnation never happened.
    An act the document only names ("déplorant son agression") did happen and is not blocked."""
    own = frames.pattern_of(token)
    if own is not None and own.code == VETO_CODE:
        return False
    current = token
    for _ in range(3):
        head = current.head
        if head.i == current.i or head.pos_ not in ("NOUN", "VERB", "AUX"):
            return False
        if head.pos_ in ("VERB", "AUX"):
            vetoing = frames.pattern_of(head)
            return vetoing is not None and vetoing.code == VETO_CODE and current.i not in frames.particle_tokens(head, vetoing)
        current = head
    return False
