"""Whom an act of force was done to, told by its toll.

"Russian forces shelled the town, killing six Ukrainian soldiers", "L'armée russe a bombardé la
ville, tuant six soldats ukrainiens", "s'est fait exploser dans une mosquée, tuant des dizaines de
policiers": an act of force on a thing no actor owns names its victims in the participle of its
toll. The toll is not a second act (``retold_by_participle``); the people it names are
the act's target. So do the relative clauses telling the toll of a claimed act (claimed.py).
The toll of an accident ("crashed after take-off, killing 157") is no act at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..knowledge.actors import fold
from .claimed import AUX_DEPS, relative_tolls
from .manner import tells_how
from .roots import FORCE_OUTCOME_ROOTS

if TYPE_CHECKING:
    from ..knowledge.patterns import Pattern
    from .frames import ParagraphFrames



def toll_participles(frames: ParagraphFrames, verb: Token) -> list[tuple[Token, Pattern]]:
    """The subjectless participles of force in ``verb``'s clause (on the verb, or hung by the
    parser on a noun of its clause: "dans une mosquée, tuant …"), with their entries."""
    if verb.pos_ == "NOUN":
        # A claimed act's toll in a relative clause ("l'attentat qui a tué …", events/claimed.py).
        tolls = [(c, frames.pattern_of(c)) for c in relative_tolls(frames, verb)]
        return [(c, p) for c, p in tolls if p is not None and p.code[:2] in FORCE_OUTCOME_ROOTS]
    if verb.pos_ != "VERB":
        return []
    found: list[tuple[Token, Pattern]] = []
    for token in verb.subtree:
        if token.pos_ != "VERB" or token.i == verb.i or frames.grammar.clause_link(token) not in ("advcl", "acl"):
            continue
        # A subject of its own makes it a clause (one the participle borrows from its noun does not).
        if token.morph.get("VerbForm") not in (["Part"], ["Ger"]) or any(f.head.i == token.i for f in frames.fillers(token, "subj")):
            continue
        if any(c.dep_ in AUX_DEPS for c in token.children):  # auxiliaries make it a clause of its own ("ont été tués"), not a toll
            continue
        # The participle's nearest verb above must be the act itself, not a clause below it.
        above = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if above is None or above.i != verb.i:
            continue
        pattern = frames.pattern_of(token)
        if pattern is not None and pattern.code[:2] in FORCE_OUTCOME_ROOTS:
            found.append((token, pattern))
    return found


def retold_by_participle(frames: ParagraphFrames, verb: Token, pattern: Pattern, killing: bool) -> bool:
    """A subjectless participle that tells again the act of the verb it hangs on: the toll of an
    act of force ("shelled the town, killing six"), or the same kind of act ("convicted him,
    sentencing him to nine years")."""
    governor = verb.head
    if verb.pos_ != "VERB" or frames.grammar.clause_link(verb) != "advcl" or governor.i == verb.i or frames.fillers(verb, "subj"):
        return False
    if verb.morph.get("VerbForm") not in (["Part"], ["Ger"]):
        return False
    if any(c.dep_ in AUX_DEPS for c in verb.children) or tells_how(frames, verb):
        return False  # "ont été reçus par …" (a clause), "en bombardant la ville" (how, not the toll)
    intransitive = not any(c.dep_ in ("obj", "dobj") for c in governor.children)  # "sank a frigate" is an attack
    if killing and intransitive and fold(governor.lemma_) in frames.patterns.senses.accident_verbs:
        return True  # "the airliner crashed after take-off, killing 157": an accident's toll, no one's act
    told = frames.pattern_of(governor)
    if told is None:
        return False
    return told.code[:2] == pattern.code[:2] or (killing and told.code[:2] in FORCE_OUTCOME_ROOTS)
