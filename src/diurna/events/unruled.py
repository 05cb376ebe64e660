"""Not ruling out force is threatening it: "Kenya did not rule out military intervention in
Somalia", "the African Union did not rule out the use of force against the army".

A negated rejection (CAMEO 12) whose object is force (a noun of force, or an act of force: 18-20)
does not reject anything: it keeps force on the table, a threat of military force (138), made to
whom the force would be aimed at ("against", "contre") or the state where it would be used.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..knowledge.actors import fold
from .frames import ParagraphFrames
from .roles import Role, roles_of
from .roots import FORCE_OUTCOME_ROOTS, REJECT_ROOT

THREAT_OF_FORCE = "138"
# Nouns of force that are no act entry of their own, and the adjectives that make "action",
# "option" or "intervention" military, are the language profile's ``force_nouns`` and
# ``military_modifiers``.
DEPTH = 2


def _force_nouns(frames: ParagraphFrames, verb: Token) -> list[Token]:
    words, military_words = frames.profile.force_nouns, frames.profile.military_modifiers
    found: list[Token] = []
    frontier = list(frames.objects(verb))
    for _ in range(DEPTH):
        below: list[Token] = []
        for noun in frontier:
            pattern = frames.pattern_of(noun)
            lemma = fold(noun.lemma_)
            military = any(fold(c.lemma_) in military_words for c in noun.children)
            if (pattern is not None and pattern.code[:2] in FORCE_OUTCOME_ROOTS) or (lemma == "force") or (lemma in words and military):
                found.append(noun)
            below += [f for _, f in frames.arguments(noun) if f.pos_ == "NOUN"]
        frontier = below
    return found


def force_not_ruled_out(frames: ParagraphFrames, verb: Token, code: str, negated: bool, sources: list[Role]) -> list[Role] | None:
    """None unless ``verb`` is a negated rejection of force; else the threat's targets (maybe none)."""
    if code[:2] != REJECT_ROOT or not negated or verb.pos_ != "VERB":
        return None
    nouns = _force_nouns(frames, verb)
    if not nouns:
        return None
    own = {r.mention.actor.key for r in sources}
    for noun in [*nouns, *frames.objects(verb), verb]:  # "the use of force against …": on any of them
        fillers = [f for slot in frames.profile.adversative_prepositions for f in frames.fillers(noun, slot)]
        for where, found in ((False, fillers), (True, [f for slot in sorted(frames.profile.locative_prepositions) for f in frames.fillers(noun, slot)])):
            targets = [r for r in roles_of(frames, found, where=where) if r.mention.actor.key not in own]
            if targets:
                return targets
    return []
