"""Settling an article's actor mentions once all are read: a mention whose country is the article's
own (``homes.DOMESTIC``: bare sector nouns, bare titles, shared institution names) takes the home
country the whole article tells (see ``homes``), its places helping once they are known; one left
with none is dropped. Step 4 of ``mentions``, kept apart because it runs twice: before the places
are found (for them) and after."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Mapping, Sequence

from ..records import ActorMention, PlaceMention
from .context import HYPHENS, opposed_government
from .homes import (
    DOMESTIC,
    home_country,
    other_home,
    outside_names,
    place_at,
    places_country,
    sentence_place_country,
    sole_country,
    sole_in_own_sentence,
)
from .resolved import Deferred, country_actor, office_actor

if TYPE_CHECKING:
    from .mentions import ActorResources

# How an actor is resolved when its country is the article's own (``homes.home_country``): DOMESTIC;
# when it is the place the noun itself is qualified by ("protesters in Beirut"): PLACE_QUALIFIED.
PLACE_QUALIFIED = "place"


@dataclass(frozen=True, slots=True)
class ActorReading:
    """An article's actor mentions as read, in reading order, before those whose country is the
    article's own (``DOMESTIC``) are settled by ``settle_actor_mentions``."""

    mentions: tuple[ActorMention, ...]
    deferred: Mapping[tuple[int, int], Deferred]  # by (paragraph, start): what a domestic mention waits for
    placed: frozenset[tuple[int, int]]  # country and seat mentions after "à", "in": where, maybe not who
    day: dt.date | None
    text: str = ""  # the article's text, to read the places by
    # by (paragraph, start): the states a domestic mention's clause acts on ("The junta accused France")
    acted_on: Mapping[tuple[int, int], frozenset[str]] = field(default_factory=dict)
    # by (paragraph, start): "both sides", "les deux pays" (see ``pairs``), which stand for two
    # parties named before and so do not count again for the article's home country
    pairs: frozenset[tuple[int, int]] = frozenset()
    names: tuple[tuple[int, int], ...] = ()  # character spans of people's full names: no places
    dateline: str | None = None  # the state of the dateline's place: the last home (see ``datelines``)


def settle_actor_mentions(
    reading: ActorReading, resources: ActorResources, places: Sequence[PlaceMention] = ()
) -> tuple[ActorMention, ...]:
    """The read mentions with the domestic ones given the article's home country (see ``homes``),
    the ``places`` of the article helping when they are known; those left with none are dropped."""
    knowledge = resources.knowledge
    day = reading.day
    placed = reading.placed
    mentions = list(reading.mentions)
    # A place hyphened to a word ("Moscow-backed forces", "Paris-based") qualifies a noun: it says
    # neither where the article is nor whose its people are.
    places = outside_names([p for p in places if reading.text[p.span.end : p.span.end + 1] not in HYPHENS], reading.names)
    voters = [m for m in mentions if (m.paragraph, m.span.start) not in reading.pairs]
    dominant = home_country(voters)
    sole = sole_country(voters, placed)
    mentions = _without_us_state_homonyms(mentions, resources.us_states, dominant)
    where = places_country(voters, places) if dominant is None and sole is None else None
    resolved_mentions = []
    for mention in mentions:
        if mention.actor.how == DOMESTIC:
            waiting = reading.deferred.get((mention.paragraph, mention.span.start), Deferred())
            if waiting.owned_only or waiting.regional:
                continue  # no owner's side came, or people of a region: no actor
            # People named with their place ("residents of Kharkiv") are its state's, first; people who
            # act where they are are the people of their sentence's place, next.
            home = (place_at(waiting.of_place, places) or _placed_state(waiting.of_place, mentions, placed)) if waiting.of_place is not None else None
            told = home  # the place's state, unless another wins below
            if home is None and waiting.local and places:
                home = sentence_place_country(mention.sentence_index, mentions, placed, places)
            home = home or dominant or where
            excluded = reading.acted_on.get((mention.paragraph, mention.span.start), frozenset())
            if home in excluded:
                home = other_home(mentions, excluded)  # "The junta accused France": no French junta
            own = sole is not None and waiting.subject and sole_in_own_sentence(mention.sentence_index, sole[0], voters)
            if home is None and sole is not None and (mention.sentence_index not in sole[1] or waiting.fallback or waiting.named_holder or own):
                # A shared body's name ("Au Sénégal, le Conseil constitutionnel") is the sole
                # country's even in its own sentence.
                home = sole[0]
            home = home or reading.dateline
            if waiting.fallback_unless and home not in waiting.fallback_unless:
                home = None  # "Congress approved aid to Ukraine": no state but those with a congress
            if waiting.title is not None and home is not None:
                office = knowledge.office_for(waiting.title, waiting.lang, country=home)
                if office is not None:
                    actor = office_actor(knowledge, office, day, DOMESTIC)
                    # A holder the text names (see ``named_titles``) over the data's.
                    actor = replace(actor, entity=mention.actor.entity or actor.entity)
                    resolved_mentions.append(replace(mention, actor=actor))
                    continue
                # The home country has no such office in the data: its side all the same, no holder.
            country = home or waiting.fallback or opposed_government(mention, mentions)
            if country is None:
                continue
            # A shared body's name that stays its own state's is named, not guessed.
            # A home the text names on the noun itself ("residents of Kharkiv") is told, not guessed.
            how = "institution" if waiting.fallback and waiting.named and country == waiting.fallback else PLACE_QUALIFIED if told is not None and country == told else DOMESTIC
            actor = country_actor(knowledge, country, mention.actor.sector, how, entity=mention.actor.entity)
            mention = replace(mention, actor=actor)
        resolved_mentions.append(mention)
    return tuple(resolved_mentions)


def _placed_state(char: int, mentions: list[ActorMention], placed: frozenset[tuple[int, int]]) -> str | None:
    """The state named at character ``char`` after "in" / "à" ("Soldiers in Guinea-Bissau"): a
    country there is where the noun's people are, not an actor (``ActorReading.placed``)."""
    return next(
        (m.actor.country for m in mentions if m.span.start <= char < m.span.end and m.actor.country and (m.paragraph, m.span.start) in placed),
        None,
    )


def _without_us_state_homonyms(
    mentions: list[ActorMention], us_states: frozenset[str], home: str | None
) -> list[ActorMention]:
    """A country name that is also a US state ("Georgia") names the state when the sentence or the
    article is about the United States; the state is no national actor."""
    american_sentences = {m.sentence_index for m in mentions if m.actor.country == "USA"}
    kept = []
    for mention in mentions:
        name = mention.span.text.split()[-1] if mention.span.text else ""
        if (
            mention.actor.how == "name"
            and mention.actor.country != "USA"
            and name in us_states
            and (home == "USA" or mention.sentence_index in american_sentences)
        ):
            continue
        kept.append(mention)
    return kept
