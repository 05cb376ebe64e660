"""One act told twice by one expression: "a ouvert une enquête sur …" is both the verb's
expression ("ouvrir enquête") and its noun ("enquête"). When the noun finds whom the act is
done to and the expression does not, the expression's target-less event says nothing more.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from spacy.tokens import Token

from ..records import Event

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


def purpose_told_by_governor(frames: ParagraphFrames, purpose: Token, root: str, events: list[Event]) -> bool:
    """"Les ouvriers ont cessé le travail pour protester contre …", "went on strike to protest …":
    the verb a purpose clause hangs on already coded an act of the clause's root (a strike is a
    protest), so the clause tells why, not a second act."""
    governor = purpose.head
    if governor.i == purpose.i:
        return False
    where = frames.offset + governor.idx
    for event in events:
        if event.cameo.root != root:
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
