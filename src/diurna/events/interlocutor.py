"""Whom an appeal or a promise is made to when it follows a talk: "Turkey's foreign minister met
his Iranian counterpart in Ankara. He promised to expand trade", "Le ministre s'est entretenu avec
son homologue iranien. Il a demandé la réouverture de la frontière".

A request, demand or promise (CAMEO 02, 03, 10) whose clause names no one it is made to, told in
the sentence right after a meeting or call (CAMEO 04) of the same actor, is made to the other
party of that talk.
"""

from __future__ import annotations

from typing import Iterable

from ..records import Event
from .roles import Role
from .roots import MEETING_ROOT

# Roots of acts told to someone in person, whose addressee a talk just told may be.
TOLD_IN_TALKS_ROOTS = {"02", "03", "10"}


def _same(first, second) -> bool:
    # By state or organisation only: "He" may be read as another body of the same state.
    return first.actor.key == second.actor.key


def interlocutors(events: Iterable[Event], sentence: int, paragraph: int, root: str, sources: list[Role]) -> list[Role]:
    """The other party of a talk of a source told in the sentence before ``sentence``."""
    if root not in TOLD_IN_TALKS_ROOTS or not sources:
        return []
    for event in reversed(list(events)):
        if event.sentence_index != sentence - 1 or event.cameo.root != MEETING_ROOT or event.target is None:
            continue
        if event.source.paragraph != paragraph:
            continue
        for source in sources:
            if _same(event.source, source.mention) and not _same(event.target, source.mention):
                return [Role(event.target, "anaphora")]
            if _same(event.target, source.mention) and not _same(event.source, source.mention):
                return [Role(event.source, "anaphora")]
    return []
