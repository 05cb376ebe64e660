"""Whom an accusation told beside another act is aimed at, when its own slots name no one.

"Le Bénin a suspendu sa coopération avec les Pays-Bas, reprochant notamment à La Haye de …",
"severed relations with Togo, accusing it of …", "la rupture de tout lien avec l'Italie, qu'il
accuse de …": a participle set off by a comma, or a relative clause whose relative pronoun is not
its subject, hung on an act, accuses whom that act was done to (its pronoun, or the name the
actor stage left unread, stands for it). Never the accuser itself, nor people no actor names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Sequence

from spacy.tokens import Token

from ..actors.homes import DOMESTIC
from ..grammar import is_side_clause
from ..records import Event
from .roles import Role, same_actor
from .roots import DISAPPROVAL_ROOT

if TYPE_CHECKING:
    from .frames import ParagraphFrames



def _governor(frames: ParagraphFrames, verb: Token) -> Token | None:
    """The word an accusing clause hangs on: a side participle's verb, a relative clause's noun
    (when its relative pronoun is not its subject: "qu'il accuse", not "qui accuse")."""
    link = frames.grammar.clause_link(verb)
    if link == "advcl" and is_side_clause(verb):
        return verb.head
    if link == "relcl" and not any(frames.grammar.is_relative_pronoun(s) for s in frames.fillers(verb, "subj")):
        if any(frames.grammar.is_relative_pronoun(c) for c in verb.children):
            return verb.head
    return None


def accused_beside(
    frames: ParagraphFrames,
    verb: Token,
    root: str,
    sources: list[Role],
    events: Sequence[Event],
    act_targets: Callable[[Token], list[Role]],
) -> list[Role]:
    """The targets of the act an accusing clause hangs on: its coded events' targets, else the
    act's own (``act_targets``)."""
    if root != DISAPPROVAL_ROOT or verb.pos_ != "VERB" or verb.head.i == verb.i:
        return []
    governor = _governor(frames, verb)
    if governor is None:
        return []
    where = frames.offset + governor.idx
    coded = [e.target for e in events if e.target is not None and e.trigger.start <= where < e.trigger.end]
    found = [Role(m, "inherited") for m in coded]
    if not found and frames.pattern_of(governor) is not None:
        found = [Role(t.mention, "inherited", t.slot) for t in act_targets(governor)]
    unique: list[Role] = []
    for role in found:
        # People no actor names ("arrested students, accusing them"): no one is made up for them.
        if role.mention.actor.how == DOMESTIC:
            continue
        if all(not same_actor(role, other) for other in [*sources, *unique]):
            unique.append(role)
    return unique


__all__ = ["accused_beside"]
