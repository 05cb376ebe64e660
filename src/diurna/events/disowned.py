"""Whose act a condemnation or a rejection answers, when only the article guesses their country.

"Le président tunisien a rejeté les appels de l'opposition à reporter l'élection", "the
government condemned the protesters' violence": the object of a verb of disapproval or rejection
is an act, and who does it is the target ("condamner l'invasion russe" targets Russia). An actor
whose country is only the article's guess ("l'opposition", "the protesters") is not taken as the
owner of a thing in general ("joint coast guard exercises", ``roles.roles_of``); here the verb is
aimed at that act and so at its doer, who is taken.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..records import ActorMention

if TYPE_CHECKING:
    from .frames import ParagraphFrames

# Roots of disapproval and rejection (CAMEO 11, 12): aimed at the doer of the act they name.
ANSWERING_ROOTS = {"11", "12"}


def guessed_doers(frames: ParagraphFrames, verb: Token, root: str, own: set[str | None]) -> list[ActorMention]:
    """The actors (of a guessed country) doing the event nouns ``verb`` disapproves of or rejects;
    ``own`` holds the source's actor codes (country and sector: a government may reject its own
    country's opposition)."""
    if root not in ANSWERING_ROOTS or verb.pos_ != "VERB":
        return []
    for obj in frames.objects(verb):
        if frames.pattern_of(obj) is None or obj.i in frames.mention_at:
            continue  # a thing, or an actor itself: read as usual
        found = [m for m in frames.actors_of(obj) if m.actor.how == "domestic" and m.actor.code not in own]
        if found:
            return found
    return []


# Roots of acts done together (intents, meetings, diplomatic and material cooperation): rejecting
# one "with" someone ("refused any dialogue with the rebels", "a refusé toute coopération avec la
# CPI") is aimed at that partner.
JOINT_ROOTS = {"03", "04", "05", "06"}
# How far down the object the joint act may be ("toute reprise des pourparlers avec …").
JOINT_DEPTH = 2


def refused_partners(frames: ParagraphFrames, verb: Token, root: str, own: set[str | None]) -> list[ActorMention]:
    """The partners of a joint act (a noun on the object of a verb of disapproval or rejection, or
    the object itself) named after its comitative preposition; ``own`` holds the source's actor
    codes."""
    if root not in ANSWERING_ROOTS or verb.pos_ != "VERB":
        return []
    frontier = [o for o in frames.objects(verb) if o.i not in frames.mention_at]
    for _ in range(JOINT_DEPTH):
        below: list[Token] = []
        for noun in frontier:
            pattern = frames.pattern_of(noun)
            if pattern is not None and pattern.code[:2] in JOINT_ROOTS:
                found = [
                    m
                    for slot in frames.profile.comitative_prepositions
                    for filler in frames.fillers(noun, slot)
                    for m in frames.actors_of(filler)
                    if m.actor.code not in own
                ]
                if found:
                    return found
            below += [f for _, f in frames.arguments(noun) if f.pos_ == "NOUN" and f.i not in frames.mention_at]
        frontier = below
    return []
