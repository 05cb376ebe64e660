"""Accusations told by a verb of alleging or finding and the clause it says.

"…, charging that the rebels were plotting a coup", "alleged that Kigali
armed the rebels": to charge or allege that someone did something is to accuse them (CAMEO 112),
whatever the clause tells (``alleging_clause_verbs``). "Investigators concluded that the army
shelled the camp": a finding that someone used force or coercion is an accusation of the one
whose act it codes (``finding_verbs``); a finding of anything else accuses no one. The act the
clause tells is coded on its own, with its own actors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..knowledge.patterns import folded_lemma
from ..records import ActorMention

if TYPE_CHECKING:
    from .frames import ParagraphFrames

# The CAMEO code of an accusation.
ACCUSATION_CODE = "112"
# Roots of the acts a finding accuses their doer of: coercion, assault, fighting, mass violence.
FOUND_ACT_ROOTS = frozenset({"17", "18", "19", "20"})


def _said_clauses(frames: ParagraphFrames, verb: Token) -> list[Token]:
    return [c for c in verb.children if frames.grammar.clause_link(c) == "ccomp" and c.pos_ in ("VERB", "AUX")]


def alleged_acts(frames: ParagraphFrames, events: list) -> list[tuple[Token, list[ActorMention], list[ActorMention]]]:
    """(verb, accusers, accused) for the verbs of alleging and finding in the paragraph, the
    accused read off the clause they say."""
    senses = frames.patterns.senses
    found = []
    for verb in frames.doc:
        if verb.pos_ != "VERB":
            continue
        lemma = folded_lemma(verb)
        alleging, finding = lemma in senses.alleging_clause_verbs, lemma in senses.finding_verbs
        if not (alleging or finding) or frames.pattern_of(verb) is not None and frames.pattern_of(verb).target_required is False:
            continue
        accusers = [m for s in frames.subjects(verb) for m in frames.actors_of(s)]
        if not accusers:
            continue
        accused: list[ActorMention] = []
        for clause in _said_clauses(frames, verb):
            if alleging:
                accused += [m for s in frames.subjects(clause) for m in frames.actors_of(s)]
                continue
            span = [frames.offset + t.idx for t in clause.subtree]
            accused += [
                e.source for e in events
                if e.cameo.root in FOUND_ACT_ROOTS and span and min(span) <= e.trigger.start <= max(span)
            ]
        keys = {m.actor.key for m in accusers}
        accused = [m for i, m in enumerate(accused) if m.actor.key not in keys and all(o.actor.key != m.actor.key for o in accused[:i])]
        if accused:
            found.append((verb, accusers, accused))
    return found
