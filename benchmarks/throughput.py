"""End-to-end coding throughput against bare ``nlp.pipe``, in one process.

The corpus is the bundled examples (French and English), repeated until it
holds at least ``--words`` words. The baseline parses the same article
texts with the same spaCy pipelines (``nlp.pipe``, same batch size); diurna
reads, detects the language, parses, resolves actors and places and codes
events. The ratio diurna/baseline is what the benchmark reports: machine
speed cancels out of it.

    .venv/bin/python benchmarks/throughput.py [--words 100000]
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from pathlib import Path

import spacy

from diurna.ingest import read_inputs
from diurna.pipeline import Coder
from diurna.records import Article, Rejection

ROOT = Path(__file__).resolve().parent.parent


def corpus(coder: Coder, words: int) -> list[Article]:
    base = [a for a in read_inputs([str(ROOT / "examples")], max_bytes=coder.config.max_article_bytes) if isinstance(a, Article)]
    articles: list[Article] = []
    total = 0
    copy = 0
    while total < words:
        for article in base:
            articles.append(
                Article(
                    f"{article.id}#{copy}", article.text, article.segments, article.title, article.published,
                    article.published_basis, article.url, article.lang, article.dateline_place,
                )
            )
            total += len(article.text.split())
        copy += 1
    return articles


def bare(coder: Coder, articles: list[Article]) -> float:
    """Seconds for nlp.pipe of the same models, freshly loaded (without diurna's component),
    over the article texts grouped by language."""
    by_lang: dict[str, list[str]] = {}
    for article in articles:
        lang = coder.detector.detect(article.text[:2000]).lang or "en"
        by_lang.setdefault(lang, []).append(article.text)
    models = {lang: spacy.load(coder.config.models[lang]) for lang in by_lang}
    for lang, nlp in models.items():
        list(nlp.pipe(by_lang[lang][:4]))  # warm up
    start = time.perf_counter()
    for lang, texts in by_lang.items():
        for _doc in models[lang].pipe(texts, batch_size=coder.config.batch_size):
            pass
    return time.perf_counter() - start


def diurna(coder: Coder, articles: list[Article]) -> tuple[float, int]:
    start = time.perf_counter()
    events = 0
    for result in coder.code_many(articles):
        if not isinstance(result, Rejection):
            events += len(result.events)
    return time.perf_counter() - start, events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=100_000)
    args = parser.parse_args()
    coder = Coder()
    articles = corpus(coder, args.words)
    words = sum(len(a.text.split()) for a in articles)
    # Warm up: load both pipelines and the lexicons before timing anything.
    list(coder.code_many(articles[:12]))
    baseline = bare(coder, articles)
    ours, events = diurna(coder, articles)
    result = {
        "articles": len(articles),
        "words": words,
        "events": events,
        "bare_nlp_pipe_words_per_s": round(words / baseline),
        "diurna_words_per_s": round(words / ours),
        "ratio": round(baseline / ours, 3),
        "machine": f"{platform.machine()}, {platform.processor() or 'cpu'}, Python {platform.python_version()}",
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
