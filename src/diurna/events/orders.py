"""An order told by the act it orders: "Poutine a ordonné de placer les forces en alerte".

A leader ordering an act with no one else named as the one ordered ("a ordonné de
placer les forces de dissuasion en régime spécial d'alerte", "ordered to shell the
port") does that act through their state: the act is coded, and the order is not a
second, target-less demand beside it. An order to someone else ("ordered Russia to
withdraw") has a target and stays a demand.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..knowledge.patterns import folded_lemma
from ..records import Event
from .frames import ParagraphFrames
from .modality import abstaining_verb
from .overlap import told_within


@dataclass(frozen=True, slots=True)
class TargetlessOrder:
    """A demand coded with no target, and the events it made."""

    frames: ParagraphFrames
    verb: Token
    events: tuple[Event, ...]


def _ordered_spans(order: TargetlessOrder) -> list[tuple[int, int]]:
    """Article offsets of what is ordered: from the verb's complement clause to the end of the
    verb's phrase (the parser may hang the clause's phrases on the verb: "a ordonné de placer les
    forces … en « régime spécial d'alerte »")."""
    doc, offset = order.frames.doc, order.frames.offset
    spans = []
    last = doc[order.verb.right_edge.i]
    for clause in order.verb.children:
        if order.frames.grammar.clause_link(clause) != "xcomp" or clause.i < order.verb.i:
            continue
        first = doc[clause.left_edge.i]
        spans.append((offset + first.idx, offset + last.idx + len(last.text)))
    return spans


def told_by_their_act(orders: list[TargetlessOrder], events: list[Event]) -> set[str]:
    """The ids of order events whose ordered act is coded with the same source, and of those with
    no target at all when their verb is one of ordering, not of demanding: an order naming no one
    ordered ("ordered the creation of a command", "ordered its navy to battle stations") is the
    orderer's own act, coded by that act or not at all, never a demand made of no one."""
    dropped: set[str] = {
        e.event_id
        for order in orders
        if folded_lemma(order.verb) in order.frames.profile.order_verbs
        for e in order.events
        if e.target is None
    }
    for order in orders:
        spans = _ordered_spans(order)
        if not spans:
            continue
        dropped |= told_within(order.events, spans, events)
    return dropped


def names_the_ordered(frames: ParagraphFrames, verb: Token) -> bool:
    """Whether an order names an actor as the one ordered ("ordered Kyiv to …"): one that names
    none ("ordered the army to attack Ukraine") is the leader's act through their own forces,
    whatever target the ordered act gives the order."""
    return any(
        frames.actors_of(filler)
        for slot in ("obj", "iobj", frames.profile.dative_preposition)
        for filler in frames.fillers(verb, slot)
    )


def ordered_of_another(frames: ParagraphFrames, token: Token, order_roots: set[str]) -> bool:
    """"Le président russe a ordonné à l'Ukraine de retirer ses troupes", "ordered Kyiv to
    withdraw": an act ordered of another actor is asked for, not done (the order is the demand).
    One ordered of the orderer's own forces is done ("ordered the army to shell the port").
    Abstaining ordered is ordered too: "ordered Guyana to refrain from signing"."""
    token = abstaining_verb(token, frames.grammar, frames.profile) or token
    if frames.grammar.clause_link(token) != "xcomp" or token.head.i == token.i:
        return False
    order = token.head
    pattern = frames.pattern_of(order)
    if pattern is None or pattern.code[:2] not in order_roots:
        return False
    ordered = [
        m
        for slot in ("obj", "iobj", frames.profile.dative_preposition)
        for filler in frames.fillers(order, slot)
        for m in frames.actors_of(filler)
        if m.actor.key
    ]
    orderers = {m.actor.country for s in frames.subjects(order) for m in frames.actors_of(s) if m.actor.country}
    return any(not (m.actor.country in orderers and m.actor.sector in ("MIL", "COP")) for m in ordered)
