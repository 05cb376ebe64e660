"""An event noun's target phrase hung on the phrase that names its actor.

"an attack by Somali militiamen on a police post", "raids by helicopter gunships on rebel camps",
"l'incursion de soldats tchadiens dans un village soudanais": the parser hangs
the phrase of whom or where the act is aimed at on the last noun before it, the actor's, not on
the event noun. The actor's complement after the event noun ("by …", "de …") carries the noun's
target slots then, when it names someone other than the actor (not "les forces de sécurité
iraniennes", the actor's own words); an actor before the noun ("Russia's attacks") has nothing
of the noun's hung on it.
"""

from __future__ import annotations

from spacy.tokens import Token

from .frames import ParagraphFrames

# Source slots that modify the noun from before it: nothing of the noun's hangs on them.
MODIFIER_SLOTS = frozenset({"amod", "poss", "compound", "governor", "subj"})


def actor_phrase_heads(frames: ParagraphFrames, noun: Token, source_slots: tuple[str, ...]) -> list[Token]:
    """The heads of the phrases after ``noun`` that fill its source slots ("by helicopter gunships", "de
    soldats maliens"), where a target phrase of the noun may hang. Modifiers before the noun
    (its adjective, possessive, compound) carry none."""
    heads: list[Token] = []
    for slot in source_slots:
        if slot in MODIFIER_SLOTS:
            continue
        for filler in frames.fillers(noun, slot):
            if filler.i > noun.i and filler.pos_ in ("NOUN", "PROPN") and filler not in heads:
                heads.append(filler)
    return heads


__all__ = ["MODIFIER_SLOTS", "actor_phrase_heads"]
