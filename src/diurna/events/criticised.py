"""Whom a criticism told in a relative clause is aimed at when it names the act only by its kind.

"Les autorités maliennes ont saisi de l'or appartenant au groupe Barrick, qui a dénoncé une mesure
« arbitraire »", "Iran's navy seized a tanker, the US Navy said, which condemned the act": the
criticised "measure", "act" or "move" (the language profile's ``act_words``) is the act the
sentence told before the clause, so the criticism is aimed at that act's doer, never at the critic
itself. One step of the chain of ``untold.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from spacy.tokens import Token

from ..knowledge.actors import fold
from ..records import Event
from .roles import Role, same_actor
from .roots import DISAPPROVAL_ROOT

if TYPE_CHECKING:
    from .frames import ParagraphFrames


def criticised_doers(
    frames: ParagraphFrames, verb: Token, root: str, sources: list[Role], events: Sequence[Event], sentence: int
) -> list[Role]:
    """The doer of the act coded first in the sentence numbered ``sentence`` before ``verb``, a
    criticism in a relative clause whose object is a word of an act's kind (``events``: the
    article's events so far)."""
    if root != DISAPPROVAL_ROOT or verb.pos_ != "VERB" or frames.grammar.clause_link(verb) != "relcl":
        return []
    if not any(fold(o.lemma_) in frames.profile.act_words for o in frames.fillers(verb, "obj")):
        return []
    where = frames.offset + verb.idx
    for event in events:
        if event.sentence_index != sentence or event.trigger.start >= where:
            continue
        doer = Role(event.source, "inherited")
        if all(not same_actor(doer, s) for s in sources):
            return [doer]
    return []


__all__ = ["criticised_doers"]
