"""Shows of force (CAMEO 15): where they are sent, and whom they face.

"Venezuela deployed troops to its border with Guyana", "Thailand put its troops along the
Cambodian border on high alert", "l'armée a relevé son niveau d'alerte le long de la frontière
avec le Nord": a show of force at a border is aimed at the state on its other side, named by
the border's complement ("with Guyana", "avec le Nord") or adjective ("Cambodian"), not its
owner ("its border"). A show of force made after another's act is aimed at that act's doer:
"Taiwan put its forces on alert after China launched drills around the island", "a placé ses
troupes en état d'alerte après l'annonce par Caracas d'exercices"; so is one tied to it by the
profile's ``prompt_markers`` ("as Chinese vessels swarmed the reef", "amid a standoff with
Azerbaijan": a quarrel's other side after "with"), and a gerund after "after" names what it met
("after spotting Russian bombers"). Also the deployments promised to a state, which are intents
(``DEPLOYMENT_INTENT_CODE``), moved here from coding.py; and forces sent to help the state they go
to, which protect it (074, ``sent_to_help``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Protocol

from spacy.tokens import Token

from ..knowledge.actors import fold
from ..knowledge.patterns import Pattern, Senses, folded_lemma
from ..records import ActorMention

if TYPE_CHECKING:
    from .frames import ParagraphFrames

# The root of shows of force (alerts, deployments, mobilisation).
FORCE_POSTURE_ROOT = "15"
# A force sent to a state ("agreed to deploy battlegroups to Bulgaria", "will deploy troops to
# Romania") when only promised or announced is an intent to give it military aid; the slots that
# name the state it goes to are each language's ([senses] deployment_slots).
DEPLOYMENT_INTENT_CODE = "033"
# Sectors of the forces a state sends: named as the ones sent, with no sender, they are its own.
FORCE_SECTORS = frozenset({"MIL", "COP"})
# A border's owner is the side it belongs to, not the one it faces ("its border", "sa frontière").
OWNER_LINKS = {"poss", "det"}
# How far up from an event noun its clause's verb is looked for ("on high → alert").
MAX_CLIMB = 3


class _Slotted(Protocol):
    slot: str


def deployment_to_state(pattern: Pattern, targets: Iterable[_Slotted], slots: frozenset[str]) -> bool:
    """A show of force (15) sent to a state the clause names ("deploy troops to Romania")."""
    return pattern.code[:2] == FORCE_POSTURE_ROOT and any(t.slot in slots for t in targets)


def forces_sent(frames: ParagraphFrames, verb: Token, pattern: Pattern) -> list[Token]:
    """The forces a passive show of force names when it names no sender ("un millier de soldats
    rwandais ont été déployés au Mozambique", "riot police were deployed"): their own side sends
    them, so they are its source (the passive subject, read as the object)."""
    if pattern.code[:2] != FORCE_POSTURE_ROOT or not frames.grammar.is_passive(verb) or frames.fillers(verb, "agent"):
        return []
    return [f for f in frames.fillers(verb, "obj") if any(m.actor.sector in FORCE_SECTORS for m in frames.actors_of(f))]


def announced(frames: ParagraphFrames, verb: Token) -> bool:
    """Whether a light verb announces or promises the noun it carries ("announced the deployment")."""
    lemma = folded_lemma(verb)
    return lemma in frames.profile.intention_verbs or lemma in frames.profile.reporting_verbs


def _clause_of(anchor: Token) -> Token:
    """The verb of the clause a trigger is in: an event noun with no light verb ("put its troops
    on high alert") is in its governor's clause."""
    clause = anchor
    for _ in range(MAX_CLIMB):
        if clause.pos_ in ("VERB", "AUX") or clause.head.i == clause.i:
            break
        clause = clause.head
    return clause


def border_faced(frames: ParagraphFrames, anchor: Token, root: str) -> list[Token]:
    """The words naming the other side of a border a show of force is at, in ``anchor``'s clause
    (short of a clause below it)."""
    if root != FORCE_POSTURE_ROOT:
        return []
    clause = _clause_of(anchor)
    found: list[Token] = []
    queue = list(clause.children)
    while queue:
        token = queue.pop(0)
        if token.pos_ in ("VERB", "AUX") and frames.grammar.clause_link(token) is not None:
            continue
        if token.pos_ == "NOUN" and folded_lemma(token) in frames.profile.border_nouns:
            found += [f for slot, f in frames.arguments(token) if slot not in OWNER_LINKS]
            if token.head.pos_ == "VERB" and token.head.i != token.i:
                # "à sa frontière avec la Colombie": the parser may hang the "avec" phrase on the
                # verb; right after the border noun it still names the other side.
                found += [
                    f for slot in frames.profile.comitative_prepositions for f in frames.fillers(token.head, slot)
                    if 0 < f.i - token.i <= 4
                ]
        queue.extend(token.children)
    return found


def prompted_by(frames: ParagraphFrames, anchor: Token, root: str) -> list[Token]:
    """The words naming who did the act a show of force came after, in ``anchor``'s clause: the
    subject of an "after" clause ("after China launched drills"), or the act or thing an "after"
    phrase names ("après l'annonce par Caracas d'exercices", "after Pyongyang's missile launch")."""
    if root != FORCE_POSTURE_ROOT:
        return []
    clause = _clause_of(anchor)
    markers = frames.profile.after_markers | frames.profile.prompt_markers
    found: list[Token] = []
    for child in clause.children:
        if child.pos_ in ("VERB", "AUX") and frames.grammar.clause_link(child) == "advcl":
            if any(m.dep_ == "mark" and m.lower_ in markers for m in child.children):
                # "after detecting Chinese aircraft": a clause with no subject of its own tells
                # what was seen or met by its object.
                found += frames.fillers(child, "subj") or frames.fillers(child, "obj")
    for marker in sorted(markers):
        for filler in frames.fillers(clause, marker):
            found.append(filler)
            # "amid a row with Turkey": a quarrel names the other side after "with".
            found += [f for slot in frames.profile.comitative_prepositions for f in frames.fillers(filler, slot)]
    for word in clause.children:
        if word.pos_ == "ADP" and word.lower_ in markers:
            # "after detecting Chinese aircraft": a gerund after the preposition, told by its object.
            found += [f for verb in word.children if verb.pos_ == "VERB" for f in frames.fillers(verb, "obj")]
    return found


# Links from a verb to the clause saying what it is done for ("to help", "pour épauler").
PURPOSE_LINKS = frozenset({"advcl", "xcomp", "ccomp"})


def sent_to_help(frames: ParagraphFrames, trigger: Token, target: ActorMention | None, senses: Senses) -> bool:
    """Whether forces go to help the state they go to (CAMEO 074, not a show of force): their
    purpose clause says so ("deployed 1,000 troops to Mozambique to help secure gas projects",
    "ont débarqué à Pemba pour épauler l'armée"), or that state asked for them ("at Maputo's
    request", "à la demande de Bangui")."""
    if any(
        child.dep_ in PURPOSE_LINKS and child.pos_ == "VERB" and child.i > trigger.i and fold(child.lemma_) in senses.assisting_verbs
        for child in trigger.children
    ):
        return True
    if target is None or not target.actor.country:
        return False
    asked = [g for c in trigger.children for g in (c, *c.children) if g.pos_ == "NOUN" and fold(g.lemma_) in senses.request_nouns]
    owners = [o for n in asked for o in (*n.children, *(g for c in n.children for g in c.children)) if o.pos_ in ("PROPN", "NOUN")]
    return any(m.actor.country == target.actor.country for o in owners for m in frames.actors_of(o))
