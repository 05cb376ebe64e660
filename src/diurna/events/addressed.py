"""Appeals to the population: "Chile's interior minister urged residents to stay indoors", "le
ministre a appelé les habitants à rester chez eux".

An appeal (CAMEO 02) addressed to people no actor names (the population, residents, citizens)
is made to the civilians of the appealing state, or of the place the people are said to be of
("la population de Gaza").
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from .frames import ParagraphFrames
from .roles import Role, roles_of, same_actor

APPEAL_ROOT = "02"
# The nouns naming a country's people as a whole are the language profile's ``people_nouns``.


def _addressed(frames: ParagraphFrames, verb: Token, slots: tuple[str, ...]) -> list[Token]:
    """Who an appeal is told to: its object or target slot, or the subject of the clause it asks
    for ("called for the citizens to stay home")."""
    found = [f for slot in ("obj", *slots) for f in frames.fillers(verb, slot)]
    for clause in verb.children:
        if clause.pos_ == "VERB" and frames.grammar.clause_link(clause) in ("xcomp", "ccomp", "advcl"):
            found += [c for c in clause.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
    return found


def people_addressed(
    frames: ParagraphFrames, verb: Token, root: str, slots: tuple[str, ...], sources: list[Role], people: Callable[[Token, str], Role]
) -> list[Role]:
    """The civilians an appeal is made to when it names them by a people noun, never a source."""
    nouns = frames.profile.people_nouns
    if root != APPEAL_ROOT or verb.pos_ != "VERB" or not sources:
        return []
    for noun in _addressed(frames, verb, slots):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns:
            continue
        placed = [r for r in roles_of(frames, [noun], where=True) if all(not same_actor(s, r) for s in sources)]
        if placed:
            return [people(noun, r.mention.actor.country) for r in placed[:1] if r.mention.actor.country]
        countries = {s.mention.actor.country for s in sources}
        if len(countries) == 1 and None not in countries:
            return [people(noun, countries.pop())]
    return []
