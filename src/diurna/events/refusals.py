"""A refusal named by its noun, with the act refused as an infinitive on it.

"après le refus de Quito d'accueillir les vols d'une compagnie russe", "Moscow's refusal to
receive the envoys of the EU": the one the noun's "de" phrase names refuses (the source, not
the target), and the refusal is aimed at whom the refused act would be done to, the object of
the infinitive (or its owner).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .roles import Role, roles_of
from .roots import REJECT_ROOT

if TYPE_CHECKING:
    from .frames import ParagraphFrames


def refused_act_roles(frames: ParagraphFrames, noun: Token, code: str, sources: list[Role], targets: list[Role]) -> tuple[list[Role], list[Role]]:
    """(sources, targets) of a refusal noun with an infinitive of the act refused: the noun's own
    actor refuses, the infinitive's object is refused."""
    refusers = sources or targets  # "le refus de Bogota": the "de" phrase was read as the target
    if code[:2] != REJECT_ROOT or noun.pos_ != "NOUN" or not refusers or (sources and targets):
        return sources, targets
    refused = [c for c in noun.children if c.pos_ == "VERB" and frames.grammar.clause_link(c) in ("acl", "xcomp") and c.i > noun.i]
    if not refused:
        return sources, targets
    own = {r.mention.actor.key for r in refusers}
    aimed = [r for c in refused for r in roles_of(frames, frames.objects(c)) if r.mention.actor.key not in own]
    return (refusers, aimed) if aimed else (sources, targets)
