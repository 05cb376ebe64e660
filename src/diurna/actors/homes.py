"""The country an article, or one of its sentences, is about: the home of bare sector nouns
("la police", "the opposition", "les syndicats") and of bare national titles.

Strongest first:

1. the *dominant* country: named at least twice and in at least half of the country mentions;
2. the *sole* country the article names, for the sentences that do not name it (see ``sole_country``);
3. the one country of the article's places, when the article names no state at all: "Des
   blindés ont été engagés à Marseille et à Lyon" makes "le ministère de l'Intérieur" France's;
4. first of all, for people who act where they are (``local``: protesters, police, unions, not
   rulers, officials, troops, fighters or refugees), the one country of their own sentence's
   places, when no actor of the sentence names another state: "Protesters clashed with riot police
   in Ottawa" are Canadians, in an article that also names Palestinians.

A state's own agents (its government, its army: ``STATE_SECTORS``) do not act on their state named
as a whole: "Niger's junta expelled the French ambassador. The junta accused France" is no French
junta, even in an article France dominates; such a mention takes the article's other country
named most, if one is (``other_home``), else none.

Before all of them, people named with their place ("residents of Kharkiv", "les habitants de
Gaza") are that place's state's, whatever the article names most (``of_place`` finds the place's
word; the place is known once places are resolved).

Places are resolved after actors (their resolution reads the actor mentions), so rules 3 and 4
take them once known: see ``settled.settle_actor_mentions``.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Sequence

from spacy.tokens import Doc, Token

from ..knowledge.actors import ActorWords, fold
from ..knowledge.language_profile import LanguageProfile
from ..records import ActorMention, PlaceMention
from .agents import does_the_act
from .context import OF_WORDS

# How an actor is resolved when its country is the article's own.
DOMESTIC = "domestic"


def home_country(mentions: Iterable[ActorMention]) -> str | None:
    """The country an article is about, when one clearly dominates: named at least twice and
    in at least half of the country mentions. Unqualified "la police", "le gouvernement" are its."""
    counts: dict[str, int] = defaultdict(int)
    for mention in mentions:
        if mention.actor.country and mention.actor.how != DOMESTIC:
            counts[mention.actor.country] += 1
    if not counts:
        return None
    country, top = max(counts.items(), key=lambda item: item[1])
    total = sum(counts.values())
    return country if top >= 2 and top * 2 >= total else None


def sole_country(mentions: Iterable[ActorMention], placed: set[tuple[int, int]] | frozenset = frozenset()) -> tuple[str, frozenset[int]] | None:
    """The only country an article names, however often, with the sentences that name it. It is
    the home of the article's other sentences ("La Birmanie a aboli la censure. … le ministère de
    l'Information"); in its own sentence a bare "the opposition" is left to the event stage. A
    sentence that only says where, with the country or its capital after "à" / "in" (the ``placed``
    mentions: "les forces de l'ordre … place de la Concorde, à Paris"), is one of the others."""
    named = [m for m in mentions if m.actor.country and m.actor.how != DOMESTIC]
    countries = {m.actor.country for m in named}
    if len(countries) != 1:
        return None
    return next(iter(countries)), frozenset(m.sentence_index for m in named if (m.paragraph, m.span.start) not in placed)


def places_country(mentions: Iterable[ActorMention], places: Sequence[PlaceMention]) -> str | None:
    """The one country of the article's places when its actors name no state ("à Marseille et à
    Lyon": France), else None."""
    if any(m.actor.country and m.actor.how != DOMESTIC for m in mentions):
        return None
    countries = {p.place.country for p in places if p.place is not None and p.place.country}
    return countries.pop() if len(countries) == 1 else None


def sentence_place_country(
    sentence: int, mentions: Sequence[ActorMention], placed: set[tuple[int, int]] | frozenset, places: Sequence[PlaceMention]
) -> str | None:
    """The one country of a sentence's places (and of its countries or capitals after "in" / "à"),
    when no other actor of the sentence names another state; else None. A name that acts ("Russia's
    attacks") is an actor, not a place, even when the places list it too."""
    acting = [
        m.span for m in mentions
        if m.sentence_index == sentence and m.actor.country and (m.paragraph, m.span.start) not in placed
    ]
    where = {
        p.place.country for p in places
        if p.sentence_index == sentence and p.place is not None and p.place.country
        and not any(a.start < p.span.end and p.span.start < a.end for a in acting)
    }
    where |= {
        m.actor.country for m in mentions
        if m.sentence_index == sentence and m.actor.country and (m.paragraph, m.span.start) in placed
    }
    if len(where) != 1:
        return None
    country = next(iter(where))
    others = {
        m.actor.country for m in mentions
        if m.sentence_index == sentence and m.actor.country and m.actor.how != DOMESTIC and (m.paragraph, m.span.start) not in placed
    }
    return country if others <= {country} else None


# Sectors of a state's own agents, which do not act on their state named as a whole.
STATE_SECTORS = frozenset({"GOV", "MIL"})
# How a mention names a state as a whole: by its name or its seat ("Paris", "the Kremlin").
WHOLE_STATE = frozenset({"name", "seat"})
# Dependencies of what a clause acts on: its objects and prepositional complements.
ACTED_ON_DEPS = frozenset({"obj", "dobj", "iobj", "obl", "obl:arg", "obl:mod", "dative"})


def acted_on(doc: Doc, subject: int, mentions: Iterable[ActorMention], paragraph: int) -> frozenset[str]:
    """The states named as a whole that the clause of a subject (token ``subject``) acts on, as its
    objects or complements: "La junte a accusé Paris d'ingérence", "The junta accused France"."""
    token = doc[subject]
    if not token.dep_.startswith("nsubj"):
        return frozenset()
    verb = token.head
    found = set()
    for mention in mentions:
        if mention.paragraph != paragraph or mention.actor.how not in WHOLE_STATE or not mention.actor.country:
            continue
        other = doc[mention.head]
        direct = other.head.i == verb.i and other.dep_ in ACTED_ON_DEPS
        through = other.dep_ == "pobj" and other.head.dep_ in ("prep", "dative") and other.head.head.i == verb.i
        if direct or through:
            found.add(mention.actor.country)
    return frozenset(found)


def other_home(mentions: Iterable[ActorMention], excluded: frozenset[str]) -> str | None:
    """The country the article names most, outside ``excluded``, when one leads; else None."""
    counts: dict[str, int] = defaultdict(int)
    for mention in mentions:
        if mention.actor.country and mention.actor.how != DOMESTIC and mention.actor.country not in excluded:
            counts[mention.actor.country] += 1
    if not counts:
        return None
    ranked = sorted(counts.values(), reverse=True)
    if len(ranked) > 1 and ranked[0] == ranked[1]:
        return None
    return max(counts.items(), key=lambda item: item[1])[0]


def of_place(doc: Doc, head: int, cases: frozenset[str], place_nouns: frozenset[str] = frozenset(), through: bool = True) -> int | None:
    """The index of the proper noun a noun is qualified by through one of ``cases`` ("of", "de":
    "Residents of Kharkiv" → Kharkiv), else None; whether it is a place is for the places to tell.
    A place noun between them is looked through ("the governor of the Kursk region", "les députés de
    la province de Belgorod", "residents of the city of Osh"): ``place_nouns`` (lemmas)."""
    for child in doc[head].children:
        if child.dep_ == "prep" and child.lower_ in cases:
            target = next((c for c in child.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
            if target is not None:
                return target.i
            named = next((c for c in child.children if c.dep_ == "pobj" and fold(c.lemma_) in place_nouns), None)
            if named is not None and through:
                return _place_noun_name(doc, named.i, place_nouns)
        if child.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in cases for c in child.children):
            if child.pos_ == "PROPN":
                return child.i
            if fold(child.lemma_) in place_nouns and through:
                return _place_noun_name(doc, child.i, place_nouns)
    return None


def _place_noun_name(doc: Doc, noun: int, place_nouns: frozenset[str]) -> int | None:
    """The name a place noun carries: its own "of"/"de" name ("the city of Osh"), else a name
    compounded with it ("the Kursk region")."""
    named = of_place(doc, noun, OF_WORDS, place_nouns, through=False)
    if named is not None:
        return named
    return next((c.i for c in doc[noun].children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)


def placed_in(noun: Token, local: bool, words: ActorWords, profile: LanguageProfile) -> frozenset[str]:
    """The prepositions through which a place on a noun says whose its people are, besides "of":
    "in" under an amount ("thousands of protesters in Beirut": the amount hides the place from the
    verb), and for the bodies seated where they are named (``actor_words.toml`` [located] seated: "a
    court in Izmir", "le parquet à Anvers"), whatever state the sentence names besides, and for the
    forces placed so while doing their clause's act ([located] stationed: "Soldiers in Guinea-Bissau
    arrested …")."""
    lang = profile.code
    if local and counted(noun, profile.quantity_nouns):
        return profile.locative_prepositions
    lemma = fold(noun.lemma_)
    stationed = lemma in words.stationed.get(lang, frozenset())
    if lemma in words.seated.get(lang, frozenset()) or (stationed and does_the_act(noun, profile)):
        # Forces doing their clause's act where the noun itself is placed ("Soldiers in Guinea-Bissau
        # arrested the prime minister") are that place's, whatever the article names most.
        return words.located_prepositions.get(lang, frozenset())
    return frozenset()


def counted(noun: Token, amount_nouns: frozenset[str]) -> bool:
    """Whether a noun is the "of" / "de" object of an amount noun ("thousands of protesters",
    "des milliers de manifestants"): the amount, not the people, is what the verb sees."""
    holder = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "nmod" else None
    return holder is not None and holder is not noun and holder.lemma_.lower() in amount_nouns


def place_at(char: int, places: Sequence[PlaceMention]) -> str | None:
    """The country of the place mention written at character ``char``, if any."""
    return next((p.place.country for p in places if p.place is not None and p.span.start <= char < p.span.end), None)


# How a state is named by the nationality of some people or things only ("two Russian nationals",
# "the Chinese flag"), and the sectors of its people who are often abroad (civilians, troops,
# fighters, refugees: "Russian troops"): that says whose they are, not where the sentence's bare
# nouns belong.
NATIONALITY_HOWS = frozenset({"adjective"})
ABROAD_SECTORS = frozenset({"CVL", "MIL", "REB", "REF"})
# Links of an adjective or a name word to the noun it qualifies ("European/amod ministers", "Gulf/compound states").
REGIONAL_DEPS = frozenset({"amod", "compound"})


def sole_in_own_sentence(sentence: int, country: str, mentions: Iterable[ActorMention]) -> bool:
    """Whether the article's sole country is the home of a bare noun of a sentence that names it: it
    is when the sentence names it otherwise than by a nationality adjective, by name, seat, body or
    office ("soldiers arrested the prime minister … disbursements to Sudan", "opposition groups that
    won seats in Georgia's parliament", "Workers … halting cargo at US ports"); "Police arrested two
    Russian nationals" (its people, maybe abroad) leaves the police to the event stage. Asked only for
    a noun that is its clause's subject: "Russia withdrew its troops" keeps its object unguessed."""
    return any(
        m.sentence_index == sentence and m.actor.country == country and m.actor.how != DOMESTIC
        and m.actor.how not in NATIONALITY_HOWS and m.actor.sector not in ABROAD_SECTORS
        for m in mentions
    )


def outside_names(places: Sequence[PlaceMention], names: Iterable[tuple[int, int]]) -> list[PlaceMention]:
    """The places that are no word of a person's name (character spans ``names``): "Jawhar Ben
    Mbarek" is no Jawhar, the Somali town, and tells nothing of where the article is."""
    spans = list(names)
    return [p for p in places if not any(start <= p.span.start and p.span.end <= end for start, end in spans)]


def regional(noun: Token, adjectives: frozenset[str]) -> bool:
    """Whether a regional adjective qualifies ``noun`` ("African ministers", "des ministres africains",
    "Latin American leaders"): people of several states, so no home country is theirs. A name keeps
    its words ("the Central American University" is a body of its own country)."""
    if noun.pos_ == "PROPN" or (noun.text[:1].isupper() and not noun.is_sent_start):
        return False
    for child in noun.children:
        if child.dep_ in REGIONAL_DEPS:
            said = {fold(child.lemma_), fold(child.text), fold(" ".join(t.text for t in child.subtree))}
            if said & adjectives:
                return True
    return False
