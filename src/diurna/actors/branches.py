"""A generic body named with one of its own branches: "des casques bleus de la Minusca", "UN
peacekeepers from MINUSMA" are that mission's peacekeepers, not the UN's in general.

An organisation mention whose noun carries, through an owner word ("of", "from", "de"), a mention
of another organisation that is its branch (its ``parent`` in organizations.toml) or a branch of
the same parent (the UN's peacekeeping and its missions) stands for that named organisation.
The named one is counted once.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Mapping, Sequence

from spacy.tokens import Doc

from ..knowledge.actors import Organization
from ..records import ActorMention
from .apposed import owner_tokens


def _branch_of(general: Organization, named: Organization) -> bool:
    return named.id != general.id and (named.parent == general.id or (bool(general.parent) and named.parent == general.parent))


def named_branches(
    doc: Doc, mentions: Sequence[ActorMention], owner_words: frozenset[str], organizations: Mapping[str, Organization]
) -> list[tuple[int, ActorMention, int]]:
    """Each organisation mention that a branch named after it stands for: its index in ``mentions``,
    the mention it now is, and the index of the branch's own mention."""
    by_head = {m.head: index for index, m in enumerate(mentions)}
    found = []
    for index, mention in enumerate(mentions):
        general = organizations.get(mention.actor.organization or "")
        if general is None:
            continue
        for token in owner_tokens(doc, mention.head, owner_words):
            owner = by_head.get(token.i)
            named = organizations.get(mentions[owner].actor.organization or "") if owner is not None else None
            if named is not None and _branch_of(general, named):
                found.append((index, replace(mention, actor=mentions[owner].actor), owner))
                break
    return found


__all__ = ["named_branches"]
