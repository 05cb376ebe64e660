"""The coder: assembles the stages and streams articles through them.

Stage order, as run by ``Coder.code_many``::

    Article ─ language ─ nlp (batched nlp.pipe per language) ─ actors ─ places ─ events ─ CodedArticle
       └──────────── Rejection (with its reason) ──────────────────────────────────────────┘

Models, gazetteer and knowledge are loaded once per ``Coder`` and passed to
the stages; nothing is kept between articles.

Limits (``[limits]`` in the configuration, SECURITY.md): an article with a body
paragraph over ``max_paragraph_chars`` is rejected before parsing; the analysis
of one article (actors, places, events) has ``article_seconds``, checked between
its stages, and an article past it is rejected. Parsing is batched across
articles, so it has no per-article clock: the size limits bound it.
"""

from __future__ import annotations

import datetime as dt
from itertools import islice
from time import monotonic
from typing import Iterable, Iterator, Mapping

from .actors.lexicon import ActorLexicon
from .actors.mentions import ActorResources, find_actor_mentions, read_actor_mentions
from .actors.settled import settle_actor_mentions
from .config import Config, load_config
from .errors import InputError, TimeBudgetExceeded
from .events.coding import ArticleCoder, EventResources
from .events.confidence import Calibrations
from .events.vetoes import veto_bodies
from .grammar import grammar_for
from .ingest import article_from_text, with_default_date
from .ingest.decoding import LONE_SURROGATE
from .knowledge.actors import ActorKnowledge
from .knowledge.gazetteer import Gazetteer
from .knowledge.language_profile import LanguageProfile, load_language_profile
from .knowledge.ontology import Ontology
from .knowledge.patterns import PatternSet
from .language import AcronymReading, LanguageDetector, Pipelines, article_language, split_segments
from .places import find_place_mentions
from .records import ActorMention, Article, CodedArticle, Paragraph, ParsedArticle, Rejection, Segment, SegmentKind, TextSpan

# Articles gathered before one nlp.pipe call per language; larger batches
# parse faster and hold more memory.
ARTICLES_PER_BATCH = 32


class TimeBudget:
    """The seconds one article's analysis may take; ``check`` after each stage raises once they are spent."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.started = monotonic()

    def check(self, stage: str) -> None:
        elapsed = monotonic() - self.started
        if elapsed > self.seconds:
            raise TimeBudgetExceeded(
                f"{elapsed:.1f} s spent when the {stage} stage ended, the limit is {self.seconds:g} s ([limits] article_seconds)"
            )


def _acronym_readings(knowledge: ActorKnowledge, profiles: Mapping[str, LanguageProfile]) -> dict[str, AcronymReading]:
    """Per language, the acronyms among the names of known states and organisations ("ECOWAS",
    "RDC"), to be read by the parser as it reads the profile's best-known one."""
    readings = {}
    for lang, profile in profiles.items():
        if not profile.acronym_model:
            continue
        named = [*knowledge.organizations.values(), *knowledge.countries.values()]
        acronyms = frozenset(n for actor in named for n in actor.names.get(lang, ()) if len(n) > 1 and n.isalpha() and n.isupper())
        readings[lang] = AcronymReading(profile.acronym_model, acronyms)
    return readings


class Coder:
    """Codes articles into events. Build one and reuse it: building loads the models."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or load_config()
        self.detector = LanguageDetector()
        self.knowledge = ActorKnowledge.load()
        self.profiles = {lang: load_language_profile(lang) for lang in self.config.supported_languages}
        self.pipelines = Pipelines(self.config, _acronym_readings(self.knowledge, self.profiles))
        self.ontology = Ontology.load()
        self.gazetteer = Gazetteer.load(self.knowledge)
        self.patterns = {lang: PatternSet.load(lang) for lang in self.config.supported_languages}
        self.grammars = {lang: grammar_for(lang, self.profiles[lang]) for lang in self.config.supported_languages}
        self.calibration = Calibrations.load()
        self.veto_bodies = veto_bodies(self.knowledge)
        self._lexicons: dict[str, ActorLexicon] = {}

    # Resources built on first use of a language (they need its tokenizer) -------------

    def _lexicon(self, lang: str) -> ActorLexicon:
        if lang not in self._lexicons:
            self._lexicons[lang] = ActorLexicon(
                self.knowledge, lang, self.pipelines.get(lang).tokenizer, dict(self.profiles[lang].feminine_title_words)
            )
        return self._lexicons[lang]

    def actor_resources(self, langs: Iterable[str]) -> ActorResources:
        return ActorResources(
            self.knowledge, {lang: self._lexicon(lang) for lang in langs}, self.profiles, self.gazetteer.us_states
        )

    def event_resources(self) -> EventResources:
        return EventResources(
            self.ontology, self.patterns, self.grammars, self.profiles, self.gazetteer, self.calibration, self.veto_bodies
        )

    # Stages -----------------------------------------------------------------------------

    def parse_many(self, articles: list[Article]) -> list[ParsedArticle | Rejection]:
        """Language decisions, then one ``nlp.pipe`` per language over all the batch's paragraphs."""
        plans: list[tuple[Article, str, list, list] | Rejection] = []
        jobs: dict[str, list[tuple[int, int]]] = {}
        for number, article in enumerate(articles):
            if LONE_SURROGATE.search(article.text):
                plans.append(Rejection(article.id, "invalid text: a lone surrogate, which is no character"))
                continue
            lang, reason = article_language(article, self.detector, self.config)
            if lang is None:
                plans.append(Rejection(article.id, reason))
                continue
            oversized = self._oversized_paragraph(article, lang)
            if oversized is not None:
                plans.append(Rejection(article.id, oversized))
                continue
            kept, skipped = split_segments(article, lang, self.detector, self.config)
            if not kept:
                plans.append(Rejection(article.id, "no text in a supported language"))
                continue
            plans.append((article, lang, kept, skipped))
            for position, (_segment, paragraph_lang) in enumerate(kept):
                jobs.setdefault(paragraph_lang, []).append((number, position))
        docs: dict[tuple[int, int], object] = {}
        for lang, keys in jobs.items():
            nlp = self.pipelines.get(lang)
            texts = []
            for number, position in keys:
                article, _lang, kept, _skipped = plans[number]  # type: ignore[misc]
                segment = kept[position][0]
                texts.append(article.text[segment.start : segment.end])
            for key, doc in zip(keys, nlp.pipe(texts, batch_size=self.config.batch_size)):
                docs[key] = doc
        parsed: list[ParsedArticle | Rejection] = []
        for number, plan in enumerate(plans):
            if isinstance(plan, Rejection):
                parsed.append(plan)
                continue
            article, lang, kept, skipped = plan
            paragraphs = tuple(
                Paragraph(segment.start, segment.end, paragraph_lang, docs[(number, position)])
                for position, (segment, paragraph_lang) in enumerate(kept)
            )
            parsed.append(ParsedArticle(article, lang, paragraphs, tuple(skipped)))
        return parsed

    def _oversized_paragraph(self, article: Article, lang: str) -> str | None:
        """The reason to refuse an article whose paragraph is too long to parse, if it has one."""
        limit = min(self.config.max_paragraph_chars, self.pipelines.get(lang).max_length)
        longest = max((s.end - s.start for s in article.body()), default=0)
        if longest > limit:
            return f"too large: a paragraph of {longest} characters, the limit is {limit} ([limits] max_paragraph_chars)"
        return None

    def analyse(self, parsed: ParsedArticle) -> CodedArticle:
        """Actors, places and events of one parsed article, within its time budget."""
        budget = TimeBudget(self.config.article_seconds)
        # Mend known misparses first, in place, so that actors and places read the same parse as
        # the event frames: a subject hung back on its verb is one actor, not part of another's.
        for paragraph in parsed.paragraphs:
            self.grammars[paragraph.lang].repair(paragraph.doc)
        sentence_index: dict[tuple[int, int], int] = {}
        sentences: list[TextSpan] = []
        for number, paragraph in enumerate(parsed.paragraphs):
            for sentence in paragraph.doc.sents:
                sentence_index[(number, sentence.start)] = len(sentence_index)
                start, end = paragraph.start + sentence.start_char, paragraph.start + sentence.end_char
                sentences.append(TextSpan(parsed.article.text[start:end], start, end))
        langs = sorted({p.lang for p in parsed.paragraphs})
        actor_resources = self.actor_resources(langs)
        reading = read_actor_mentions(parsed, actor_resources, sentence_index)
        budget.check("actors")
        places = find_place_mentions(parsed, self.gazetteer, self.profiles, settle_actor_mentions(reading, actor_resources), sentence_index)
        budget.check("places")
        # The places may tell the home country of an article whose actors name none ("à Marseille").
        mentions = settle_actor_mentions(reading, actor_resources, places)
        article_coder = ArticleCoder(
            parsed, mentions, places, self.event_resources(), sentence_index,
            self.config.max_sentence_tokens, self.config.max_events_per_trigger, self.config.statements,
        )
        budget.check("frames")
        events = article_coder.code()
        budget.check("events")
        kept = tuple(e for e in events if e.confidence >= self.config.min_confidence)
        return CodedArticle(parsed.article, parsed.lang, kept, mentions, places, tuple(sentences))

    def _analyse_or_reject(self, parsed: ParsedArticle) -> CodedArticle | Rejection:
        """One article's failure must not lose the batch: it becomes a rejection that names the error."""
        try:
            return self.analyse(parsed)
        except TimeBudgetExceeded as exc:
            return Rejection(parsed.article.id, f"time budget exceeded: {exc}")
        except (ValueError, KeyError, IndexError, AttributeError, TypeError, RecursionError) as exc:
            return Rejection(parsed.article.id, f"internal error while coding: {type(exc).__name__}: {exc}")

    # Streams ----------------------------------------------------------------------------

    def code_many(self, items: Iterable[Article | Rejection]) -> Iterator[CodedArticle | Rejection]:
        """Code a stream of articles, in order; rejections pass through."""
        iterator = iter(items)
        while True:
            chunk = list(islice(iterator, ARTICLES_PER_BATCH))
            if not chunk:
                return
            articles = [item for item in chunk if isinstance(item, Article)]
            parsed = iter(self.parse_many(articles))
            for item in chunk:
                if isinstance(item, Rejection):
                    yield item
                    continue
                result = next(parsed)
                yield result if isinstance(result, Rejection) else self._analyse_or_reject(result)

    def code(self, article: Article) -> CodedArticle | Rejection:
        return next(self.code_many([article]))

    def resolve_actor(self, text: str, *, lang: str | None = None, date: dt.date | None = None) -> dict:
        """One actor mention resolved as inside a sentence dated ``date``: the contract's actor fields.

        Without ``lang``, the phrase is read in each supported language, likeliest first, and the
        reading that resolves the most of it wins: a few words are too little for a detector alone."""
        unknown = {"text": text, "code": None, "country": None, "organization": None, "sector": None, "entity": None}
        if not text.strip():
            return unknown
        if LONE_SURROGATE.search(text):
            raise InputError("invalid actor text: a lone surrogate, which is no character")
        languages = (lang,) if lang is not None else self.detector.rank(text, self.config.supported_languages)
        readings = [self._actor_mention(text, each, date) for each in languages]
        found = [mention for mention in readings if mention is not None]
        if not found:
            return unknown
        # A coded reading before one without a code, then the longest; ``max`` keeps the first
        # (the likeliest language) among equals.
        actor = max(found, key=lambda m: (m.actor.code is not None, m.span.end - m.span.start)).actor
        return {
            "text": text,
            "code": actor.code,
            "country": actor.country,
            "organization": actor.organization,
            "sector": actor.sector,
            "entity": actor.entity,
        }

    def _actor_mention(self, text: str, lang: str, date: dt.date | None) -> ActorMention | None:
        """The mention that covers most of ``text`` read as ``lang``, if any."""
        article = Article(
            id="actor", text=text, segments=(Segment(0, len(text), SegmentKind.BODY),), published=date, lang=lang
        )
        doc = self.pipelines.get(lang)(text)
        parsed = ParsedArticle(article, lang, (Paragraph(0, len(text), lang, doc),))
        sentence_index = {(0, s.start): n for n, s in enumerate(doc.sents)}
        mentions = find_actor_mentions(parsed, self.actor_resources([lang]), sentence_index)
        if not mentions:
            return None
        return max(mentions, key=lambda m: (m.span.end - m.span.start, -m.span.start))

    def code_text(
        self, text: str, *, article_id: str = "text", date: dt.date | None = None, lang: str | None = None
    ) -> CodedArticle | Rejection:
        article = with_default_date(article_from_text(text, article_id, lang=lang), date)
        return self.code(article)
