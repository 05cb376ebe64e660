"""Toponyms in the text, resolved against the gazetteer.

A place mention is a named entity of a place type, a proper noun the gazetteer
knows, or a capitalised name after a locative preposition ("à Bruxelles", "in
Kharkiv"). Names that are part of a person's or an organisation's mention,
months and weekdays are not places; nor is a capital that is the subject of a
verb ("Moscou a dénoncé"): that is an actor.

Ambiguous names are decided, strongest first, by a country or US state set
beside the name ("Paris, Texas", "Tripoli, Lebanon"), by the countries named
in the same sentence, by those of the article, then by population (countries
outrank cities). A name the gazetteer lacks keeps its mention with no place.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterable

from spacy.tokens import Doc, Span

from ..knowledge.gazetteer import Candidate, Gazetteer
from ..knowledge.language_profile import LanguageProfile
from ..records import ActorMention, ParsedArticle, PlaceMention, TextSpan

PLACE_LABELS = {"LOC", "GPE", "FAC"}
SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass"}
NAME_DEPS = {"compound", "flat", "flat:name"}
# Actor mentions whose words may still be a place: states and seats of power named.
PLACE_ACTOR_HOWS = {"name", "seat", "adjective", "place"}
LEADING_ARTICLES = ("le ", "la ", "les ", "l'", "l’", "the ")
FRENCH_ARTICLES = ("Le ", "La ", "Les ")
# Bonuses in log-population units: a country given beside the name decides; one named in the
# sentence nearly does; one of the article tips close calls.
BESIDE_BONUS = 20.0
SENTENCE_COUNTRY_BONUS = 8.0
ARTICLE_COUNTRY_BONUS = 4.0


@dataclass(frozen=True, slots=True)
class PlaceContext:
    """Countries that can decide an ambiguous name: beside it, in its sentence, in the article."""

    beside: frozenset[str] = frozenset()
    sentence: frozenset[str] = frozenset()
    article: frozenset[str] = frozenset()


def _candidates_for(gazetteer: Gazetteer, text: str) -> list[Candidate]:
    found = gazetteer.lookup(text)
    if found:
        return found
    lowered = text.lower()
    for article in LEADING_ARTICLES:
        if lowered.startswith(article):
            return gazetteer.lookup(text[len(article) :])
    # "au Caire": the article of "Le Caire" went into the contraction.
    for article in FRENCH_ARTICLES:
        found = gazetteer.lookup(article + text)
        if found:
            return found
    return []


def choose(candidates: list[Candidate], context: PlaceContext | set[str]) -> Candidate | None:
    """The best candidate for the context (a bare set of countries counts as the article's)."""
    if not candidates:
        return None
    if not isinstance(context, PlaceContext):
        context = PlaceContext(article=frozenset(context))

    def score(candidate: Candidate) -> float:
        country = candidate.place.country
        bonus = 0.0
        if country in context.beside:
            bonus += BESIDE_BONUS
        if country in context.sentence:
            bonus += SENTENCE_COUNTRY_BONUS
        if country in context.article:
            bonus += ARTICLE_COUNTRY_BONUS
        return math.log10(candidate.population + 10) + bonus

    return max(candidates, key=score)


def _name_group(doc: Doc, token_i: int) -> tuple[int, int]:
    """A proper noun with the name words hung on it ("Santiago de Cuba" stays whole elsewhere)."""
    token = doc[token_i]
    start = min([token.i] + [c.i for c in token.children if c.dep_ in NAME_DEPS and c.pos_ == "PROPN"])
    end = max([token.i] + [c.i for c in token.children if c.dep_ in NAME_DEPS and c.pos_ == "PROPN"]) + 1
    return start, end


def _spans(doc: Doc, profile: LanguageProfile, gazetteer: Gazetteer, blocked: set[int]) -> list[Span]:
    calendar = set(profile.months) | set(profile.weekdays)
    spans: list[Span] = []
    covered: set[int] = set()

    def take(start: int, end: int) -> None:
        if any(i in covered or i in blocked for i in range(start, end)):
            return
        if doc[start:end].text.lower().rstrip(".") in calendar:
            return
        spans.append(doc[start:end])
        covered.update(range(start, end))

    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS:
            take(ent.start, ent.end)
    for token in doc:
        if token.i in covered or token.pos_ != "PROPN" or not token.text[:1].isupper():
            continue
        if token.dep_ in NAME_DEPS and token.head.pos_ == "PROPN" and token.head.i != token.i:
            continue  # part of a name headed elsewhere
        start, end = _name_group(doc, token.i)
        text = doc[start:end].text
        case = next((c for c in token.children if c.dep_ in ("case", "prep")), None)
        if case is None and token.dep_ == "pobj":
            case = token.head
        after_locative = case is not None and case.lower_ in profile.locative_prepositions
        if after_locative or _candidates_for(gazetteer, text):
            take(start, end)
    spans.sort(key=lambda s: s.start)
    return spans


def _beside(doc: Doc, span: Span, gazetteer: Gazetteer, us_states: frozenset[str]) -> frozenset[str]:
    """Countries given right after the name: "Paris, Texas", "Tripoli, Lebanon", "London, en Ontario"."""
    found: set[str] = set()
    i = span.end
    if i < len(doc) and doc[i].text == ",":
        window = doc[i + 1 : min(len(doc), i + 9)]
        for token in window:
            if token.text in (".", ";"):
                break
            if token.text in us_states:
                found.add("USA")
            if token.pos_ == "PROPN" and token.text[:1].isupper():
                for candidate in gazetteer.lookup(token.text)[:1]:
                    if candidate.place.feature == "country":
                        found.add(candidate.place.country)
    return frozenset(found)


def find_place_mentions(
    parsed: ParsedArticle,
    gazetteer: Gazetteer,
    profiles: dict[str, LanguageProfile],
    actors: Iterable[ActorMention],
    sentence_index: dict[tuple[int, int], int],
) -> tuple[PlaceMention, ...]:
    us_states = gazetteer.us_states
    actor_list = list(actors)
    article_countries = frozenset(m.actor.country for m in actor_list if m.actor.country)
    sentence_countries: dict[int, set[str]] = {}
    for mention in actor_list:
        if mention.actor.country:
            sentence_countries.setdefault(mention.sentence_index, set()).add(mention.actor.country)
    subject_actors = {
        (m.paragraph, m.head)
        for m in actor_list
        if parsed.paragraphs[m.paragraph].doc[m.head].dep_ in SUBJECT_DEPS
    }
    mentions: list[PlaceMention] = []
    for number, paragraph in enumerate(parsed.paragraphs):
        doc = paragraph.doc
        # Words of a person's, an office's or an organisation's mention are not places.
        blocked: set[int] = set()
        for mention in actor_list:
            if mention.paragraph == number and mention.actor.how not in PLACE_ACTOR_HOWS:
                span = doc.char_span(mention.span.start - paragraph.start, mention.span.end - paragraph.start, alignment_mode="expand")
                if span is not None:
                    blocked.update(range(span.start, span.end))
        for span in _spans(doc, profiles[paragraph.lang], gazetteer, blocked):
            head = span.root.i
            if (number, head) in subject_actors:
                continue
            index = sentence_index[(number, span.sent.start)]
            context = PlaceContext(
                beside=_beside(doc, span, gazetteer, us_states),
                sentence=frozenset(sentence_countries.get(index, ())) | (frozenset({"USA"}) if any(t.text in us_states for t in span.sent) else frozenset()),
                article=article_countries,
            )
            chosen = choose(_candidates_for(gazetteer, span.text), context)
            start = paragraph.start + span.start_char
            mentions.append(
                PlaceMention(
                    span=TextSpan(span.text, start, start + len(span.text)),
                    place=chosen.place if chosen else None,
                    sentence_index=index,
                    head=head,
                    paragraph=number,
                )
            )
    return tuple(mentions)


__all__ = ["PlaceContext", "choose", "find_place_mentions"]
