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
# Links of a participle set on a clause or on a noun.
PARTICIPLE_LINKS = frozenset({"advcl", "acl"})
# Links of an adverbial phrase: one the parser hangs on a name is the clause's, not the name's.
ADJUNCT_LINKS = frozenset({"advcl", "obl", "obl:mod", "prep"})
# Those of them that only a clause takes (a noun takes "nmod"): on a noun, a misparse.
CLAUSE_ADJUNCT_LINKS = frozenset({"advcl", "obl", "obl:mod"})


def mediated_act(frames: ParagraphFrames, word: Token) -> Token | None:
    """The act a mediation word hangs on: the verb or event noun above it, through a preposition
    ("under Turkish mediation", "grâce à la médiation du Qatar") or as a participle on the act's
    noun ("talks … mediated by Ankara")."""
    current = word
    on_subject = False  # whether the parser hung the phrase on the clause's subject
    for _ in range(3):
        head = current.head
        if head.i == current.i:
            return None
        if head.pos_ == "VERB" and not on_subject and any(current.i == s.i for s in frames.fillers(head, "subj")):
            return None  # "Turkey's mediation produced a truce": the mediation does the act
        if head.pos_ in ("VERB", "NOUN") and frames.pattern_of(head) is not None:
            return head
        if head.pos_ == "VERB":
            # "held talks under Turkish mediation": the act is the event noun the verb carries.
            return next((o for o in frames.objects(head) if frames.pattern_of(o) is not None), None)
        misattached = head.pos_ == "PROPN" or (head.pos_ == "NOUN" and current.dep_ in CLAUSE_ADJUNCT_LINKS)
        if misattached and (current.i == word.i or current.pos_ == "ADP") and current.dep_ in ADJUNCT_LINKS:
            # "Kiev et Moscou ont signé, grâce à la médiation turque, un accord": an adjunct
            # the parser hung on a name, or hung on a noun by a clause's link, is its verb's.
            on_subject = True
            current = head
            continue
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
    if len(parties) < 2 and (act.pos_ == "NOUN" or bare_participle(frames, act)):
        # "Thailand and Cambodia halted fighting under a ceasefire brokered by Malaysia": a truce
        # or talks that name no parties are those of the clause they are told in.
        for verb in [a for a in act.ancestors if a.pos_ == "VERB"][:MAX_CLAUSES_UP]:
            sources, targets = act_roles(verb)
            parties = _parties(mediators, sources or roles_of(frames, frames.subjects(verb), inherited=True), targets)
            if len(parties) >= 2:
                break
    return parties if len(parties) >= 2 else []


def bare_participle(frames: ParagraphFrames, act: Token) -> bool:
    """Whether a verb act is a participle that names no doer, set on a clause or a noun ("ont
    approuvé une trêve, négociée sous l'égide de l'UA"): its act is that of the clause."""
    return (
        act.pos_ == "VERB"
        and act.dep_ in PARTICIPLE_LINKS
        and act.morph.get("VerbForm") == ["Part"]
        and not frames.fillers(act, "subj")
        and not frames.fillers(act, "agent")
    )


def _parties(mediators: list[Role], sources: list[Role], targets: list[Role]) -> list[Role]:
    """The distinct actors of an act, less its mediators (two or more: "Russia and Ukraine held
    talks" has two sources, no target)."""
    parties: list[Role] = []
    for role in [*sources, *targets]:
        if all(not same_actor(role, m) for m in mediators) and all(not same_actor(role, p) for p in parties):
            parties.append(Role(role.mention, "inherited", role.slot))
    return parties


__all__ = ["MEDIATION_CODE", "bare_participle", "mediated_act", "mediated_parties"]
