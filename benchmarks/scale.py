"""Scaling on Dask: 1 worker vs 2 workers on a LocalCluster, and memory per worker on a long stream.

The corpus is the bundled examples (French and English) repeated under distinct
ids in one JSON-lines file, cut into shards as `diurna code --workers` cuts it.
The benchmark starts the LocalCluster itself (as `diurna code --workers` does),
waits until every worker has loaded its models and coded the first 34 examples
once, then times only the coding (shards out, Parquet back):

    speedup = time with 1 worker / time with 2 workers          (target ≥ 1.7)

Memory: while the 2-worker run codes, each worker's resident set size is
sampled every few seconds; the report gives each worker's peak and its mean in
the first and last quarter of the run (flat = the last quarter is not above the
first by more than noise).

    .venv/bin/python benchmarks/scale.py --articles 2000
    .venv/bin/python benchmarks/scale.py --articles 100000 --short --memory-only
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import tempfile
import threading
import time
from pathlib import Path

from diurna.config import load_config
from diurna.ingest import read_inputs
from diurna.records import Rejection
from diurna.scale import BatchRun, Shard, plan_shards, shard_articles
from diurna.scale.runner import CoderPlugin, local_cluster

ROOT = Path(__file__).resolve().parent.parent


def write_corpus(path: Path, articles: int, short: bool) -> int:
    """Examples repeated under distinct ids; with ``short``, only each article's first paragraph."""
    base = [a for a in read_inputs([str(ROOT / "examples")], max_bytes=2_000_000) if not isinstance(a, Rejection)]
    words = 0
    with path.open("w", encoding="utf-8") as handle:
        for number in range(articles):
            article = base[number % len(base)]
            text = article.text.split("\n\n")[0] if short else article.text
            words += len(text.split())
            handle.write(json.dumps({"id": f"{article.id}#{number}", "text": text, "lang": article.lang,
                                     "date": article.published.isoformat() if article.published else "2022-03-24"}) + "\n")
    return words


# Two rounds of the 17 examples: both languages, every stage.
WARM_UP_ARTICLES = 34


def warm_up(shard: Shard) -> int:
    """Code one shard on this worker without writing it; returns the articles seen."""
    from distributed import get_worker

    coder = get_worker().diurna_coder
    articles = shard_articles(shard, default_date=None, lang=None, max_bytes=coder.config.max_article_bytes)
    return sum(1 for _ in coder.code_many(articles))


def timed_run(config, workers: int, corpus: Path, shard_size: int, sample_memory: bool, samples_file: Path | None = None) -> dict:
    from distributed import Client

    shards = plan_shards([str(corpus)], shard_size)
    # The cluster `diurna code --workers` starts, with its worker configuration (no profiler: issue 9).
    with local_cluster(workers) as cluster, Client(cluster) as client:
        client.register_plugin(CoderPlugin(config), name=CoderPlugin.name)  # models load here, untimed
        # A coder loads a language's pipeline and builds its actor lexicon on first use: each worker
        # codes the first examples once (in its task thread, as a shard would), so that neither the
        # time nor the first quarter of the memory samples includes that warm-up.
        warm = plan_shards([str(corpus)], WARM_UP_ARTICLES)[0]
        client.gather([client.submit(warm_up, warm, workers=[address], allow_other_workers=False, pure=False)
                       for address in client.scheduler_info()["workers"]])
        samples: dict[str, list[tuple[float, int]]] = {}
        done = threading.Event()

        def sample() -> None:
            import psutil

            while not done.wait(3.0):
                now = time.perf_counter()
                for worker, rss in client.run(lambda: psutil.Process().memory_info().rss).items():
                    samples.setdefault(worker, []).append((now, rss))

        sampler = threading.Thread(target=sample, daemon=True)
        if sample_memory:
            sampler.start()
        with tempfile.TemporaryDirectory(prefix="diurna-scale-") as output:
            started = time.perf_counter()
            summary = BatchRun(config, output, scheduler=cluster.scheduler_address).code(shards)
            elapsed = time.perf_counter() - started
        done.set()
    result = {"workers": workers, "seconds": round(elapsed, 1), "articles": summary.articles, "events": summary.events,
              "failed_shards": len(summary.failed_shards)}
    if samples and samples_file is not None:
        samples_file.write_text(json.dumps({worker: [(round(t - started, 1), rss) for t, rss in points]
                                            for worker, points in samples.items()}))
    if samples:
        memory = {}
        for worker, points in samples.items():
            values = [rss for _, rss in points]
            quarter = max(1, len(values) // 4)
            memory[worker] = {
                "peak_mb": round(max(values) / 1e6), "first_quarter_mean_mb": round(statistics.mean(values[:quarter]) / 1e6),
                "last_quarter_mean_mb": round(statistics.mean(values[-quarter:]) / 1e6), "samples": len(values),
            }
        result["memory"] = memory
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--shard-size", type=int, default=50)
    parser.add_argument("--short", action="store_true", help="first paragraph of each article only (a long stream, fast)")
    parser.add_argument("--memory-only", action="store_true", help="only the 2-worker run, with memory samples")
    parser.add_argument("--samples", type=Path, help="write each worker's RSS samples (seconds from the start, bytes) to this JSON file")
    args = parser.parse_args()
    config = load_config()
    with tempfile.TemporaryDirectory(prefix="diurna-scale-corpus-") as folder:
        report = measure(args, config, Path(folder) / "corpus.jsonl")
    print(json.dumps(report, indent=2))


def measure(args: argparse.Namespace, config, corpus: Path) -> dict:
    words = write_corpus(corpus, args.articles, args.short)
    report = {
        "date": time.strftime("%Y-%m-%d"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "articles": args.articles, "words": words, "shard_size": args.shard_size,
    }
    if args.memory_only:
        report["two_workers"] = timed_run(config, 2, corpus, args.shard_size, sample_memory=True, samples_file=args.samples)
    else:
        one = timed_run(config, 1, corpus, args.shard_size, sample_memory=False)
        two = timed_run(config, 2, corpus, args.shard_size, sample_memory=True, samples_file=args.samples)
        report.update(one_worker=one, two_workers=two, speedup=round(one["seconds"] / two["seconds"], 2))
    return report


if __name__ == "__main__":
    main()
