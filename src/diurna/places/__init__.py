"""Toponyms in the text, resolved against the gazetteer.

A place mention is a named entity of a place type, or a capitalised name
after a locative preposition ("à Bruxelles", "in Kharkiv"). Ambiguous names
go to the candidate in a country the article is about, else to the most
populous (countries outrank cities). A name the gazetteer lacks keeps its
mention with no place. A capital that is the subject of a verb ("Moscou a
dénoncé") is an actor, not a place.
"""

from __future__ import annotations

import math
from typing import Iterable

from spacy.tokens import Doc, Span

from ..knowledge.gazetteer import Candidate, Gazetteer
from ..knowledge.language_profile import LanguageProfile
from ..records import ActorMention, ParsedArticle, PlaceMention, TextSpan

PLACE_LABELS = {"LOC", "GPE", "FAC"}
SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass"}
LEADING_ARTICLES = ("le ", "la ", "les ", "l'", "l’", "the ")
# Bonus, in log-population units, for a candidate in a country the article is about.
ARTICLE_COUNTRY_BONUS = 6.0


def _candidates_for(gazetteer: Gazetteer, text: str) -> list[Candidate]:
    found = gazetteer.lookup(text)
    if found:
        return found
    lowered = text.lower()
    for article in LEADING_ARTICLES:
        if lowered.startswith(article):
            return gazetteer.lookup(text[len(article) :])
    return []


def choose(candidates: list[Candidate], article_countries: set[str]) -> Candidate | None:
    """The candidate in a country of the article if any, else the most populous."""
    if not candidates:
        return None

    def score(candidate: Candidate) -> float:
        bonus = ARTICLE_COUNTRY_BONUS if candidate.place.country in article_countries else 0.0
        return math.log10(candidate.population + 10) + bonus

    return max(candidates, key=score)


def _spans(doc: Doc, profile: LanguageProfile) -> list[Span]:
    spans: list[Span] = [ent for ent in doc.ents if ent.label_ in PLACE_LABELS]
    covered = {i for span in spans for i in range(span.start, span.end)}
    for token in doc:
        if token.i in covered or token.pos_ != "PROPN" or not token.text[:1].isupper():
            continue
        if token.head.i != token.i and token.head.pos_ == "PROPN" and token.head.i in covered:
            continue
        case = next((c for c in token.children if c.dep_ in ("case", "prep")), None)
        if case is None and token.dep_ == "pobj":
            case = token.head
        if case is not None and case.lower_ in profile.locative_prepositions:
            end = token.i + 1
            while end < len(doc) and doc[end].dep_ in ("flat", "flat:name", "compound") and doc[end].head.i == token.i:
                end += 1
            spans.append(doc[token.i : end])
            covered.update(range(token.i, end))
    spans.sort(key=lambda s: s.start)
    return spans


def find_place_mentions(
    parsed: ParsedArticle,
    gazetteer: Gazetteer,
    profiles: dict[str, LanguageProfile],
    actors: Iterable[ActorMention],
    sentence_index: dict[tuple[int, int], int],
) -> tuple[PlaceMention, ...]:
    actor_list = list(actors)
    article_countries = {m.actor.country for m in actor_list if m.actor.country}
    subject_actors = {
        (m.paragraph, m.head)
        for m in actor_list
        if parsed.paragraphs[m.paragraph].doc[m.head].dep_ in SUBJECT_DEPS
    }
    mentions: list[PlaceMention] = []
    for number, paragraph in enumerate(parsed.paragraphs):
        doc = paragraph.doc
        for span in _spans(doc, profiles[paragraph.lang]):
            head = span.root.i
            if (number, head) in subject_actors:
                continue
            text = span.text
            chosen = choose(_candidates_for(gazetteer, text), article_countries)
            start = paragraph.start + span.start_char
            mentions.append(
                PlaceMention(
                    span=TextSpan(text, start, start + len(text)),
                    place=chosen.place if chosen else None,
                    sentence_index=sentence_index[(number, span.sent.start)],
                    head=head,
                    paragraph=number,
                )
            )
    return tuple(mentions)


__all__ = ["find_place_mentions", "choose"]
