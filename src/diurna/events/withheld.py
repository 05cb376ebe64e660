"""Whom an act about a meeting is aimed at when the verb names no one: the other side of the
meeting it is about. "Azerbaijan declined to attend a meeting with Armenia", "Serbia called off
its talks with Kosovo": the "with" phrase hangs on the meeting noun, the verb's object (or the
object of the verb its expression takes, "decline attend"), so the verb's own slots find no
target; the meeting's other side is it.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from ..knowledge.patterns import Pattern
from .roots import MEETING_ROOT
from .frames import ParagraphFrames
from .roles import Role, same_actor



def _object_nouns(frames: ParagraphFrames, verb: Token, pattern: Pattern) -> list[Token]:
    """The nouns the verb, or a verb of its expression ("declined to attend"), takes as object."""
    verbs = [verb, *(frames.doc[i] for i in sorted(frames.particle_tokens(verb, pattern)) if frames.doc[i].pos_ == "VERB")]
    return [o for v in verbs for o in frames.objects(v) if o.pos_ == "NOUN"]


def meeting_other_side(
    frames: ParagraphFrames,
    verb: Token,
    pattern: Pattern,
    sources: list[Role],
    act_roles: Callable[[Token], tuple[list[Role], list[Role]]],
) -> list[Role]:
    """The other sides of the meeting a verb's act is about, when the verb's doer is a side of it
    ("declined to attend a meeting with X": the subject would have attended)."""
    if verb.pos_ != "VERB" or not sources or pattern.code[:2] == MEETING_ROOT:
        return []
    for noun in _object_nouns(frames, verb, pattern):
        told = frames.pattern_of(noun)
        if told is None or told.code[:2] != MEETING_ROOT:
            continue
        sides, targets = act_roles(noun)
        if not any(same_actor(side, s) for side in sides for s in sources):
            continue  # "denounced the visit to Taiwan of a Japanese delegation": not the doer's meeting
        others = [Role(t.mention, "inherited", t.slot) for t in targets if not any(same_actor(t, s) for s in sources)]
        if others:
            return others
    return []


__all__ = ["meeting_other_side"]
