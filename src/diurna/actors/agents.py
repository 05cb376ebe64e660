"""Nouns that do their clause's act: its subject, or its agent, of a passive verb or of an act
noun ("le pilonnage d'un village par l'aviation", "villages bombed by the army"). A bare noun that does
the act is the sole country's even in the sentence that names it (see ``homes.sole_in_own_sentence``):
an agent is read as a subject is."""

from __future__ import annotations

from spacy.tokens import Token

from ..knowledge.language_profile import LanguageProfile
from .qualifiers import SUBJECT_DEPS

# Dependencies the parsers give an agent itself (French "obl:agent") or its preposition (English "agent").
AGENT_DEPS = frozenset({"obl:agent", "agent"})
# The pattern slot of an agent's preposition ("by", "par": LanguageProfile.preposition_slots).
AGENT_SLOT = "agent"


def does_the_act(token: Token, profile: LanguageProfile) -> bool:
    """Whether ``token`` heads the subject or the agent of its clause or of an act noun."""
    if token.dep_ in SUBJECT_DEPS or token.dep_ in AGENT_DEPS:
        return True
    # French: the noun carries its preposition ("par/case l'armée").
    if any(c.dep_ == "case" and profile.slot_of_preposition(c.text) == AGENT_SLOT for c in token.children):
        return True
    # English: the preposition heads the noun ("by/agent the army", "the bombing by/prep the air force").
    preposition = token.head
    return token.dep_ == "pobj" and preposition.dep_ in ("prep", "agent") and profile.slot_of_preposition(preposition.text) == AGENT_SLOT
