"""Whom a verb of reaction is aimed at when its own slots name no one.

- The doer of the act it came after: "India rejected any third-party mediation on Kashmir, a
  day after Donald Trump offered to mediate", "Pékin a condamné cette décision après que le
  Japon a rejeté l'eau dans la mer": a condemnation, rejection, threat or sanction is aimed at
  the subject of an "after" clause on the verb (or on the time noun before it: "a day after").
- Whom it is addressed to: "Le Maroc s'est insurgé auprès de l'Espagne" (a comitative phrase on
  a verb of disapproval or rejection with no object).
- Whom a warning is about: "Russia warned that Finland would face consequences".
Never the reacting actor itself.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Callable

from spacy.tokens import Token

if TYPE_CHECKING:
    from .frames import ParagraphFrames

# Roots of acts that answer another's act: disapproval, rejection, threats, sanctions.
REACTION_ROOTS = {"11", "12", "13", "16"}
def _after_clauses(frames: ParagraphFrames, verb: Token) -> list[Token]:
    markers = frames.profile.after_markers
    heads = [verb] + [c for c in verb.children if c.pos_ == "NOUN" and c.dep_ in ("npadvmod", "obl:mod", "obl")]
    clauses: list[Token] = []
    for head in heads:
        for clause in head.children:
            if clause.pos_ not in ("VERB", "AUX") or frames.grammar.clause_link(clause) not in ("advcl", "relcl"):
                continue
            if any(m.dep_ == "mark" and m.lower_ in markers for m in clause.children):
                clauses.append(clause)
    return clauses


def prompting_doers(frames: ParagraphFrames, verb: Token, root: str) -> list[Token]:
    """The subjects of the "after" clauses on a reacting verb (roots ``REACTION_ROOTS``)."""
    if root not in REACTION_ROOTS or verb.pos_ != "VERB":
        return []
    return [s for clause in _after_clauses(frames, verb) for s in frames.fillers(clause, "subj")]


# Roots of threats and warnings: made to whom the warned clause is about.
WARNING_ROOTS = {"13"}


def warned_targets(frames: ParagraphFrames, verb: Token, own: set[str | None], roles: Callable[[list[Token]], list]) -> list:
    """"Russia warned that Finland would face consequences", "China warned it would take strong
    measures against the United States", "La Russie a averti que la Finlande subirait …": a threat
    told by a clause is made to that clause's subject when it is an actor named there and not the
    threatener, else to whom the threatener's own clause says it would act against. ``roles``
    turns fillers into roles; ``own`` holds the threatener's actor keys."""
    for clause in verb.children:
        if clause.pos_ not in ("VERB", "AUX") or frames.grammar.clause_link(clause) != "ccomp":
            continue
        subjects = roles(frames.fillers(clause, "subj"))
        others = [r for r in subjects if r.mention.actor.key not in own]
        if others:
            return [r for r in others if r.route == "direct"]
        if not subjects:
            continue
        adversative = frames.profile.adversative_prepositions
        fillers = [f for slot in sorted(adversative) for f in frames.fillers(clause, slot) + frames.nested_fillers(clause, slot)]
        found = [r for r in roles(fillers) if r.mention.actor.key not in own]
        if found:
            return found
    return []


# Roots of disapproval and rejection: told to, or had with, whom a comitative phrase names.
ADDRESSED_ROOTS = {"11", "12"}


def addressees(frames: ParagraphFrames, verb: Token, root: str) -> list[Token]:
    """"a protesté auprès de Pékin contre …", "s'est dit en désaccord avec Washington", "took issue
    with Beijing": a disapproval or a rejection whose pattern names no target there is aimed at
    whom the comitative phrase on the verb names. Not when the verb has an object: the phrase
    may then name a partner in the act ("a critiqué cette décision avec l'Allemagne")."""
    if root not in ADDRESSED_ROOTS or verb.pos_ != "VERB" or frames.objects(verb):
        return []
    return [f for slot in frames.profile.comitative_prepositions for f in frames.fillers(verb, slot)]


def answered(frames: ParagraphFrames, verb: Token, root: str, sources: list, roles: Callable[[list[Token], str], list]) -> list:
    """The target of a verb that found none in its own slots, by the constructions above, in
    order: the doer of the act it came after, whom it was addressed to, whom a warning is about.
    ``roles(fillers, how)`` turns fillers into roles ("inherited" or "direct")."""
    own = {r.mention.actor.key for r in sources}
    targets = [r for r in roles(prompting_doers(frames, verb, root), "inherited") if r.mention.actor.key not in own]
    targets = targets or [r for r in roles(addressees(frames, verb, root), "direct") if r.mention.actor.key not in own]
    if not targets and root in WARNING_ROOTS:
        targets = [replace(r, route="inherited") for r in warned_targets(frames, verb, own, lambda fillers: roles(fillers, "direct"))]
    return targets
