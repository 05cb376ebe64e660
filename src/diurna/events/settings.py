"""Meetings that only set the scene.

"Russia vetoed the resolution at a summit in Brussels", "as EU leaders met for a summit, France
announced sanctions", "lors d'un sommet à Bruxelles, la France a annoncé…", "en marge du sommet":
a meeting noun in a place or time adjunct (or in a temporal clause) tells where and when another
act was done, not a meeting of its own. Its target-less event is dropped when another act is
coded in the same sentence outside the adjunct; a meeting told as the act ("the leaders held a
summit", "the leaders met in Brussels") stays.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

from spacy.tokens import Token

from ..actors.context import OF_WORDS
from ..knowledge.actors import fold
from ..records import Event

if TYPE_CHECKING:
    from .frames import ParagraphFrames

# How many frame nouns are climbed ("on the sidelines of a summit").
MAX_CLIMB = 2


@dataclass(frozen=True)
class Setting:
    """Events a meeting noun made, and the character span of the adjunct it stands in."""

    made: tuple[Event, ...]
    start: int
    end: int


def _marker(token: Token, markers: frozenset[str]) -> tuple[str | None, Token]:
    """The adjunct-opening word of ``token`` (its preposition or case marker) and the adjunct's top."""
    if token.head.pos_ == "ADP" and token.dep_ == "pobj":
        return fold(token.head.lemma_), token.head
    if token.head.pos_ == "ADV" and fold(token.head.text) in markers:
        return fold(token.head.text), token.head  # "lors de": an adverb the parser gives the noun to
    cases = [c for c in token.children if c.dep_ in ("case", "fixed")]
    return (fold(cases[0].lemma_) if cases else None), token


def setting_span(frames: ParagraphFrames, noun: Token) -> tuple[int, int] | None:
    """The character span of the place/time adjunct the meeting noun ``noun`` stands in, if any."""
    profile, token = frames.profile, noun
    frames_words = profile.setting_frames
    for _ in range(MAX_CLIMB + 1):
        marker, top = _marker(token, profile.setting_markers)
        governor = top.head
        if marker in profile.setting_markers or (marker in profile.setting_frame_prepositions and fold(token.lemma_) in frames_words):
            if governor.pos_ in ("VERB", "AUX") and governor.i != top.i:
                return _span(frames, top)
        if governor.pos_ in ("VERB", "AUX") and governor.dep_ == "advcl" and governor.i != top.i:
            marks = {fold(c.text) for c in governor.children if c.dep_ == "mark"}
            if marks & profile.temporal_marks:
                return _span(frames, governor)  # the whole temporal clause sets the scene
        if governor.pos_ in ("NOUN", "ADP") and fold(governor.lemma_) in frames_words | OF_WORDS:
            token = governor if governor.pos_ == "NOUN" else governor.head
            continue
        if fold(governor.lemma_) in frames_words:
            token = governor
            continue
        break
    return None


def _span(frames: ParagraphFrames, top: Token) -> tuple[int, int]:
    first, last = top.left_edge, top.right_edge
    return frames.offset + first.idx, frames.offset + last.idx + len(last.text)


def scene_settings(settings: Sequence[Setting], events: list[Event]) -> set[str]:
    """Ids of the settings' events when another act is coded in the same sentence outside the adjunct."""
    dropped: set[str] = set()
    for setting in settings:
        ids = {e.event_id for e in setting.made}
        for bare in setting.made:
            if any(
                e.event_id not in ids
                and e.sentence_index == bare.sentence_index
                and not setting.start <= e.trigger.start < setting.end
                for e in events
            ):
                dropped.add(bare.event_id)
    return dropped
