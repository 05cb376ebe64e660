"""One act told twice by one expression: "a ouvert une enquête sur …" is both the verb's
expression ("ouvrir enquête") and its noun ("enquête"). When the noun finds whom the act is
done to and the expression does not, the expression's target-less event says nothing more.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from spacy.tokens import Token

from ..records import Actor, Event

if TYPE_CHECKING:
    from .frames import ParagraphFrames


def targetless_retold(events: list[Event]) -> set[str]:
    """Ids of target-less events whose trigger span holds the trigger of an event of the same
    source and CAMEO root that has a target, or that lie inside such an event's span (then of any
    root, with either of its parties as source)."""
    dropped: set[str] = set()
    for bare in events:
        if bare.target is not None:
            continue
        for full in events:
            if full.target is None:
                continue
            holds = full.cameo.root == bare.cameo.root and bare.trigger.start <= full.trigger.start < bare.trigger.end
            # "Ethiopia and Eritrea agreed a truce": the noun inside the expression's span is the
            # expression's word, the same act (whatever its own code), by either of its parties.
            inside = full.trigger.start <= bare.trigger.start < full.trigger.end
            party = bare.source.actor.key
            if (party == full.source.actor.key and (holds or inside)) or (inside and party == full.target.actor.key):
                dropped.add(bare.event_id)
                break
    return dropped


def told_within(made: Sequence[Event], spans: list[tuple[int, int]], events: list[Event]) -> set[str]:
    """Ids of the ``made`` events whose source has another event triggered inside one of
    ``spans``: the act a verb names only through its complement (an order's ordered act, a
    riposte's means) is told by that other event."""
    dropped: set[str] = set()
    for bare in made:
        key = bare.source.actor.key
        if any(
            e.source.actor.key == key and e.event_id != bare.event_id and any(a <= e.trigger.start < b for a, b in spans)
            for e in events
        ):
            dropped.add(bare.event_id)
    return dropped


def purpose_told_by_governor(frames: ParagraphFrames, purpose: Token, events: list[Event]) -> bool:
    """"Les ouvriers ont cessé le travail pour protester contre …", "went on strike to protest …":
    the verb a purpose clause hangs on already coded an act (a strike is a protest; "a convoqué
    l'ambassadeur pour protester contre …" protests by the summons), so the clause tells why, not a
    second act. One coded with no target leaves the clause to say against whom ("ont bloqué le port
    pour protester contre le gouvernement")."""
    governor = purpose.head
    if governor.i == purpose.i:
        return False
    if governor.pos_ in ("NOUN", "PROPN") and governor.head.pos_ == "VERB":
        governor = governor.head  # "a convoqué l'ambassadeur, pour protester": hung by the parser on the object
    where = frames.offset + governor.idx
    for event in events:
        if event.target is None:
            continue
        if event.trigger.start <= where < event.trigger.end:
            return True
        # … or the event noun the verb carries ("has been on hunger strike to protest …").
        if not frames.offset <= event.trigger.start < event.trigger.end <= frames.offset + len(frames.doc.text):
            continue  # another paragraph's event
        noun = frames.doc.char_span(event.trigger.start - frames.offset, event.trigger.end - frames.offset, alignment_mode="expand")
        support = frames.support_verb(noun.root) if noun is not None and noun.root.pos_ == "NOUN" else None
        if support is not None and support[0].i == governor.i:
            return True
    return False


# Characters between two coordinated verbs of one act: ", " to " and " (" et " is 4). A single
# space is no coordination ("a drone strike killed": the noun and its verb, each coded), and a
# relative's " that " is not one either.
COORDINATION_GAP = (2, 5)


def told_twice(events: list[Event]) -> set[str]:
    """Ids of events that repeat another told by the verb right before it: same sentence, source,
    target, CAMEO code and negation, their triggers joined by a mere "and" or comma ("pardoned and
    freed 18 prisoners on Monday" is one release). The one that says its day is kept: the day hangs
    on one of the verbs only. Two acts apart in the sentence stay two ("captured Goma …, and on
    Sunday took …"), and so do a headline and the line the parser runs it into."""
    by_act: dict[tuple, list[Event]] = {}
    for event in events:
        target = _who(event.target.actor) if event.target is not None else None
        key = (event.article_id, event.sentence_index, _who(event.source.actor), target, event.cameo.code, event.negated)
        by_act.setdefault(key, []).append(event)
    repeated: set[str] = set()
    for group in by_act.values():
        group.sort(key=lambda e: e.trigger.start)
        for first, second in zip(group, group[1:]):
            if COORDINATION_GAP[0] <= second.trigger.start - first.trigger.end <= COORDINATION_GAP[1]:
                undated = first if first.date.basis != "text" and second.date.basis == "text" else second
                repeated.add(undated.event_id)
    return repeated


def _who(actor: Actor) -> tuple:
    """An actor as the scorer tells actors apart; not how it was found."""
    return (actor.code, actor.country, actor.organization, actor.sector, actor.entity)
