"""Where aid told by a noun is going: "a UN aid convoy crossed into Sudan from Chad", "un convoi
humanitaire de l'ONU est entré dans Gaza", "des camions d'aide sont entrés dans Gaza".

An aid noun (CAMEO 07) that is the subject of its clause names no recipient itself; the place its
verb moves it to does. Aid sent to a place goes to that place's state (``actors_of(where=True)``),
unless that is the sender's own.
"""

from __future__ import annotations

from spacy.tokens import Token

from .frames import ParagraphFrames
from .roles import Role, roles_of

AID_ROOT = "07"
# The prepositions of where a moving thing goes are the language profile's ``destination_prepositions``.


def aid_destinations(frames: ParagraphFrames, noun: Token, root: str, sources: list[Role]) -> list[Role]:
    """The state of the place an aid noun's verb moves it to, never one of the sources'."""
    if root != AID_ROOT or noun.pos_ != "NOUN" or noun.head.pos_ != "VERB":
        return []
    verb = noun.head
    if noun not in frames.subjects(verb):
        return []
    own = {r.mention.actor.key for r in sources}
    for slot in frames.profile.destination_prepositions:
        found = [r for r in roles_of(frames, frames.fillers(verb, slot), where=True, slot=slot) if r.mention.actor.key not in own]
        if found:
            return found
    return []
