"""Whom a concession yields to: "the minister resigned after weeks of street protests", "le
gouvernement a retiré la réforme, cédant à la colère des agriculteurs", "le ministre a démissionné
après des semaines de manifestations".

A yielding act (CAMEO 08: resign, withdraw a bill, lift a measure) whose frame names no one it is
done to is done to those who pressed for it: the actor the pressure or the protest is told of,
else, when the pressure is a protest or comes from people no actor names, the civilians of the
yielding state (the source's own country).
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from ..knowledge.actors import fold
from .frames import ParagraphFrames
from .roles import Role, roles_of, same_actor

YIELD_ROOT = "08"
# The words (verbs of giving in, nouns of pressure, the prepositions that tie them to the act, the
# slots of whose a pressure is) are the language profile's: ``yielding_verbs``, ``pressure_nouns``,
# ``pressures_not_protests``, ``pressure_prepositions``, ``doer_slots``.


def _pressures(frames: ParagraphFrames, anchor: Token) -> list[Token]:
    """The pressure and protest nouns on the act: on a verb of giving in below it ("bowing to
    pressure"), or after a preposition on the act itself ("after weeks of protests")."""
    profile = frames.profile
    nouns = profile.pressure_nouns
    found: list[Token] = []
    candidates: list[Token] = []
    for clause in anchor.children:
        if frames.grammar.clause_link(clause) in ("advcl", "xcomp") and fold(clause.lemma_) in profile.yielding_verbs:
            candidates += [c for c in clause.children if c.pos_ in ("NOUN", "PROPN")]
            candidates += [f for c in clause.children if c.pos_ == "ADP" for f in c.children if f.pos_ in ("NOUN", "PROPN")]
    for slot in profile.pressure_prepositions:
        candidates += frames.fillers(anchor, slot)
    for noun in candidates:
        if fold(noun.lemma_) in nouns:
            found.append(noun)
            continue
        # "after weeks of protests", "après des mois de contestation"
        found += [f for slot in ("of", "de") for f in frames.fillers(noun, slot) if fold(f.lemma_) in nouns]
    return found


def pressing_actors(
    frames: ParagraphFrames, anchor: Token, root: str, sources: list[Role], people: Callable[[Token, str], Role]
) -> list[Role]:
    """Those a yielding act gives in to, never one of its sources; ``people(noun, country)`` makes
    the civilians of a country named by a noun."""
    if root != YIELD_ROOT or not sources:
        return []
    profile = frames.profile
    for noun in _pressures(frames, anchor):
        doers = [f for slot in profile.doer_slots for f in frames.fillers(noun, slot)]
        # "une grève menée par les cheminots": the doer of a participle on the protest
        doers += [f for c in noun.children if frames.grammar.clause_link(c) == "acl" for f in frames.fillers(c, "agent")]
        # "cédant à la pression des agriculteurs", parsed with the people on the verb
        if noun.head.pos_ == "VERB":
            doers += [c for c in noun.head.children if c.dep_ in ("obj", "dobj") and c.i > noun.i]
        named = [r for r in roles_of(frames, doers) if all(not same_actor(s, r) for s in sources)]
        if named:
            return [Role(r.mention, "inherited", r.slot) for r in named]
        crowd = fold(noun.lemma_) not in profile.pressures_not_protests or any(fold(d.lemma_) in profile.pressure_nouns for d in doers)
        countries = {s.mention.actor.country for s in sources}
        if crowd and len(countries) == 1 and None not in countries:
            return [people(noun, countries.pop())]
    return []
