"""Whom a mediation is between, when its word names no one: the parties of the act it brought
about. "Russia and Ukraine held talks under Turkish mediation", "grâce à la médiation du Qatar, la
Russie a rendu neuf enfants à l'Ukraine", "talks between Moscow and Kyiv mediated by Ankara": the
mediator mediates with each party of the act (CAMEO 045, a meeting with each), beside the act.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from .frames import ParagraphFrames
from .roles import Role, roles_of, same_actor

# CAMEO's code of mediation.
MEDIATION_CODE = "045"
# How many clauses up from a mediated noun its parties are looked for.
MAX_CLAUSES_UP = 2


def mediated_act(frames: ParagraphFrames, word: Token) -> Token | None:
    """The act a mediation word hangs on: the verb or event noun above it, through a preposition
    ("under Turkish mediation", "grâce à la médiation du Qatar") or as a participle on the act's
    noun ("talks … mediated by Ankara")."""
    current = word
    for _ in range(3):
        head = current.head
        if head.i == current.i:
            return None
        if head.pos_ == "VERB" and any(current.i == s.i for s in frames.fillers(head, "subj")):
            return None  # "Turkey's mediation produced a truce": the mediation does the act
        if head.pos_ in ("VERB", "NOUN") and frames.pattern_of(head) is not None:
            return head
        if head.pos_ == "VERB":
            # "held talks under Turkish mediation": the act is the event noun the verb carries.
            return next((o for o in frames.objects(head) if frames.pattern_of(o) is not None), None)
        if head.pos_ not in ("ADP", "NOUN", "VERB"):
            return None
        current = head
    return None


def mediated_parties(
    frames: ParagraphFrames, word: Token, mediators: list[Role], act_roles: Callable[[Token], tuple[list[Role], list[Role]]]
) -> list[Role]:
    """The parties (source and targets) of the act a mediation word hangs on, less the mediator."""
    if not mediators:
        return []
    act = mediated_act(frames, word)
    if act is None:
        return []
    parties = _parties(mediators, *act_roles(act))
    if len(parties) < 2 and act.pos_ == "NOUN":
        # "Thailand and Cambodia halted fighting under a ceasefire brokered by Malaysia": a truce
        # or talks that name no parties are those of the clause they are told in.
        for verb in [a for a in act.ancestors if a.pos_ == "VERB"][:MAX_CLAUSES_UP]:
            sources, targets = act_roles(verb)
            parties = _parties(mediators, sources or roles_of(frames, frames.subjects(verb), inherited=True), targets)
            if len(parties) >= 2:
                break
    return parties if len(parties) >= 2 else []


def _parties(mediators: list[Role], sources: list[Role], targets: list[Role]) -> list[Role]:
    """The distinct actors of an act, less its mediators (two or more: "Russia and Ukraine held
    talks" has two sources, no target)."""
    parties: list[Role] = []
    for role in [*sources, *targets]:
        if all(not same_actor(role, m) for m in mediators) and all(not same_actor(role, p) for p in parties):
            parties.append(Role(role.mention, "inherited", role.slot))
    return parties


__all__ = ["MEDIATION_CODE", "mediated_act", "mediated_parties"]
