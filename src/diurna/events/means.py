"""Whom an act of force was done to, when it is the means of a passive killing.

"Un commandant du Hezbollah a été tué à Bagdad dans une frappe de drone américaine", "two
soldiers were wounded in a Russian drone attack": the noun names who struck (its own actor),
the passive verb's subject who was struck. The noun takes that subject's actor as its target,
else the place the verb names ("tué à Bagdad"), which stands for its country.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .roots import FORCE_OUTCOME_ROOTS

if TYPE_CHECKING:
    from .frames import ParagraphFrames


def struck_by_means(frames: ParagraphFrames, noun: Token, root: str) -> tuple[list[Token], list[Token]]:
    """(the passive subjects, the verb's locative fillers) of the toll verb ``noun`` is the means of."""
    if noun.pos_ != "NOUN":
        return [], []
    verb = noun.head
    if verb.pos_ == "ADP":
        verb = verb.head  # English hangs the phrase on its preposition ("killed in → a strike")
    if root not in FORCE_OUTCOME_ROOTS or verb.i == noun.i or verb.pos_ != "VERB" or not frames.grammar.is_passive(verb):
        return [], []
    told = frames.pattern_of(verb)
    if told is None or told.code[:2] not in FORCE_OUTCOME_ROOTS or frames.fillers(verb, "agent"):
        return [], []  # not a toll, or one with its own agent ("tué par l'armée dans une frappe")
    if frames.grammar.case_word(noun) is None:
        return [], []  # the means is a phrase on the verb ("dans une frappe"), not its subject
    # Who was struck is the passive's object (its grammatical subject): ``frames.subjects`` gives
    # the logical subject, which for a passive with no agent may be the means itself.
    struck = [o for o in frames.objects(verb) if o.i != noun.i]
    places = [f for slot, f in frames.arguments(verb) if slot in frames.profile.locative_prepositions and f.i != noun.i]
    return struck, places
