"""Event nouns that say what a trip is for.

"Boric will fly to Lima in May for talks with Boluarte", "se rendra à Lima pour des
entretiens": the talks are no fact of their own but what the trip intends, in the mood of the
verb they hang on (a future trip's talks are future too). Where that verb already coded the
same act (both an intended meeting, 036), the noun tells why, not a second act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from spacy.tokens import Token

from ..records import Event

if TYPE_CHECKING:
    from .frames import ParagraphFrames


def purpose_governor(frames: ParagraphFrames, noun: Token) -> Token | None:
    """The verb an event noun hangs on through a purpose preposition (the profile's
    ``purpose_prepositions``), else None."""
    prepositions = frames.profile.purpose_prepositions
    head = noun.head
    if head.pos_ == "ADP" and head.lower_ in prepositions and head.head.pos_ == "VERB" and head.head.i != head.i:
        return head.head  # English: the noun is the object of the preposition
    if head.pos_ == "VERB" and head.i != noun.i and any(c.dep_ == "case" and c.lower_ in prepositions for c in noun.children):
        return head  # French: the preposition is the noun's case marker
    return None


def told_by_trip(frames: ParagraphFrames, governor: Token, code: str, events: Sequence[Event]) -> bool:
    """Whether the verb the purpose phrase hangs on already coded this very code (the intended
    meeting of "will travel to Seoul for talks")."""
    where = frames.offset + governor.idx
    return any(e.cameo.code == code and e.trigger.start <= where < e.trigger.end for e in events)


__all__ = ["purpose_governor", "told_by_trip"]
