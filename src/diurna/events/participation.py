"""An event noun the parser hung on the addressee of a participation expression.

"a fait part au président kényan de sa compassion": the "de" phrase is the expression's own
complement (``participation_verbs``: "faire part" = "de"), told to the addressee before it,
though the parser makes it a complement of that addressee. The verb carries the noun as it does
when the phrases come the other way round ("a fait part de sa compassion au président").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..knowledge.actors import fold
from ..knowledge.patterns import folded_lemma

if TYPE_CHECKING:
    from .frames import ParagraphFrames


def lifted_participation(frames: ParagraphFrames, noun: Token) -> Token | None:
    """The verb of a participation expression whose complement the parser hung on the phrase
    before it, else None. Not a word of that phrase's own actor ("au ministre de la Défense")."""
    case = frames.grammar.case_word(noun)
    holder = noun.head
    if case is None or holder.i >= noun.i or holder.pos_ not in ("NOUN", "PROPN") or noun.i in frames.mention_at:
        return None
    verb = holder.head
    if verb.i == holder.i or verb.pos_ not in ("VERB", "AUX") or frames.grammar.case_word(holder) is None:
        return None
    words = {fold(c.lemma_) for c in verb.children if c.dep_ in ("obj", "dobj", "compound:prt", "prt")}
    expressions = {folded_lemma(verb)} | {f"{folded_lemma(verb)} {w}" for w in words}
    preposition = frames.profile.slot_of_preposition(case.lower_)
    return verb if any(frames.profile.participation_verbs.get(e) == preposition for e in expressions) else None
