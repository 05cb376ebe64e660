"""Protests no actor is named as holding: the people of the place where they happen.

"Sparked the largest street protests in Turkey", "ont été interpellés à Lomé lors d'un
rassemblement contre la réforme", "À Belgrade, une foule … lors d'une marche": a protest
named by a noun whose frame names no one who holds it is held by the civilians of the place it
happens in, the noun's own place ("protests in Turkey") or else the place of the clause the
noun hangs on (the arrests "à Lomé" were made at the rally), else, with no place, the people of the
state whose rulers or forces are the clause's subject. Only a protest the clause tells
as happening: not one named as what another act is done to ("the crackdown on protests",
"banned the rally"), nor one that only qualifies a noun ("the leaders of the protests"). As
for a crowd named by a verb's subject ("des milliers de personnes ont manifesté à Paris",
``domestic.people_sources``): no place, no source, nothing is made up. A protest the clause
already tells with a verb ("marched in Paris in protest") is that verb's act, not a second one.
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Token

from ..grammar import conjuncts
from ..records import Event, PlaceMention
from .adjunct_phrases import TIME_ENTITIES
from .domestic import PROTEST_ROOT, ArticleIndex
from .frames import ParagraphFrames
from .located import is_locative, place_in_clause
from .roles import Role

# How far up from the noun the clause it hangs on is looked for ("lors d'un rassemblement": the
# noun, its adverb "lors", the verb).
GOVERNOR_STEPS = 3
# Further steps through a noun of time and its preposition ("the fourth night of rallies").
TIME_NOUN_STEPS = 2
# The CAMEO code of demonstrating; sectors of a state's rulers and forces, whose own people
# demonstrate against them at home.
DEMONSTRATION_CODE = "141"
RULING_SECTORS = frozenset({"GOV", "COP", "MIL"})
# Slots of the preposition that joins a noun of time to the protest it dates ("night of", "jour de").
OWNER_PREPOSITION_SLOTS = frozenset({"of", "de"})


def _is_time_noun(frames: ParagraphFrames, token: Token) -> bool:
    """A noun of time the protest is dated by ("the fourth night of rallies", "au troisième jour
    de la contestation"): it says when, and the protest is still the clause's."""
    if token.pos_ != "NOUN":
        return False
    profile = frames.profile
    words = profile.time_nouns | profile.time_point_nouns | profile.day_part_nouns
    return token.ent_type_ in TIME_ENTITIES or token.lower_ in words or token.lemma_.lower() in words


def _of_the_protest(frames: ParagraphFrames, below: Token) -> bool:
    """Whether what hangs on a noun of time is the protest's own phrase ("night of rallies"), not
    one that places the time before or after it ("the day after the riots")."""
    case = below if below.pos_ == "ADP" else frames.grammar.case_word(below)
    return case is not None and frames.profile.slot_of_preposition(case.lower_) in OWNER_PREPOSITION_SLOTS


def _governing_verb(frames: ParagraphFrames, noun: Token) -> tuple[Token | None, bool]:
    """The verb of the clause an event noun hangs on, through prepositions, adverbs and nouns of
    time, and whether a noun of time stood between them."""
    current = noun
    dated = False
    for _ in range(GOVERNOR_STEPS + TIME_NOUN_STEPS):
        head = current.head
        if head.i == current.i:
            return None, dated
        if head.pos_ in ("VERB", "AUX"):
            return head, dated
        if head.pos_ in ("ADP", "ADV"):
            current = head
            continue
        if not _is_time_noun(frames, head) or head.lower_ in frames.profile.surrounding_day_nouns or not _of_the_protest(frames, current):
            # On another noun ("the leaders of the protests"): not the clause's act; "au lendemain
            # des émeutes", "the day after the riots": the protest is what came before the act.
            return None, dated
        dated = True
        current = head
    return None, dated


def _clause_place(frames: ParagraphFrames, verb: Token, index: ArticleIndex) -> PlaceMention | None:
    """A place in a locative phrase on the verb itself (not deeper: "the arrest of the mayor of
    Istanbul sparked protests" does not place the protests)."""
    for slot, filler in frames.arguments(verb):
        if slot not in frames.profile.locative_prepositions:
            continue
        for member in conjuncts(filler):
            place = index.place_at.get((frames.paragraph, member.i))
            if place is not None and is_locative(frames, place, member):
                return place
    return None


def _object_of_another_act(frames: ParagraphFrames, noun: Token) -> bool:
    """"The repression of protests in Iran", "la répression des manifestations", "banned the
    rally in Lomé": the protests are what another act is done to (or bans, or calls for), told
    as its object, not reported as an act of their own. A protest the act only happens during
    ("arrested during a rally", "lors d'un rassemblement") is not its object."""
    head = noun.head
    if head.pos_ == "ADP" and head.head.i != head.i:
        head = head.head
    if head.i == noun.i or head.pos_ not in ("NOUN", "VERB"):
        return False
    if head.pos_ == "VERB" and not frames.grammar.is_object_of(noun):
        return False
    told = frames.pattern_of(head)
    return told is not None and told.code[:2] != PROTEST_ROOT


def _told_by_a_verb(frames: ParagraphFrames, noun: Token, governor: Token, events: Sequence[Event]) -> bool:
    """Whether the protest is already an act of the clause: its governing verb is a protest
    ("marched in protest"), or a protest was coded in the sentence before it."""
    told = frames.pattern_of(governor)
    if told is not None and told.code[:2] == PROTEST_ROOT:
        return True
    sentence = noun.sent
    start, end = frames.offset + sentence.start_char, frames.offset + sentence.end_char
    return any(e.cameo.root == PROTEST_ROOT and start <= e.trigger.start < end for e in events)


def crowd_sources(
    frames: ParagraphFrames, noun: Token, root: str, events: Sequence[Event], index: ArticleIndex
) -> list[Role]:
    """The civilians of the place a protest noun with no source happens in, as its source."""
    if root != PROTEST_ROOT or noun.pos_ != "NOUN":
        return []
    if _object_of_another_act(frames, noun):
        return []
    governor, dated = _governing_verb(frames, noun)
    if governor is None:
        return []  # "the leaders of the protests", "the protest movement": not told as an act
    if _told_by_a_verb(frames, noun, governor, events):
        return []
    place = place_in_clause(frames, [noun], set(), index.place_at)
    if place is None:
        place = _clause_place(frames, governor, index)
    if place is None and dated:
        # "shops were looted in Nairobi on Tuesday, the second night of protests": the clause's act
        # is done on a day of the protest, where the protest is, wherever its place hangs.
        place = place_in_clause(frames, [governor], set(), index.place_at)
    if place is None or place.place is None or not place.place.country:
        # Only a demonstration (not unrest nor riots, which a reader does not take for the people's
        # act against their rulers).
        pattern = frames.pattern_of(noun)
        country = _rulers_country(frames, governor) if pattern is not None and pattern.code == DEMONSTRATION_CODE else None
        return [index.people(frames, noun, country)] if country else []
    return [index.people(frames, noun, place.place.country)]


def _rulers_country(frames: ParagraphFrames, governor: Token) -> str | None:
    """"President Rajapaksa resigned after months of protests", "police detained dozens as protests
    spread": a protest with no place, told in a clause whose subject is a state's rulers or forces
    (or hung on such a clause when the protest is its own subject), is held by that state's people,
    who protest at home against them."""
    clause = governor
    for _ in range(2):
        subjects = [s for s in frames.subjects(clause) if frames.pattern_of(s) is None]
        if any(s.pos_ == "PRON" for s in subjects):
            return None  # "after he addressed a rally": whoever he is, not the rulers named
        if subjects:
            countries = {m.actor.country for s in subjects for m in frames.actors_of(s)
                         if m.actor.sector in RULING_SECTORS and m.actor.organization is None}
            return countries.pop() if len(countries) == 1 else None
        if frames.grammar.clause_link(clause) not in ("advcl", "conj") or clause.head.i == clause.i:
            return None
        clause = clause.head
    return None


__all__ = ["crowd_sources"]
