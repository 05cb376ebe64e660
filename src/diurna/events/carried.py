"""Event nouns a verb carries, read with the verb.

A verb with a pattern of its own may carry an event noun that names its act more precisely
("a envoyé une aide militaire à l'Ukraine": sending is 070, military aid 072; "delivered
humanitarian aid" 073): the act is one, coded once, and the noun's code wins when it is a
child of the verb's (same root, more specific). A verb of pledging carries the act it pledges
("pledged financial support to Moldova"): the pledge is the act coded (an intent, 03), not
the aid as if given. A verb may also tell its act by its means ("Beijing retaliated with
tariffs on …", "a riposté en imposant des droits de douane"): the means is the act coded, and
the verb's own target-less event beside it is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..knowledge.ontology import Ontology, is_child_code
from ..knowledge.patterns import Pattern, folded_lemma
from ..records import Event
from .frames import ParagraphFrames
from .overlap import told_within

# CAMEO's intent root: a verb of this root carrying an act it only pledges.
INTENT_ROOT = "03"
# CAMEO's aid root: one kind of aid given (money: 071) may carry the noun of another (073).
AID_ROOT = "07"


def carried_nouns(frames: ParagraphFrames, verb: Token) -> list[Token]:
    """The nouns a verb carries as their light verb: its objects, and the nouns whose support
    verb it is (through an amount, "a débloqué 10 milliards d'aide", or coordination)."""
    found = {t.i: t for t in frames.objects(verb) if t.pos_ == "NOUN"}
    for token in verb.subtree:
        if token.pos_ != "NOUN" or token.i in found:
            continue
        support = frames.support_verb(token)
        if support is not None and support[0].i == verb.i and support[1] == "object":
            found[token.i] = token
    return [found[i] for i in sorted(found)]


def carried_code(frames: ParagraphFrames, verb: Token, pattern: Pattern, ontology: Ontology) -> str | None:
    """The code of the event noun a verb carries when it is a child of the verb's code, the first
    such noun in the text; for a verb of pledging, the intent code of the pledged act ("promised
    aid": 033 under 030). None when there is none."""
    # The nouns of a verb expression's own words too ("go on strike": "went on hunger strike").
    named = [
        t for c in verb.children for t in (c, *c.children)
        if t.pos_ == "NOUN" and t.i != verb.i and folded_lemma(t) in pattern.particles
    ]
    for noun in [*carried_nouns(frames, verb), *named]:
        noun_pattern = frames.pattern_of(noun)
        if noun_pattern is None:
            continue
        code = noun_pattern.code
        if pattern.code[:2] == INTENT_ROOT and code[:2] != INTENT_ROOT:
            code = ontology.intent_code(code) or code
        if is_child_code(code, pattern.code):
            return code
        if code[:2] == pattern.code[:2] == AID_ROOT and code != pattern.code and not code.endswith("0"):
            return code  # "a débloqué cinq millions d'aide d'urgence": money released, its kind told by the aid (073)
        own_noun = noun_pattern.particles and folded_lemma(noun) in pattern.particles
        if own_noun and code[:2] == pattern.code[:2] and len(code) >= len(pattern.code) and not code.endswith("0"):
            return code  # "went on hunger strike": the verb's own noun, named more precisely (142, not 143)
    return None


def pledged_by_verb(frames: ParagraphFrames, noun: Token, pattern: Pattern, ontology: Ontology) -> bool:
    """Whether an event noun is what its light verb pledges ("pledged financial support",
    "a promis une aide"): the verb's pattern is an intent, and the noun's act has an intent code."""
    found = frames.support_verb(noun)
    if found is None or found[1] != "object":
        return False
    carrier = frames.pattern_of(found[0])
    if carrier is None or carrier.code[:2] != INTENT_ROOT or pattern.code[:2] == INTENT_ROOT:
        return False
    intent = ontology.intent_code(pattern.code)
    return intent is not None and intent[:2] == INTENT_ROOT




@dataclass(frozen=True, slots=True)
class TargetlessAct:
    """A verb's events coded with no target, and the frames it was read in."""

    frames: ParagraphFrames
    verb: Token
    pattern: Pattern
    events: tuple[Event, ...]


def _means_spans(act: TargetlessAct) -> list[tuple[int, int]]:
    """Article offsets of what tells how the verb's act was done: a noun it takes as its means
    ("retaliated with tariffs on …", "a riposté par des frappes"), a gerund clause with its
    marker ("a riposté en imposant des droits de douane", "responded by expelling diplomats"),
    and for a pledge, the noun of what it pledges."""
    frames, verb = act.frames, act.verb
    doc, offset = frames.doc, frames.offset
    heads: list[Token] = []
    for child in verb.children:
        below = [c for c in child.children if c.pos_ in ("NOUN", "VERB")] if child.pos_ == "ADP" else []
        for word in (child, *below):
            means = frames.means_verb(word) if word.pos_ == "NOUN" else None
            if means is not None and means.i == verb.i:
                heads.append(word)
            elif word.pos_ == "VERB" and word.i > verb.i and _is_gerund(word, marked=word is not child):
                if not any(c.lower_ in frames.profile.concomitant_gerund_marks for c in word.children if c.i < word.i):
                    heads.append(word)  # "tout en accusant": done alongside, not the means
    if act.pattern.code[:2] == INTENT_ROOT:
        # "pledged financial support for Moldova": the pledge told by the noun, with its target.
        heads += carried_nouns(frames, verb)
    spans = []
    for head in heads:
        first, last = doc[head.left_edge.i], doc[head.right_edge.i]
        spans.append((offset + first.idx, offset + last.idx + len(last.text)))
    return spans


def _is_gerund(word: Token, marked: bool) -> bool:
    """A present participle or gerund introduced by a preposition ("en imposant", "by expelling"):
    its marker hangs on it, or it hangs on its marker (``marked``)."""
    if "Pres" not in word.morph.get("Tense") or not set(word.morph.get("VerbForm")) & {"Part", "Ger"}:
        return False
    return marked or any(c.dep_ in ("mark", "case") and c.pos_ == "ADP" and c.i < word.i for c in word.children)


def told_by_means(acts: list[TargetlessAct], events: list[Event]) -> set[str]:
    """The ids of a verb's target-less events whose means is coded as an act of the same source:
    "a riposté en imposant des droits de douane" is the duties, not a riposte by force beside them;
    "pledged financial support for Moldova" is the pledge the noun codes with its target."""
    dropped: set[str] = set()
    for act in acts:
        spans = _means_spans(act)
        if not spans:
            continue
        dropped |= told_within(act.events, spans, events)
    return dropped


def once_per_intent(made: list[Event], paragraph: int, intender: int | None, seen: set[tuple]) -> list[Event]:
    """"agreed to restore diplomatic relations and reopen their embassies": the acts one verb of
    intending governs, of one code between the same actors, are one intent, coded once (``seen``
    records those coded)."""
    kept = []
    for event in made:
        key = (
            "intended", paragraph, intender, event.source.actor.key,
            event.target.actor.key if event.target else None, event.cameo.code,
        )
        if key not in seen:
            seen.add(key)
            kept.append(event)
    return kept


__all__ = ["TargetlessAct", "once_per_intent", "carried_code", "carried_nouns", "pledged_by_verb", "told_by_means"]
