"""Toponyms in the text, resolved against the gazetteer.

A place mention is a named entity of a place type, a proper noun the gazetteer
knows, or a capitalised name after a locative preposition ("à Bruxelles", "in
Kharkiv", "around Bakhmut" even where the model tags the name as something else).
Names that are part of a person's or an organisation's mention, months and
weekdays are not places, but for the town of its own country a court or a police
force is named by ("un tribunal de Tunis", "a Tehran court"); nor is a capital that
is the subject of a verb ("Moscou a dénoncé"): that is an actor, unless a region or
country set beside it is of another country ("Moscow, Idaho, was shaken").

Ambiguous names are decided, strongest first, by a country or region set beside
the name ("Paris, Texas", "Tripoli, Lebanon", "Vienne, dans l'Isère", "Laval, en
Mayenne"; a town inside that region beats its namesakes), by the countries named
in the same sentence, by the other places of the sentence when one lies near
("Perth, north of Edinburgh"), by the countries of the article, then by
population (countries outrank regions and cities; a region yields its name to a
city of its own country: "New York", "Québec"). A region named right after a town
is the one that holds it ("Atlanta, Georgia": the state). A name the gazetteer lacks
whole is looked up by its core, without the words set around it ("l'État de Borno",
"Goma airport": ``regions.toml``'s designators); a settlement noun before the name is no
part of it ("la ville de Goma", "the town of Goma"). A name no larger place nor any actor
claims is one of the gazetteer's small places (GeoNames' towns of 1,000 people and more, and
the districts and territories not indexed as regions) only where the text says it is a place
(the model tags it as one, or it follows a locative preposition or a settlement noun: "shelled
the town of Tessit", "à Damasak") and the place is in a country the article names or beside
the name; such a town also beats a foreign city that has its name only as another spelling
("the Armenian towns of Jermuk", not Çermik in Turkey). A name found nowhere still keeps its mention with no place.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Iterable

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from ..columns import string_ids
from ..knowledge.actors import accent_blind
from ..knowledge.gazetteer import REGION_FEATURE, Candidate, Gazetteer, km_between
from ..knowledge.language_profile import LanguageProfile
from ..records import ActorMention, ParsedArticle, Place, PlaceMention, TextSpan

PLACE_LABELS = {"LOC", "GPE", "FAC"}
SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass"}
NAME_DEPS = {"compound", "flat", "flat:name"}
# Actor mentions whose words may still be a place: states and seats of power named.
PLACE_ACTOR_HOWS = {"name", "seat", "adjective", "place"}
# Sectors of the bodies that sit in a town of their country: "un tribunal de Tunis", "a Tehran court",
# "la police de Rennes" are there; "les autorités de Damas" are the state by its capital.
LOCAL_BODY_SECTORS = frozenset({"JUD", "COP"})
LEADING_ARTICLES = ("le ", "la ", "les ", "l'", "l’", "the ")
FRENCH_ARTICLES = ("Le ", "La ", "Les ")
# Words the model may put at the head of a place entity ("au Caire", "dans l'Isère"): a lower-case
# preposition or article is not part of the name.
NOT_NAME_POS = {"ADP", "DET"}
# How far after "Name," a country or region may stand ("Tripoli, la grande ville du nord du Liban").
BESIDE_WINDOW = 8
# Bonuses in log-population units: a country given beside the name decides, the region it names
# picks the town inside it among that country's namesakes; a country named in the sentence nearly
# decides; a country where a namesake lies within NEAR_KM of another place of the sentence weighs
# like a hundredfold population; a country of the article tips close calls.
BESIDE_BONUS = 20.0
WITHIN_BONUS = 2.0
SENTENCE_COUNTRY_BONUS = 8.0
NEAR_BONUS = 2.0
NEAR_KM = 250.0
ARTICLE_COUNTRY_BONUS = 4.0


@dataclass(frozen=True, slots=True)
class PlaceContext:
    """What can decide an ambiguous name: the countries and regions set beside it, the countries
    of its sentence and of the article, and the other places named in its sentence."""

    beside: frozenset[str] = frozenset()
    sentence: frozenset[str] = frozenset()
    article: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()  # codes of the regions named beside it
    near: tuple[Place, ...] = ()
    # Codes of the regions the name just before it may lie in ("Atlanta, Georgia": the state).
    holds: frozenset[str] = frozenset()


def _small_towns(gazetteer: Gazetteer, text: str, context: PlaceContext) -> list[Candidate]:
    """The small places ``text`` may name, for a name the text says is a place and no larger place
    claims: only those of a country the article names or of a country or region set beside the
    name ("à Moura" in an article on Mali is no Portuguese town)."""
    lowered = text.lower()
    article = next((a for a in LEADING_ARTICLES if lowered.startswith(a)), "")
    countries = context.beside | context.sentence | context.article
    return [
        c for c in gazetteer.lookup_town(text[len(article):])
        if c.place.country in countries or context.regions.intersection(c.within)
    ]


def _candidates_for(gazetteer: Gazetteer, text: str) -> list[Candidate]:
    found = gazetteer.lookup(text)
    if found:
        return found
    lowered = text.lower()
    for article in LEADING_ARTICLES:
        if lowered.startswith(article):
            text = text[len(article) :]
            return gazetteer.lookup(text) or gazetteer.lookup_designated(text)
    # "au Caire": the article of "Le Caire" went into the contraction.
    for article in FRENCH_ARTICLES:
        found = gazetteer.lookup(article + text)
        if found:
            return found
    return gazetteer.lookup_designated(text)


def choose(candidates: list[Candidate], context: PlaceContext | set[str]) -> Candidate | None:
    """The best candidate for the context (a bare set of countries counts as the article's)."""
    if not candidates:
        return None
    if not isinstance(context, PlaceContext):
        context = PlaceContext(article=frozenset(context))
    # The countries of the candidates that lie near another place of the sentence: proximity
    # decides between countries, not between a country's namesakes.
    near_countries = {
        c.place.country for c in candidates if any(km_between(c.place, other) <= NEAR_KM for other in context.near)
    }

    def score(candidate: Candidate) -> float:
        country = candidate.place.country
        bonus = 0.0
        if country in context.beside:
            bonus += BESIDE_BONUS
        if candidate.place.feature == REGION_FEATURE and context.holds.intersection(candidate.within[:1]):
            bonus += BESIDE_BONUS
        if context.regions.intersection(candidate.within):
            bonus += WITHIN_BONUS
        if country in context.sentence:
            bonus += SENTENCE_COUNTRY_BONUS
        if country in near_countries:
            bonus += NEAR_BONUS
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


def _case_of(token: Token) -> Token | None:
    """The preposition that introduces a name, in either parse scheme ("à" as its case, "in" as its head)."""
    case = next((c for c in token.children if c.dep_ in ("case", "prep")), None)
    if case is None and token.dep_ == "pobj":
        case = token.head
    return case


def _settlement_end(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> int:
    """Where the name starts after a settlement noun that opens ``doc[start:end]`` ("ville de
    Goma" → at "Goma"); ``start`` when none opens it."""
    length = gazetteer.settlement_prefix(doc[start:end].text)
    if not length:
        return start
    written = ""
    for i in range(start, end - 1):
        written += doc[i].text_with_ws
        if len(accent_blind(written)) == length:
            return i + 1
    return start


def _after_settlement(doc: Doc, start: int, gazetteer: Gazetteer) -> bool:
    """Whether a settlement noun stands right before ``doc[start]`` ("the town of Tessit")."""
    if start < 2:
        return False  # no room for a noun before it
    sentence_start = doc[start].sent.start  # costly to find: once for both widths
    for width in (2, 3):
        if start - width >= sentence_start:
            before = doc[start - width : start]
            if _settlement_end(doc, before.start, start + 1, gazetteer) == start:
                return True
    return False


def _spans(doc: Doc, profile: LanguageProfile, gazetteer: Gazetteer, blocked: set[int]) -> tuple[list[Span], set[int]]:
    """The place names of ``doc``, and the starts of those the text says are places (a place
    entity, a name after a locative preposition or a settlement noun)."""
    calendar = set(profile.months) | set(profile.weekdays)
    spans: list[Span] = []
    placed: set[int] = set()
    covered: set[int] = set()

    def take(start: int, end: int, is_place: bool = False) -> None:
        while start < end - 1 and doc[start].pos_ in NOT_NAME_POS and doc[start].text[:1].islower():
            start += 1  # "au Caire" → "Caire"
        core = _settlement_end(doc, start, end, gazetteer)
        if core != start:
            start, is_place = core, True  # "la ville de Goma" → "Goma"
        if any(i in covered or i in blocked for i in range(start, end)):
            return
        if doc[start:end].text.lower().rstrip(".") in calendar:
            return
        spans.append(doc[start:end])
        covered.update(range(start, end))
        if is_place:
            placed.add(start)

    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS:
            take(ent.start, ent.end, is_place=True)
    for token in doc:
        if token.i in covered or not token.text[:1].isupper():
            continue
        if token.pos_ != "PROPN":
            # A rare name the model mistags ("around Bakhmut" as an adverb) is still a place
            # after a locative preposition, when the gazetteer knows it.
            case = _case_of(token)
            if token.is_sent_start or case is None or case.lower_ not in profile.locative_prepositions:
                continue
            if _candidates_for(gazetteer, token.text) or (token.i not in blocked and gazetteer.lookup_town(token.text)):
                take(token.i, token.i + 1, is_place=True)
            continue
        if token.dep_ in NAME_DEPS and token.head.pos_ == "PROPN" and token.head.i != token.i:
            continue  # part of a name headed elsewhere
        start, end = _name_group(doc, token.i)
        text = doc[start:end].text
        case = _case_of(token)
        after_locative = case is not None and case.lower_ in profile.locative_prepositions
        said_place = after_locative or _after_settlement(doc, start, gazetteer)
        if said_place or _candidates_for(gazetteer, text):
            take(start, end, is_place=said_place)
    spans.sort(key=lambda s: s.start)
    return spans, placed


def _beside(doc: Doc, span: Span, gazetteer: Gazetteer, profile: LanguageProfile) -> tuple[frozenset[str], frozenset[str]]:
    """Countries and regions given right after the name: "Paris, Texas", "Tripoli, Lebanon",
    "London, en Ontario", "Vienne, dans l'Isère". A bare name counts when it is mostly a country
    or a region; after "en", "dans", "in", a region that a city's name hides counts too ("Yonkers,
    in New York"). Returns the countries and the codes of the regions."""
    countries: set[str] = set()
    regions: set[str] = set()
    i = span.end
    if i >= len(doc) or doc[i].text != ",":
        return frozenset(), frozenset()
    for token in doc[i + 1 : min(len(doc), i + 1 + BESIDE_WINDOW)]:
        if token.text in (".", ";"):
            break
        if token.text in gazetteer.us_states:
            countries.add("USA")
        if token.pos_ != "PROPN" or not token.text[:1].isupper():
            continue
        start, end = _name_group(doc, token.i)
        names = {doc[start:end].text, token.text}
        named: list[Candidate] = []
        for name in names:
            named += [c for c in gazetteer.lookup(name)[:1] if c.place.feature in ("country", REGION_FEATURE)]
        case = _case_of(doc[start:end].root)
        if case is not None and case.lower_ in profile.country_locative_prepositions:
            for name in names:
                named += gazetteer.regions_named(name)[:1]
        for candidate in named:
            if candidate.place.country:
                countries.add(candidate.place.country)
            regions.update(candidate.within[:1])
    return frozenset(countries), frozenset(regions)


def _seat_of_body(token: Token, mention: ActorMention, gazetteer: Gazetteer) -> bool:
    """Whether ``token`` names the town of its own country a court's or a police force's mention
    says it sits in ("un tribunal de Tunis", "a Tehran court")."""
    if mention.actor.sector not in LOCAL_BODY_SECTORS or token.pos_ != "PROPN" or mention.actor.country is None:
        return False
    found = gazetteer.lookup(token.text)[:1]
    return bool(found) and found[0].place.feature != "country" and found[0].place.country == mention.actor.country


def _set_beside(doc: Doc, first: Span, second: Span) -> bool:
    """Whether ``second`` follows ``first`` after a comma and at most a preposition and an
    article ("Atlanta, Georgia", "Laval, en Mayenne", "Vienne, dans l'Isère")."""
    between = doc[first.end : second.start]
    return (
        first.sent.start == second.sent.start
        and len(between) >= 1 and between[0].text == ","
        and all(t.pos_ in NOT_NAME_POS for t in between[1:])
        and len(between) <= 3
    )


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
        (m.paragraph, m.head): m
        for m in actor_list
        if parsed.paragraphs[m.paragraph].doc[m.head].dep_ in SUBJECT_DEPS
    }
    found: list[tuple[PlaceMention, PlaceContext, list[Candidate]]] = []
    for number, paragraph in enumerate(parsed.paragraphs):
        doc = paragraph.doc
        profile = profiles[paragraph.lang]
        previous: tuple[Span, list[Candidate]] | None = None
        # Words of a person's, an office's or an organisation's mention are not places
        # ("l'OTAN" is no town in Nigeria, whatever the gazetteer's aliases say).
        blocked: set[int] = set()
        for mention in actor_list:
            names_organization = mention.actor.organization is not None and mention.actor.country is None
            if mention.paragraph == number and (mention.actor.how not in PLACE_ACTOR_HOWS or names_organization):
                span = doc.char_span(mention.span.start - paragraph.start, mention.span.end - paragraph.start, alignment_mode="expand")
                if span is not None:
                    blocked.update(i for i in range(span.start, span.end) if not _seat_of_body(doc[i], mention, gazetteer))
        # Where US state names stand in the paragraph ("Georgia"): for the sentences that name one.
        state_ids = string_ids(us_states)
        state_words = [
            i for i, orth in enumerate(doc.to_array(ORTH).tolist()) if orth in state_ids and doc[i].text in us_states
        ]
        spans, placed = _spans(doc, profile, gazetteer, blocked)
        for span in spans:
            head = span.root.i
            beside, regions = _beside(doc, span, gazetteer, profile)
            subject = subject_actors.get((number, head))
            if subject is not None and (not beside or subject.actor.country in beside):
                continue  # "Moscou a dénoncé": the capital is an actor
            sentence = span.sent
            index = sentence_index[(number, sentence.start)]
            start = paragraph.start + span.start_char
            end = start + len(span.text)
            # A US state named elsewhere in the sentence (not the name itself: "Georgia").
            state_named = any(sentence.start <= i < sentence.end and not span.start <= i < span.end for i in state_words)
            candidates = _candidates_for(gazetteer, span.text)
            holds: frozenset[str] = frozenset()
            if previous is not None and _set_beside(doc, previous[0], span):
                # "Atlanta, Georgia", "Buffalo, New York": a region that holds the town before it.
                holds = frozenset(code for candidate in previous[1] for code in candidate.within)
                candidates += [c for c in gazetteer.regions_named(span.text) if holds.intersection(c.within[:1]) and c not in candidates]
            previous = (span, candidates)
            context = PlaceContext(
                beside=beside,
                sentence=frozenset(sentence_countries.get(index, ())) | (frozenset({"USA"}) if state_named else frozenset()),
                article=article_countries,
                regions=regions,
                holds=holds,
            )
            if span.start in placed and not any(c.place.country in context.beside | context.sentence | context.article for c in candidates):
                # A name the text says is a place, of no place in the countries at hand: a small town
                # of one of them under it wins ("the Armenian towns of Jermuk", not Çermik in Turkey).
                candidates = _small_towns(gazetteer, span.text, context) or candidates
            chosen = choose(candidates, context)
            mention = PlaceMention(
                span=TextSpan(span.text, start, end),
                place=chosen.place if chosen else None,
                sentence_index=index,
                head=head,
                paragraph=number,
            )
            found.append((mention, context, candidates))
    return tuple(_with_neighbours(found))


def _with_neighbours(found: list[tuple[PlaceMention, PlaceContext, list[Candidate]]]) -> Iterable[PlaceMention]:
    """Each mention chosen again with the other towns and regions of its sentence as neighbours
    ("Perth, north of Edinburgh" is the Scottish Perth): one pass, on the first choices."""
    for mention, context, candidates in found:
        near = tuple(
            other.place for other, _, _ in found
            if other is not mention and other.sentence_index == mention.sentence_index
            and other.place is not None and other.place.feature != "country"
        )
        if not near or len(candidates) < 2:
            yield mention
            continue
        chosen = choose(candidates, replace(context, near=near))
        yield replace(mention, place=chosen.place if chosen else None)


__all__ = ["PlaceContext", "choose", "find_place_mentions"]
