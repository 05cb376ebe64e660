"""The sense of a trigger chosen by who does it to whom, and to what.

One verb names different acts depending on its actors: force used by a crowd
("protesters clashed with riot police", "des émeutiers ont attaqué des
commissariats") is a violent protest (145); force the police or the army use
on a crowd ("a ouvert le feu sur des manifestants") is violent repression
(175); killing a named person is an assassination (186); killing people
counted in hundreds or thousands is a mass killing (202); forces deployed or
arriving to help another state protect it (074); force a bomber uses
is a bombing (183); civilians killed by rebels, militias or criminals are
unconventional violence (180), not a military fight; deploying a force
the text calls a peacekeeping one is military protection (074). The words
that decide are data: the ``[senses]`` table of ``patterns/{lang}.toml``.
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Token

from ..knowledge.actors import fold
from ..knowledge.patterns import Pattern
from ..records import ActorMention
from .frames import ParagraphFrames

# Roots of acts of force whose sense the actors may change.
FORCE_ROOTS = frozenset({"18", "19"})
# Roots a crowd's force is a riot in: fighting and assault, not a lynching or a kidnapping (18).
RIOT_ROOTS = frozenset({"19"})
# Sectors that use force on a crowd on the state's behalf.
STATE_FORCE_SECTORS = frozenset({"COP", "MIL", "GOV", "SPY"})
# Protest as demonstrating (not a boycott or a walkout, 143), which a government does only in words.
DEMONSTRATION_CODES = frozenset({"14", "140", "141"})
# A protest made by a government, not a crowd: an official complaint.
STATE_PROTEST = "114"
# Storming by the police or the government is a seizure (171), not a riot.
STATE_SEIZURE = "171"
STATE_SEIZURE_SECTORS = frozenset({"COP", "GOV", "SPY"})
# Storming by an army on another side is conventional military force; soldiers rising against
# their own state ("se sont mutinés") still riot.
MILITARY_FORCE = "190"
# How a mention names a state or its government acting as such ("Seoul", "China", "the foreign ministry").
STATE_MENTIONS = frozenset({"name", "seat"})
# Below this many people, a killing is not counted as a mass killing.
MASS_KILLING_MIN = 100
# Non-military, non-state armed actors: their killings of civilians are no military fight (CAMEO 18
# "use unconventional violence" against 19 "fight", conventional military force).
IRREGULAR_SECTORS = frozenset({"REB", "SEP", "CRM"})
# Targets who take no part in fighting nor act for a state.
CIVILIAN_SECTORS = frozenset({"CVL", "REF", "REL", "MED", "HLH", "EDU", "AGR", "LAB", "BUS"})
BOMBING = "183"
# A deployment (15) or forces' arrival (042) to help another state is military protection (074).
DEPLOYMENT_ROOT = "15"
ARRIVAL = "042"
PROTECTION = "074"
FORCE_SECTORS = frozenset({"MIL", "COP"})
# How a mention names a person or an official: whose arrival is a visit whatever it is for, whose
# killing an assassination.
OFFICIAL_MENTIONS = frozenset({"person", "office", "title"})
# Links from a verb to the clause saying what it is done for ("to help", "pour épauler").
PURPOSE_LINKS = frozenset({"advcl", "xcomp", "ccomp"})
UNCONVENTIONAL_VIOLENCE = "180"


def _phrase(frames: ParagraphFrames, mention: ActorMention) -> list[Token]:
    """The words of a mention's noun phrase: its span, and the nouns up to two levels below its
    head ("des milliers de partisans", "thousands of protesters")."""
    span = frames.doc.char_span(
        mention.span.start - frames.offset, mention.span.end - frames.offset, alignment_mode="expand"
    )
    words = list(span) if span is not None else []
    if 0 <= mention.head < len(frames.doc):
        head = frames.doc[mention.head]
        below = list(head.children)
        below += [g for c in below if c.pos_ == "ADP" or c.dep_ in ("prep", "case") for g in c.children]
        below += [g for c in head.children if c.pos_ == "NOUN" for g in c.children if g.pos_ in ("NUM", "NOUN")]
        words += [t for t in below if t.pos_ in ("NOUN", "NUM")]
    return words


def _names_any(frames: ParagraphFrames, mention: ActorMention, words: frozenset[str]) -> bool:
    """Whether the mention's noun phrase has one of ``words`` (protesters, bombers)."""
    return any(fold(t.lemma_) in words or fold(t.lower_) in words for t in _phrase(frames, mention))


def _counted_in_hundreds(frames: ParagraphFrames, mention: ActorMention, mass: frozenset[str]) -> bool:
    for token in _phrase(frames, mention):
        if fold(token.lemma_) in mass or fold(token.lower_) in mass:
            return True
        if token.pos_ == "NUM" or token.like_num:
            digits = token.text.replace(",", "").replace(" ", "").replace("\u202f", "")
            if digits.isdigit() and int(digits) >= MASS_KILLING_MIN:
                return True
    return False


def _speaks_for_state(source: ActorMention) -> bool:
    """Whether the actor is a state named as such or its government ("Seoul", "Japan", "the
    foreign ministry"), not its people."""
    actor = source.actor
    if actor.how in STATE_MENTIONS:
        return actor.sector in (None, "GOV") and actor.organization is None
    return actor.sector == "GOV" and actor.how != "domestic"


def _peacekeeping(trigger: Token, phrases: frozenset[str]) -> bool:
    """Whether the words after a deployment trigger call the force a peacekeeping one."""
    words = [t for t in trigger.subtree if trigger.i < t.i <= trigger.i + 10]
    if trigger.pos_ == "VERB":
        words = [t for o in trigger.children if o.dep_ in ("obj", "dobj") for t in o.subtree]
    text = " " + fold(" ".join(t.text for t in words)) + " "
    return any(f" {phrase} " in text for phrase in phrases)


def _assisting_purpose(trigger: Token, verbs: frozenset[str]) -> bool:
    """Whether the trigger's purpose clause says it is done to help ("deployed 1,000 troops to
    Mozambique to help secure gas projects", "ont débarqué à Pemba pour épauler l'armée")."""
    return any(
        child.dep_ in PURPOSE_LINKS and child.pos_ == "VERB" and child.i > trigger.i and fold(child.lemma_) in verbs
        for child in trigger.children
    )


def choose_sense(
    code: str,
    pattern: Pattern,
    source: ActorMention,
    target: ActorMention | None,
    frames: ParagraphFrames,
    target_nouns: Sequence[Token] = (),
    trigger: Token | None = None,
) -> str:
    """The CAMEO code for one (source, target) pair of a trigger whose pattern says ``code``.
    ``trigger``: the trigger word ("le déploiement d'une force de maintien de la paix" is 074).
    ``target_nouns``: the nouns in the trigger's target slots that name no actor themselves
    ("fired tear gas at protesters in Nairobi": the target is Kenya, the people protesters)."""
    senses = frames.patterns.senses
    if code[:2] == DEPLOYMENT_ROOT and trigger is not None and _peacekeeping(trigger, senses.peacekeeping):
        return PROTECTION
    forces_arrive = code == ARRIVAL and source.actor.sector in FORCE_SECTORS and source.actor.how not in OFFICIAL_MENTIONS
    if (code[:2] == DEPLOYMENT_ROOT or forces_arrive) and trigger is not None and _assisting_purpose(trigger, senses.assisting_verbs):
        return PROTECTION  # "deployed 1,000 troops to Mozambique to help secure", "ont débarqué pour épauler l'armée"
    # Only a verb: the owner of a noun ("Britain's largest rally") is the country's people.
    protesting = trigger is not None and trigger.pos_ == "VERB"
    if code in DEMONSTRATION_CODES and protesting and _speaks_for_state(source) and not _names_any(frames, source, senses.crowd_nouns):
        return STATE_PROTEST  # "Seoul protested to Tokyo": a government's protest is an official complaint
    if code == "145" and source.actor.sector in STATE_SEIZURE_SECTORS:
        return STATE_SEIZURE  # "police stormed the embassy": no riot, a seizure by the state
    if code == "145" and source.actor.sector == "MIL" and target is not None and target.actor.country not in (None, source.actor.country):
        return MILITARY_FORCE  # "Israeli troops stormed the hospital in Gaza": an army's assault on another side, no riot
    if code[:2] not in FORCE_ROOTS:
        return code
    if code[:2] in RIOT_ROOTS and source.actor.sector == "CVL" and _names_any(frames, source, senses.crowd_nouns):
        return "145"
    killing = pattern.name in senses.killing_verbs
    # Not a state's force: "Russian bombers" are aircraft.
    bombing = code[:2] in RIOT_ROOTS and source.actor.sector not in STATE_FORCE_SECTORS and _names_any(frames, source, senses.bomber_nouns)
    if target is None:
        return BOMBING if bombing else code
    crowd = senses.crowd_nouns
    on_crowd = _names_any(frames, target, crowd) or any(fold(t.lemma_) in crowd for t in target_nouns)
    if source.actor.sector in STATE_FORCE_SECTORS and on_crowd:
        return "175"
    if killing:
        if target.actor.how in OFFICIAL_MENTIONS or (target.actor.entity and target.actor.how == "coreference"):
            return "186"
        head = frames.doc[target.head] if 0 <= target.head < len(frames.doc) else None
        if head is not None and head.pos_ == "PROPN" and head.ent_type_ in ("PERSON", "PER"):
            return "186"  # "killed former Prime Minister Shinzo Abe": a person the data no longer places
        if _counted_in_hundreds(frames, target, senses.mass_words):
            return "202"
    if bombing:
        return BOMBING  # "a suicide bomber killed 20 people", "un kamikaze a frappé un convoi"
    if killing and source.actor.sector in IRREGULAR_SECTORS and target.actor.sector in CIVILIAN_SECTORS:
        return UNCONVENTIONAL_VIOLENCE  # "ADF rebels killed 40 villagers": no fight, violence on civilians
    return code


__all__ = ["choose_sense"]
