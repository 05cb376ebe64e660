"""The parties people speak for, each a side.

"Negotiators for the Colombian government and the ELN", "Representatives of the Congolese
government and the M23 rebels": a mention that takes its actor from the phrase it governs (the
people who speak or act for a party) stands for every party coordinated in that phrase, whatever
their sector: rebels negotiate with a government through such a phrase as often as two states do.
English delegates that head a clause's subject are mended in the parse first (grammar/en_delegates.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..grammar import conjuncts
from ..records import ActorMention


def _governed_nouns(token: Token) -> list[Token]:
    """The nouns of the prepositional phrases on ``token``: an English preposition's object
    ("for the government") or a French nominal modifier ("du gouvernement")."""
    found: list[Token] = []
    for child in token.children:
        if child.dep_ == "prep":
            found.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "nmod" and any(c.dep_ == "case" for c in child.children):
            found.append(child)
    return found


def represented_sides(token: Token, mention: ActorMention, mention_at: dict[int, ActorMention], offset: int) -> list[ActorMention]:
    """The other parties of the phrase a mention takes its actor from ("Negotiators for the
    government and the ELN": the ELN). The phrase's first noun must be the mention's own party: a
    mention of the same actor, or a word inside the mention's span (the actors stage folded it)."""
    found: list[ActorMention] = []
    for noun in _governed_nouns(token):
        inner = mention_at.get(noun.i)
        inside = mention.span.start <= offset + noun.idx < mention.span.end
        if not inside and (inner is None or inner.actor.code != mention.actor.code):
            continue
        for member in list(conjuncts(noun))[1:]:
            other = mention_at.get(member.i)
            if (
                other is not None and other is not mention and other.head == member.i
                and other.actor.code != mention.actor.code and other not in found
            ):
                found.append(other)
    return found


__all__ = ["represented_sides"]
