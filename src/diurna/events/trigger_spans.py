"""The words of the text an event's trigger stands for: the trigger, its auxiliaries, its particles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..knowledge.patterns import Pattern
from ..records import TextSpan
from .tolls import AUX_DEPS

if TYPE_CHECKING:
    from .frames import ParagraphFrames


def trigger_span(token: Token, pattern: Pattern, frames: ParagraphFrames) -> TextSpan:
    start = end = token.i
    if token.pos_ == "VERB":
        for child in token.children:
            if child.dep_ in AUX_DEPS and child.i < start and token.i - child.i <= 3:  # its auxiliaries join the span ("ont condamné")
                start = child.i
        for i in frames.particle_tokens(token, pattern):
            if i > end and i - end <= 2:
                end = i
    doc = token.doc
    first = doc[start]
    text = doc[start : end + 1].text  # doc.text[first.idx : last.idx + len(last.text)], without building doc.text
    return TextSpan(text, frames.offset + first.idx, frames.offset + first.idx + len(text))
