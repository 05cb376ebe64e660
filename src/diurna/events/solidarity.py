"""Acts done in solidarity with another: "expelled Russian diplomats in solidarity with London".

A noun of solidarity told as an adjunct of an act ("en solidarité avec Londres", "in solidarity
with the strikers") says that the clause's subjects stand with its complement by that act: support
(051) from each of them, not the sympathy (018) that expressing solidarity is ("a exprimé sa
solidarité avec la Turquie", where the noun is the verb's object and keeps its entry).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from spacy.tokens import Token

from ..knowledge.actors import fold
from ..knowledge.patterns import Pattern
from .frames import ParagraphFrames
from .roles import Role, roles_of

SUPPORT_CODE = "051"
# How many nouns an adjunct may hang below its clause's verb ("expelled diplomats in solidarity").
CLIMB = 3


def acted_in_solidarity(
    frames: ParagraphFrames, noun: Token, pattern: Pattern, sources: Sequence[Role], targets: Sequence[Role]
) -> tuple[Pattern, list[Role], list[Role]]:
    """The pattern, sources and targets of a noun of solidarity told in an adjunct of a clause:
    support by the clause's subjects to whom it is with (a complement the parser may hang on the
    verb or a noun between: "l'expulsion de diplomates en solidarité avec Londres"); else the
    arguments unchanged."""
    unchanged = pattern, list(sources), list(targets)
    senses = frames.patterns.senses
    case = frames.grammar.case_word(noun)
    if pattern.name not in senses.solidarity_nouns or case is None or fold(case.lemma_) not in senses.solidarity_prepositions:
        return unchanged
    verb = noun.head
    path = [verb]
    for _ in range(CLIMB):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
        path.append(verb)
    if verb.pos_ != "VERB":
        return unchanged
    subjects = roles_of(frames, frames.subjects(verb), inherited=not frames.fillers(verb, "subj"))
    if not subjects:
        return unchanged
    own = {r.mention.actor.key for r in subjects}
    if not targets:
        targets = [r for slot in pattern.target for head in path for r in roles_of(frames, frames.fillers(head, slot), slot=slot)]
    return replace(pattern, code=SUPPORT_CODE), subjects, [r for r in targets if r.mention.actor.key not in own]


__all__ = ["acted_in_solidarity"]
