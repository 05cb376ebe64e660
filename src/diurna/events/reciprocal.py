"""Acts coordinated actors do to each other: "Israel and Hamas accused each other of violating
the truce", "Israël et le Hezbollah se sont mutuellement accusés", "Armenia and Azerbaijan blamed
one another": each side does the act to the other, one event each way (A→B and B→A), where a
joint act ("Brazil and Korea discussed …") is one event per pair. The pair may also stand one word
down, owning the object or after a preposition ("shelled each other's positions", "fired at each
other"), or be split between subject and object ("with each army faulting the other"): the sides
are still each other's target, before any owner or place of that object.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..knowledge.language_profile import LanguageProfile


def _pair_words(token: Token) -> set[str]:
    return {token.lower_, *(c.lower_ for c in token.children)}


def done_to_each_other(verb: Token, profile: LanguageProfile) -> bool:
    """Whether ``verb`` says its coordinated subjects did the act to each other."""
    if verb.pos_ != "VERB":
        return False
    adverbs, pairs = profile.reciprocal_adverbs, profile.reciprocal_pairs
    for child in verb.children:
        if child.lower_ in adverbs:
            return True
        words = _pair_words(child)
        # "each other" (other ← each), "one another" (one ← another), "l'un l'autre" (autre ← un).
        if any(first in words and second in words for first, second in pairs):
            return True
    # The pair split between subject and object: "each side blaming the other".
    subjects = set().union(*(_pair_words(c) for c in verb.children if c.dep_ == "nsubj"))
    objects = set().union(*(_pair_words(c) for c in verb.children if c.dep_ in ("dobj", "obj")))
    if any(first in subjects and second in objects for first, second in pairs):
        return True
    return aimed_at_each_other(verb, profile)


def aimed_at_each_other(verb: Token, profile: LanguageProfile) -> bool:
    """Whether a reciprocal pair stands one word below ``verb``: owning its object ("shelled each
    other's positions") or after a preposition ("fired at each other")."""
    if verb.pos_ != "VERB":
        return False
    pairs = profile.reciprocal_pairs
    for child in verb.children:
        for grandchild in child.children:
            if grandchild.dep_ not in ("poss", "pobj"):
                continue
            words = _pair_words(grandchild)
            if any(first in words and second in words for first, second in pairs):
                return True
    return False


def done_jointly(verb: Token, adverbs: frozenset[str]) -> bool:
    """Whether an adverb on ``verb`` says its coordinated subjects act together ("patrolled the
    frontier together", "patrouillent conjointement")."""
    return verb.pos_ == "VERB" and any((c.dep_ == "advmod" or c.pos_ == "ADV") and c.lower_ in adverbs for c in verb.children)
