"""A host's participle on a meeting noun: "talks hosted by Turkey", "des pourparlers organisés par
la Malaisie". Its agent hosts the meeting (CAMEO 043, with each party: events/sponsors.py); it is
no participant, so the noun borrows no agent from it (``frames.ParagraphFrames.arguments``).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..grammar import has_feature
from ..knowledge.patterns import folded_lemma

# The CAMEO code of hosting a meeting; the participles that tell it are the ``host_participles``
# of the ``[senses]`` table.
HOSTING_CODE = "043"
# The CAMEO code of mediating, told by a verb pattern of that code ("mediate", "broker").
MEDIATING_CODE = "045"
# Links of a participle on the noun it qualifies.
PARTICIPLE_LINKS = frozenset({"acl", "amod"})


def host_participle(token: Token, participles: frozenset[str]) -> str | None:
    """The code of a host's participle on a noun ("talks hosted by Turkey"), else None."""
    if token.dep_ not in PARTICIPLE_LINKS or not has_feature(token, "VerbForm", "Part") or token.head.pos_ != "NOUN":
        return None
    return HOSTING_CODE if folded_lemma(token) in participles else None


def mediator_participle(token: Token, code: str) -> bool:
    """Whether ``token`` is a participle of mediating on a noun ("talks mediated by Qatar", "a
    truce brokered by Russia"): its agent mediates and is no party of the act."""
    return code.startswith(MEDIATING_CODE) and token.dep_ in PARTICIPLE_LINKS and token.head.pos_ == "NOUN"


__all__ = ["HOSTING_CODE", "MEDIATING_CODE", "host_participle", "mediator_participle"]
