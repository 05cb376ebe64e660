"""People no actor names, standing for the country an act happens in.

"Arrested dissident journalists", "ont frappé des manifestants": the people an act is done to
are the civilians of the country where it happens (the clause's place, else the doer's own
country); protesters "contre la réforme" or marching "in Caracas" act against their own
country's rulers, unless the thing they protest against names its party ("contre le projet de
traité entre l'UE et l'Australie"); "des milliers de personnes ont manifesté à Paris" are
France's civilians acting. Nothing is made up when no place or country says whose the people are.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Mapping

from spacy.tokens import Token

from ..knowledge.actors import fold
from ..knowledge.patterns import Pattern
from ..records import Actor, ActorMention, PlaceMention, TextSpan
from .frames import ParagraphFrames
from .located import PlaceIndex, place_in_clause
from .roles import Role, roles_of
from .roots import FORCE_OUTCOME_ROOTS
from .slots import slot_fillers
from .unidentified import not_people, unknown_doers
from .victims import place_struck

# Roots of acts a state does to people at home: arresting "dissidents", releasing "political
# prisoners", protesters marching "against the reform". When the people are named by no actor, the
# target is the country the act happens in (the clause's place, else the source's own country).
DOMESTIC_TARGET_ROOTS = frozenset({"08", "14", "17", "18", "20"})
# Unconventional mass violence (gas, mass killings): done to the people where it is used, named or not.
MASS_VIOLENCE_ROOT = "20"
# Roots of force used on people: a verb's object no actor names is the people it is done to.
FORCE_ON_PEOPLE_ROOTS = frozenset({"18", "20"})
# The target slot of a pattern whose act a state does to its own people when no one else is named
# ("imposed martial law", "lifted the curfew").
SELF_TARGET_SLOT = "self"
# How a place names its state (places.PLACE_ACTOR_HOWS but the adjective, which names a doer).
HOME_PLACE_HOWS = frozenset({"name", "seat", "place"})
# Roots of coercion and force done to people: where it happened says whose the people hit are.
HIT_ROOTS = FORCE_OUTCOME_ROOTS | {"17"}
# The root of protests: done against the rulers of the protesters' own country.
PROTEST_ROOT = "14"


@dataclass(frozen=True)
class ArticleIndex:
    """An article's places by (paragraph, head) and sentence numbers by (paragraph, sentence start),
    and what the article's coder knows of where states cast their vetoes."""

    place_at: PlaceIndex
    sentence_index: dict[tuple[int, int], int]
    # The body a state's veto is cast against, by state (events/vetoes.py).
    veto_bodies: Mapping[str, Actor] = field(default_factory=dict)

    def people(self, frames: ParagraphFrames, noun: Token, country: str, sector: str = "CVL") -> Role:
        """Civilians (or another sector) of ``country``, named by the noun phrase headed by ``noun``."""
        phrase = frames.doc[noun.left_edge.i : noun.i + 1]
        start = frames.offset + phrase.start_char
        span = TextSpan(phrase.text, start, start + len(phrase.text))
        index = self.sentence_index[(frames.paragraph, noun.sent.start)]
        actor = Actor(country + sector, country, None, sector, None, "domestic")
        return Role(ActorMention(span, actor, index, noun.i, frames.paragraph), "domestic")

    def standing_on(self, frames: ParagraphFrames, token: Token, actor: Actor) -> Role:
        """``actor``, named by no words of its own, standing on one word of the clause (the act's
        trigger, the bill vetoed): the protesters' rulers, a society's government."""
        number = self.sentence_index[(frames.paragraph, token.sent.start)]
        start = frames.offset + token.idx
        span = TextSpan(token.text, start, start + len(token.text))
        return Role(ActorMention(span, actor, number, token.i, frames.paragraph), "domestic")


def domestic_targets(
    frames: ParagraphFrames, token: Token, anchor: Token, pattern: Pattern, sources: list[Role], index: ArticleIndex
) -> list[Role]:
    """People no actor names, in a target slot ("arrested dissident journalists", "manifesté
    contre la réforme"): the country where the act happens, as its civilians."""
    slots = [*pattern.target]
    if pattern.code[:2] == PROTEST_ROOT:
        slots += frames.profile.adversative_prepositions
    elif token.pos_ == "VERB" and pattern.code[:2] in FORCE_ON_PEOPLE_ROOTS and "obj" not in slots:
        slots.append("obj")  # "ont frappé des manifestants": force is done to whom it names as its object
    # The people may hang on the expression's second word ("suspendu la dissolution d'une association").
    heads = [token, *(frames.doc[i] for i in sorted(frames.particle_tokens(token, pattern)))]
    filler = next(
        (
            f
            for slot in slots
            for head in heads
            for f in slot_fillers(frames, head, slot, set())
            if f.pos_ in ("NOUN", "PROPN")
            # "after seizing the area": an area names no people, unless force hits it (roots 18, 20).
            and (pattern.code[:2] in FORCE_ON_PEOPLE_ROOTS or fold(f.lemma_) not in frames.patterns.senses.area_nouns)
            and all(any(m is s.mention for s in sources) for m in frames.actors_of(f) if m.actor.key and m.actor.how != "domestic")
        ),
        None,
    )
    if filler is None and pattern.code[:2] == PROTEST_ROOT:
        filler = _protested_in_adjunct(frames, heads)
    place = place_in_clause(frames, [anchor], set(), index.place_at)
    if place is None and pattern.code[:2] == MASS_VIOLENCE_ROOT:
        place = place_struck(frames, [token, anchor, *heads[1:]], pattern, index.place_at)
    if place is not None and place.place is not None:
        country = place.place.country
    elif pattern.code[:2] not in DOMESTIC_TARGET_ROOTS:
        return []  # people killed somewhere no place names: whose they are is not said
    else:
        countries = {r.mention.actor.country for r in sources}
        country = countries.pop() if len(countries) == 1 else None
    if not country:
        return []
    if filler is not None and pattern.code[:2] == PROTEST_ROOT:
        # "contre le projet de traité entre l'UE et l'Australie": against whom the thing names.
        aimed = aimed_inside(frames, filler, {r.mention.actor.key for r in sources})
        if aimed:
            return aimed
    if filler is not None:
        # Protesters protest against their rulers ("contre la réforme"); others act on people.
        return [index.people(frames, filler, country, "GOV" if pattern.code[:2] == PROTEST_ROOT else "CVL")]
    if pattern.code[:2] == PROTEST_ROOT:
        # Protesters marching "à Paris", "in Caracas", or anywhere of their own country no place
        # names: against its rulers, whom a protest is aimed at unless it names another target.
        actor = Actor(country + "GOV", country, None, "GOV", None, "domestic")
        if place is not None:
            number = index.sentence_index[(frames.paragraph, anchor.sent.start)]
            return [Role(ActorMention(place.span, actor, number, place.head, frames.paragraph), "domestic")]
        return [index.standing_on(frames, token, actor)]
    if pattern.code[:2] == MASS_VIOLENCE_ROOT and place is not None:
        return [index.people(frames, token, country)]  # "dropped sarin on the town of Ltamenah": on its people
    if SELF_TARGET_SLOT in pattern.target:
        # A measure a state takes at home ("declared martial law", "lifted the curfew"): on its people.
        return [index.people(frames, token, country)]
    return []


# How deep inside a thing protested against its party may be named ("the draft of the agreement between …").
MAX_AIMED_DEPTH = 3


def aimed_inside(frames: ParagraphFrames, thing: Token, own: set[str | None]) -> list[Role]:
    """The first actor named inside a thing a protest is against ("EU fishing quotas", "le projet
    de traité entre l'UE et l'Australie"), breadth first through its complements, not through where
    it is ("la guerre en Ukraine") or with whom, and not the protesters' own or a country only guessed."""
    frontier = [thing]
    # Not where it is, nor its partner ("le traité avec le Canada" is no act of Canada's alone).
    skipped = frames.profile.locative_prepositions | set(frames.profile.comitative_prepositions)
    for _ in range(MAX_AIMED_DEPTH):
        below: list[Token] = []
        for token in frontier:
            for slot, filler in frames.arguments(token):
                if slot in skipped or filler.pos_ not in ("NOUN", "PROPN", "ADJ"):
                    continue
                roles = [
                    r for r in roles_of(frames, [filler], modifier=True)
                    if r.mention.actor.key not in own and r.mention.actor.how != "domestic"
                ]
                if roles:
                    return roles[:1]  # "le traité entre l'UE et l'Australie": the party named first
                below.append(filler)
        frontier = below
    return []


def _protested_in_adjunct(frames: ParagraphFrames, heads: list[Token]) -> Token | None:
    """What a protest noun in the act's complements is against ("blocked roads … in a protest
    against EU rules", "the third of a series of protests against …"): the act is that protest,
    aimed where it is, breadth first and not through the doers."""
    frontier = heads
    for _ in range(MAX_AIMED_DEPTH):
        below: list[Token] = []
        for token in frontier:
            for slot, child in frames.arguments(token):
                if slot in ("subj", "agent") or child.pos_ not in ("NOUN", "ADJ"):
                    continue  # "the third of a series of protests": through an adjective standing as a noun
                noun_pattern = frames.pattern_of(child)
                if noun_pattern is not None and noun_pattern.code[:2] == PROTEST_ROOT:
                    slots = [*noun_pattern.target, *frames.profile.adversative_prepositions]
                    fillers = [f for slot in slots for f in frames.fillers(child, slot) if f.pos_ in ("NOUN", "PROPN")]
                    if fillers:
                        return fillers[0]
                below.append(child)
        frontier = below
    return None


def people_at_home(frames: ParagraphFrames, targets: list[Role], sources: list[Role], index: ArticleIndex) -> list[Role]:
    """A measure a state takes at home, with a place of its own in its target slot ("imposed a
    curfew in Nairobi", "declared emergency rule across Kenya"): the place stands for the
    people there (CVL), not for the state or its seat of government, which is the source."""
    countries = {s.mention.actor.country for s in sources if s.mention.actor.country}
    return [
        index.people(frames, frames.doc[t.mention.head], t.mention.actor.country)
        if t.route != "domestic" and t.mention.actor.country in countries and t.mention.actor.how in HOME_PLACE_HOWS
        and t.mention.actor.sector in (None, "GOV") and not t.mention.actor.organization
        and (not t.mention.actor.entity or t.mention.actor.how == "place")  # a town's name is its entity
        else t
        for t in targets
    ]


def people_where_hit(targets: list[Role], sources: list[Role], location: PlaceMention | None, root: str) -> list[Role]:
    """Civilians a foreign force hits where the article is set ("the Israeli shelling, which he
    said had killed two civilians", datelined Beirut): the actors stage guessed their country as
    the article's home, which here is the doer's own; where the act happened says whose they are."""
    if root not in HIT_ROOTS or location is None or location.place is None or not location.place.country:
        return targets
    where = location.place.country
    doers = {s.mention.actor.country for s in sources}
    moved = []
    for target in targets:
        actor = target.mention.actor
        if actor.how == "domestic" and actor.sector == "CVL" and actor.country in doers and where not in doers:
            target = _as_civilians(target, where)
        moved.append(target)
    return moved


def people_not_rulers(target: Role | None, code: str, sense: str) -> Role | None:
    """A protest's unnamed target is its doers' rulers; when the act is read as another's violence
    instead ("rebels torched villages": 180, not a riot, 145), it is done to the people there."""
    if target is None or code[:2] != PROTEST_ROOT or sense[:2] not in FORCE_OUTCOME_ROOTS or target.route != "domestic":
        return target
    actor = target.mention.actor
    if actor.sector != "GOV" or actor.how != "domestic" or not actor.country:
        return target
    return _as_civilians(target, actor.country)


def _as_civilians(role: Role, country: str) -> Role:
    """The same words read as the civilians of ``country``."""
    actor = replace(role.mention.actor, code=country + "CVL", country=country, sector="CVL")
    return replace(role, mention=replace(role.mention, actor=actor))


def people_sources(frames: ParagraphFrames, verb: Token, index: ArticleIndex) -> list[Role]:
    """"Des milliers de personnes ont manifesté à Paris", "a gunman killed … in Nara": people no
    actor names, acting in a place the clause names, are civilians of its country."""
    subjects = [s for s in frames.subjects(verb) if s.pos_ == "NOUN" and not roles_of(frames, [s])]
    if not subjects or unknown_doers(subjects[0], frames.profile):  # "gunmen", "des hommes armés": no identifiable source
        return []
    if not_people(subjects[0], frames.pattern_of(subjects[0]) is not None, frames.profile):
        return []  # "the attack killed twelve people": an act or a thing, no crowd (events/unidentified.py)
    place = place_in_clause(frames, [verb], set(), index.place_at)
    if place is None:  # "a interpellé à Istanbul des étudiants qui manifestaient"
        place = _relative_clause_place(frames, verb, index)
    if place is None:  # "was stabbed by a retiree as she opened a market in Nantes"
        place = _time_clause_place(frames, verb, index)
    if place is None or place.place is None or not place.place.country:
        return []
    return [index.people(frames, subjects[0], place.place.country)]


def _time_clause_place(frames: ParagraphFrames, verb: Token, index: ArticleIndex) -> PlaceMention | None:
    """"was stabbed by a retiree as she opened a market in Nantes": an act done while
    another went on (a clause of the profile's ``temporal_marks``) is where that other one was."""
    for clause in verb.children:
        if clause.dep_ == "advcl" and any(c.dep_ == "mark" and fold(c.text) in frames.profile.temporal_marks for c in clause.children):
            place = place_in_clause(frames, [clause], set(), index.place_at)
            if place is not None:
                return place
    return None


def _relative_clause_place(frames: ParagraphFrames, verb: Token, index: ArticleIndex) -> PlaceMention | None:
    """"a interpellé à Istanbul des étudiants qui manifestaient": people a relative clause says
    acted are where the clause their noun is in happens."""
    noun = verb.head
    if frames.grammar.clause_link(verb) != "relcl" or noun.i == verb.i or noun.pos_ != "NOUN":
        return None
    governor = noun.head
    if governor.pos_ == "ADP" and governor.head.i != governor.i:
        governor = governor.head
    if governor.pos_ not in ("VERB", "AUX") or governor.i == noun.i:
        return None
    return place_in_clause(frames, [governor], set(), index.place_at)


__all__ = [
    "DOMESTIC_TARGET_ROOTS", "FORCE_ON_PEOPLE_ROOTS", "MASS_VIOLENCE_ROOT", "SELF_TARGET_SLOT",
    "ArticleIndex", "domestic_targets", "people_at_home", "people_not_rulers", "people_sources", "people_where_hit",
]
