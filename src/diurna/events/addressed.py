"""Appeals to the population: "Chile's interior minister urged residents to stay indoors", "le
ministre a appelé les habitants à rester chez eux".

An appeal (CAMEO 02) addressed to people no actor names (the population, residents, citizens)
is made to the civilians of the appealing state, or of the place the people are said to be of
("la population de Gaza"). So is an apology or praise done to people an act hurt, named by the
language profile's ``affected_people_nouns`` ("apologised to the families of the dead", "a
demandé pardon aux proches des victimes"): the civilians of the doer's country, unless the phrase
names another place (guidelines: acts at home that name no addressee).
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from .frames import ParagraphFrames
from .roles import Role, roles_of, same_actor

APPEAL_ROOT = "02"
# Roots of acts of diplomatic cooperation (an apology, praise, forgiveness): done to people an act
# hurt, they are done to the doer's own people. Aid to victims goes where they are (events/aided.py);
# statements and symbolic acts ("mourned the victims") are addressed to no one.
AMENDS_ROOT = "05"
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
    """The civilians an appeal is made to when it names them by a people noun, or an apology or
    praise when its target slot names people an act hurt ("apologised to the families of the
    victims"), never a source."""
    appeal = root == APPEAL_ROOT
    if root not in (APPEAL_ROOT, AMENDS_ROOT) or verb.pos_ != "VERB" or not sources:
        return []
    nouns = frames.profile.people_nouns if appeal else frames.profile.affected_people_nouns
    addressed = _addressed(frames, verb, slots) if appeal else [f for slot in slots for f in frames.fillers(verb, slot)]
    for noun in addressed:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns:
            continue
        placed = [r for r in roles_of(frames, [noun], where=True) if all(not same_actor(s, r) for s in sources)]
        if placed:
            return [people(noun, r.mention.actor.country) for r in placed[:1] if r.mention.actor.country]
        countries = {s.mention.actor.country for s in sources}
        if len(countries) == 1 and None not in countries:
            return [people(noun, countries.pop())]
    return []
