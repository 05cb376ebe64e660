"""The command line: argument parsing and output, over library functions.

Exit status: 0 when the command ran (articles that could not be coded are
reported on standard error and do not change it), 2 for bad usage or an
unusable path, 1 for an internal error in the configuration or the data.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Iterator, Sequence, TextIO

from . import __version__
from .errors import DiurnaError, InputError
from .export import BINARY_FORMATS, EXPORT_WRITERS, WRITERS, event_record
from .ingest import read_inputs, with_default_date
from .records import Article, CodedArticle, Rejection

EXAMPLES_CODE = """examples:
  diurna code examples/                       code every article under a folder
  diurna code article.txt --date 2022-03-24   a text file without a dateline
  cat feed.jsonl | diurna code - --format csv
"""
EXAMPLES_ACTORS = """examples:
  diurna actors "le secrétaire général de l'OTAN" --date 2022-03-24
  diurna actors "Russian troops" --lang en
  diurna actors --batch mentions.jsonl
"""
EXAMPLES_EVALUATE = """examples:
  diurna evaluate                          every gold item, both halves
  diurna evaluate --split dev --errors     the dev half, with the sentences coded wrong
"""
EXAMPLES_PLACES = """examples:
  diurna places examples/otan-g7-2022-03-24.txt
"""
EXAMPLES_INGEST = """examples:
  diurna ingest examples/                      code and store every article under a folder
  diurna ingest https://example.org/news.html  fetch a page, code it, store it
  diurna ingest --feed https://example.org/rss.xml --db news.db
"""
EXAMPLES_EVENTS = """examples:
  diurna events --actor RUS --code 19 --since 2022-02-24
  diurna events --text "alliés" --format table     accent-insensitive: also finds "Alliés", "allies"
  diurna events --place Bruxelles --mentions       every report, not one line per act
"""
EXAMPLES_SERVE = """examples:
  diurna serve                                  the page and the API on http://127.0.0.1:8000/
  diurna serve --port 8080 --db news.db
  DIURNA_TOKEN=s3cret diurna serve              writes (POST /ingest) need `Authorization: Bearer s3cret`
"""
EXAMPLES_EXPORT = """examples:
  diurna export --format gdelt -o events.tsv
  diurna export --format parquet -o events.parquet --since 2022-01-01
"""


class UsageError(Exception):
    """Bad usage: reported in one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, no usage dump
        raise UsageError(message)


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date {value!r}: use YYYY-MM-DD") from None


def _input_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("input")
    group.add_argument("paths", nargs="+", metavar="PATH", help="files, folders (read recursively) or - for standard input")
    group.add_argument("--date", type=_date, help="publication date (YYYY-MM-DD) for articles that carry none")
    group.add_argument("--lang", choices=["auto", "fr", "en"], default="auto", help="language of the articles (default: auto)")


def _store_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", help="the store (default: $DIURNA_DB, else ~/.local/share/diurna/diurna.db)")


def _query_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("filters")
    group.add_argument("--actor", help="source actor: ISO3 country, organization id or entity name")
    group.add_argument("--target", help="target actor: ISO3 country, organization id or entity name")
    group.add_argument("--code", help="CAMEO code prefix, e.g. 19 or 112")
    group.add_argument("--plover", help="PLOVER event type, e.g. ASSAULT")
    group.add_argument("--since", type=_date, help="first date (YYYY-MM-DD)")
    group.add_argument("--until", type=_date, help="last date (YYYY-MM-DD)")
    group.add_argument("--place", help="place name, as written or as the gazetteer names it")
    group.add_argument("--country", help="ISO3 country of the event's location")
    group.add_argument("--text", help="words of the sentence (full text, accent-insensitive)")
    group.add_argument("--min-confidence", type=float, help="lowest confidence, in [0, 1]")
    group.add_argument("--mentions", action="store_true", help="every report of an act, not one line per act")
    group.add_argument("--limit", type=int, help="at most this many lines")
    _store_option(parser)


def _batch_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("scale out (Dask)")
    where = group.add_mutually_exclusive_group()
    where.add_argument("--workers", type=int, metavar="N", help="code on N local worker processes")
    where.add_argument("--scheduler", metavar="tcp://HOST:PORT", help="code on an existing dask.distributed cluster")
    group.add_argument("--output", metavar="DIR", help="where workers write their Parquet results; a rerun skips finished shards")
    group.add_argument("--shard-size", type=int, default=500, metavar="N", help="articles per shard (default: 500)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="diurna", description="News to event data: who did what to whom, when and where.")
    parser.add_argument("--version", action="version", version=f"diurna {__version__}")
    parser.add_argument("--config", help="configuration file overlaying the defaults")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    code = commands.add_parser(
        "code", help="code articles into events", epilog=EXAMPLES_CODE, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    _input_options(code)
    code.add_argument(
        "--format", choices=sorted(WRITERS), help="output format (default: table on a terminal, else jsonl)"
    )
    _batch_options(code)

    actors = commands.add_parser(
        "actors", help="resolve one actor mention", epilog=EXAMPLES_ACTORS, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    actors.add_argument("text", nargs="?", help="the mention, e.g. \"le président russe\"")
    actors.add_argument("--lang", choices=["auto", "fr", "en"], default="auto")
    actors.add_argument("--date", type=_date, help="the date of the sentence the mention is in")
    actors.add_argument("--batch", metavar="FILE", help="JSON lines {text, date?, lang?}; - for standard input")

    evaluate = commands.add_parser(
        "evaluate", help="score the coder on gold data", epilog=EXAMPLES_EVALUATE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    evaluate.add_argument("--gold", default="evaluation/gold", help="gold folder (default: evaluation/gold)")
    evaluate.add_argument("--split", choices=["dev", "test", "calibration"],
                          help="score one half only, or the calibration set (never tuned on)")
    evaluate.add_argument("--lang", choices=["fr", "en"], help="one language only")
    evaluate.add_argument("--errors", action="store_true", help="list the sentences whose events differ from the gold")

    knowledge = commands.add_parser("knowledge", help="what the knowledge files hold")
    knowledge.add_argument("action", choices=["stats"], help="stats: counts per category and the latest term date")

    places = commands.add_parser(
        "places", help="list place mentions", epilog=EXAMPLES_PLACES, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    _input_options(places)

    ingest = commands.add_parser(
        "ingest", help="code articles and keep them in the store", epilog=EXAMPLES_INGEST,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ingest.add_argument("paths", nargs="*", metavar="PATH|URL", help="files, folders, - for standard input, or http(s) URLs")
    ingest.add_argument("--feed", action="append", default=[], metavar="URL", help="an RSS or Atom feed whose articles to fetch")
    ingest.add_argument("--date", type=_date, help="publication date (YYYY-MM-DD) for articles that carry none")
    ingest.add_argument("--lang", choices=["auto", "fr", "en"], default="auto", help="language of the articles (default: auto)")
    ingest.add_argument("--allow-private", action="store_true", help="allow fetching from loopback and private addresses")
    _store_option(ingest)
    _batch_options(ingest)

    for name, aliases in (("events", ["query"]),):
        events = commands.add_parser(
            name, aliases=aliases, help="query the store", epilog=EXAMPLES_EVENTS,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        _query_options(events)
        events.add_argument("--format", choices=sorted(WRITERS), help="output format (default: table on a terminal, else jsonl)")

    export = commands.add_parser(
        "export", help="write the store (or a filtered part) in a dataset format", epilog=EXAMPLES_EXPORT,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    export.add_argument("--format", required=True, choices=sorted(EXPORT_WRITERS))
    export.add_argument("-o", "--output", help="output file (default: standard output)")
    _query_options(export)

    serve = commands.add_parser(
        "serve", help="the HTTP API and the web page over the store", epilog=EXAMPLES_SERVE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    serve.add_argument("--host", help="address to listen on (default: [serve] host, 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (default: [serve] port, 8000)")
    _store_option(serve)
    return parser


def _coded(args: argparse.Namespace, coder, stdin) -> Iterator[CodedArticle | Rejection]:
    items = read_inputs(
        args.paths,
        default_date=args.date,
        lang=None if args.lang == "auto" else args.lang,
        max_bytes=coder.config.max_article_bytes,
        stdin=stdin,
    )
    return coder.code_many(items)


def _check_paths(paths: Sequence[str]) -> None:
    """Fail before loading any model when a path cannot be read at all."""
    import os

    for path in paths:
        if path != "-" and not os.path.exists(path):
            raise InputError(f"cannot read {path}: no such file or directory")
        if path != "-" and not os.access(path, os.R_OK):
            raise InputError(f"cannot read {path}: permission denied")


def _report(rejection: Rejection, stderr: TextIO) -> None:
    stderr.write(json.dumps(rejection.to_dict(), ensure_ascii=False) + "\n")
    stderr.flush()


def run_code(args: argparse.Namespace, coder, stdout: TextIO, stderr: TextIO, stdin) -> int:
    fmt = args.format or ("table" if stdout.isatty() else "jsonl")
    writer = WRITERS[fmt](stdout)
    for result in _coded(args, coder, stdin):
        if isinstance(result, Rejection):
            _report(result, stderr)
            continue
        for event in result.events:
            writer.write(event_record(event))
    writer.close()  # type: ignore[attr-defined]
    return 0


def run_places(args: argparse.Namespace, coder, stdout: TextIO, stderr: TextIO, stdin) -> int:
    for result in _coded(args, coder, stdin):
        if isinstance(result, Rejection):
            _report(result, stderr)
            continue
        for mention in result.places:
            place = mention.place
            stdout.write(
                json.dumps(
                    {
                        "article_id": result.article.id,
                        "text": mention.span.text,
                        "start": mention.span.start,
                        "end": mention.span.end,
                        "name": place.name if place else None,
                        "country": place.country if place else None,
                        "lat": place.lat if place else None,
                        "lon": place.lon if place else None,
                        "feature": place.feature if place else None,
                        "geonameid": place.geonameid if place else None,
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    return 0


def _actor_requests(args: argparse.Namespace, stdin) -> Iterator[tuple[str, str | None, dt.date | None]]:
    if args.batch is None:
        if not args.text:
            raise UsageError("actors needs TEXT or --batch FILE")
        yield args.text, (None if args.lang == "auto" else args.lang), args.date
        return
    if args.batch == "-":
        lines = (line.decode("utf-8", "replace") for line in (stdin or sys.stdin.buffer))
    else:
        try:
            handle = open(args.batch, encoding="utf-8", errors="replace")
        except OSError as exc:
            raise InputError(f"cannot read {args.batch}: {exc.strerror}") from exc
        lines = iter(handle)
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            text = record["text"]
            date = dt.date.fromisoformat(record["date"]) if record.get("date") else args.date
            lang = record.get("lang") or (None if args.lang == "auto" else args.lang)
            if not isinstance(text, str):
                raise TypeError("text must be a string")
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{args.batch}:{number}: bad request line: {exc}") from exc
        yield text, lang, date


def run_actors(args: argparse.Namespace, coder, stdout: TextIO, stderr: TextIO, stdin) -> int:
    for text, lang, date in _actor_requests(args, stdin):
        stdout.write(json.dumps(coder.resolve_actor(text, lang=lang, date=date), ensure_ascii=False) + "\n")
        stdout.flush()
    return 0


def run_evaluate(args: argparse.Namespace, coder, stdout: TextIO, stderr: TextIO, stdin) -> int:
    from pathlib import Path

    from . import evaluate

    gold = Path(args.gold)
    if not gold.is_dir():
        raise InputError(f"cannot read {gold}: no such gold folder")
    items = evaluate.load_gold(gold, args.split, langs=[args.lang] if args.lang else ("fr", "en"))
    results = list(evaluate.code_gold(coder, items))
    if args.errors:
        for line in evaluate.error_listing(results):
            stdout.write(line + "\n")
        return 0
    report = {"split": args.split or "all", "events": evaluate.score(results)}
    if (gold / "actors").is_dir():
        report["actors"] = evaluate.score_actors(coder, gold)
    if (gold / "places").is_dir():
        report["places"] = evaluate.score_places(coder, gold)
    if (gold / "clusters").is_dir():
        from .store.merging_score import score_merging

        report["merging"] = score_merging(coder, gold / "clusters")
    stdout.write(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    return 0


def run_knowledge(args: argparse.Namespace, coder, stdout: TextIO, stderr: TextIO, stdin) -> int:
    stats = {
        "actors": coder.knowledge.stats(),
        "patterns": {lang: len(patterns.patterns) for lang, patterns in coder.patterns.items()},
        "cameo_codes": len(coder.ontology.cameo),
    }
    stdout.write(json.dumps(stats, indent=2, ensure_ascii=False) + "\n")
    return 0


def _is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def _open_store(args: argparse.Namespace, config, *, readonly: bool):
    from .store import MergeRules, Store, store_path

    rules = MergeRules(config.cluster_window_days, config.cluster_article_window_days, config.same_place_km)
    return Store.open(store_path(args.db, config.store_path), rules, readonly=readonly)


def _fetched(args: argparse.Namespace, coder, store) -> Iterator[Article | Rejection]:
    """Articles from the URLs and feeds given, fetched lazily; a feed's validators are kept once read to the end."""
    from .ingest.web import Fetcher, FetchSettings

    config = coder.config
    settings = FetchSettings(config.user_agent, config.fetch_timeout, config.max_redirects, config.max_page_bytes,
                             config.respect_robots, args.allow_private)
    lang = None if args.lang == "auto" else args.lang
    with Fetcher(settings) as fetcher:
        for url in [p for p in args.paths if _is_url(p)]:
            yield _dated(fetcher.article(url, lang=lang, max_article_bytes=config.max_article_bytes), args.date)
        for feed_url in args.feed:
            result = fetcher.feed(feed_url, *store.feed_validators(feed_url))
            if isinstance(result, Rejection):
                yield result
                continue
            for link in result.links:
                if store.has_url(link):
                    continue  # a feed lists what it listed yesterday: fetch only what is new
                yield _dated(fetcher.article(link, lang=lang, max_article_bytes=config.max_article_bytes), args.date)
            store.save_feed(feed_url, result.etag, result.last_modified)


def _dated(item: Article | Rejection, date: dt.date | None) -> Article | Rejection:
    return item if isinstance(item, Rejection) else with_default_date(item, date)


def run_ingest(args: argparse.Namespace, coder, stdout: TextIO, stderr: TextIO, stdin) -> int:
    from .store.ingesting import IngestReport, ingest

    files = [p for p in args.paths if not _is_url(p)]
    if not files and not args.feed and not args.paths:
        raise UsageError("ingest needs PATH, URL or --feed URL")
    total = IngestReport()
    with _open_store(args, coder.config, readonly=False) as store:
        sources = []
        if files:
            sources.append(read_inputs(
                files, default_date=args.date, lang=None if args.lang == "auto" else args.lang,
                max_bytes=coder.config.max_article_bytes, stdin=stdin,
            ))
        sources.append(_fetched(args, coder, store))
        for source in sources:
            report = ingest(coder, store, source, on_rejection=lambda r: _report(r, stderr))
            total.added += report.added
            total.replaced += report.replaced
            total.unchanged += report.unchanged
            total.rejections += report.rejections
        summary = {"store": str(store.path), **total.as_dict(), "totals": store.counts()}
    stdout.write(json.dumps(summary, ensure_ascii=False) + "\n")
    return 0


def _event_query(args: argparse.Namespace):
    from .store import EventQuery

    return EventQuery(
        actor=args.actor, target=args.target, code=args.code, plover=args.plover, since=args.since, until=args.until,
        place=args.place, country=args.country, text=args.text, min_confidence=args.min_confidence,
    )


def _stored(args: argparse.Namespace, store) -> Iterator[dict]:
    query = _event_query(args)
    if args.limit is not None and args.limit < 0:
        raise UsageError("--limit must be 0 or more")
    if args.mentions:
        return store.events(query, limit=args.limit)
    return store.clusters(query, limit=args.limit)


def run_events(args: argparse.Namespace, config, stdout: TextIO, stderr: TextIO, stdin) -> int:
    fmt = args.format or ("table" if stdout.isatty() else "jsonl")
    with _open_store(args, config, readonly=True) as store:
        writer = WRITERS[fmt](stdout)
        for record in _stored(args, store):
            writer.write(record)
        writer.close()  # type: ignore[attr-defined]
    return 0


def run_export(args: argparse.Namespace, config, stdout: TextIO, stderr: TextIO, stdin) -> int:
    binary = args.format in BINARY_FORMATS
    if args.output:
        try:
            handle = open(args.output, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8", "newline": ""}))
        except OSError as exc:
            raise InputError(f"cannot write {args.output}: {exc.strerror}") from exc
    elif binary:
        if stdout.isatty() or not hasattr(stdout, "buffer"):
            raise UsageError(f"--format {args.format} writes bytes: give -o FILE or redirect the output")
        handle = stdout.buffer
    else:
        handle = stdout
    try:
        with _open_store(args, config, readonly=True) as store:
            writer = EXPORT_WRITERS[args.format](handle)
            for record in _stored(args, store):
                writer.write(record)
            writer.close()  # type: ignore[attr-defined]
    finally:
        if args.output:
            handle.close()
    return 0


def run_serve(args: argparse.Namespace, config, stdout: TextIO, stderr: TextIO, stdin) -> int:
    import uvicorn

    from .serve import ServeSettings, create_app
    from .store import store_path

    host = args.host or config.serve.host
    port = config.serve.port if args.port is None else args.port
    if not 0 < port < 65536:
        raise UsageError(f"invalid port {port}")
    settings = ServeSettings.from_config(config, db=store_path(args.db, config.store_path), host=host)
    stderr.write(
        f"diurna: serving {settings.db} on http://{host}:{port}/ (writes {'on' if settings.token else 'off'})\n"
    )
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")
    return 0


def run_batch(args: argparse.Namespace, config, stdout: TextIO, stderr: TextIO, stdin) -> int:
    """`code` or `ingest` on a Dask cluster: shards to Parquet, then printed or stored in input order."""
    import tempfile

    from .scale import BatchRun, plan_shards

    if args.workers is not None and args.workers < 1:
        raise UsageError("--workers must be at least 1")
    if "-" in args.paths or any(_is_url(p) for p in args.paths) or getattr(args, "feed", None):
        raise UsageError("--workers and --scheduler read files and folders, not standard input, URLs or feeds")
    if args.shard_size < 1:
        raise UsageError("--shard-size must be at least 1")
    _check_paths(args.paths)
    output = args.output
    scratch = None
    if output is None and args.command == "ingest":
        from .store import store_path

        output = str(store_path(args.db, config.store_path)) + ".batch"
    if output is None:
        scratch = tempfile.TemporaryDirectory(prefix="diurna-batch-")
        output = scratch.name
    shards = plan_shards(args.paths, args.shard_size)
    run = BatchRun(config, output, workers=args.workers, scheduler=args.scheduler, default_date=args.date,
                   lang=None if args.lang == "auto" else args.lang)
    try:
        summary = run.code(shards, progress=_progress_bar(shards, stderr))
        for failure in summary.failed_shards:
            stderr.write(json.dumps({"article_id": failure.split(" rows ")[0], "rejected": f"shard failed: {failure}"}, ensure_ascii=False) + "\n")
        if args.command == "code":
            fmt = args.format or ("table" if stdout.isatty() else "jsonl")
            writer = WRITERS[fmt](stdout)
            for rejection in run.rejections():
                _report(rejection, stderr)
            for record in run.event_records():
                writer.write(record)
            writer.close()  # type: ignore[attr-defined]
            return 0
        from .store import StorableArticle
        from .store.ingesting import IngestReport

        report = IngestReport()
        with _open_store(args, config, readonly=False) as store:
            def coded() -> Iterator[StorableArticle]:
                for result in run.results():
                    if isinstance(result, Rejection):
                        report.rejections.append(result)
                        _report(result, stderr)
                    else:
                        yield result

            for _article_id, outcome in store.add_stream(coded()):
                setattr(report, outcome, getattr(report, outcome) + 1)
            summary_line = {"store": str(store.path), **report.as_dict(), "totals": store.counts(),
                            "shards": summary.shards, "shards_skipped": summary.skipped, "batch": output}
        stdout.write(json.dumps(summary_line, ensure_ascii=False) + "\n")
        return 0
    finally:
        if scratch is not None:
            scratch.cleanup()


def _progress_bar(shards, stderr: TextIO):
    """A progress bar in articles (rate and ETA) on a terminal; nothing otherwise."""
    if not stderr.isatty():
        return None
    from tqdm import tqdm

    bar = tqdm(total=sum(s.rows for s in shards), unit="article", file=stderr, smoothing=0.1)

    def advance(outcome) -> None:
        bar.update(outcome.articles + outcome.rejected)
        if bar.n >= bar.total:
            bar.close()

    return advance


COMMANDS = {
    "knowledge": run_knowledge, "code": run_code, "places": run_places, "actors": run_actors, "evaluate": run_evaluate,
    "ingest": run_ingest,
}
# Commands over the store alone: they never load the language models.
STORE_COMMANDS = {"events": run_events, "query": run_events, "export": run_export, "serve": run_serve}


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None, stdin=None) -> int:
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        stderr.write(f"diurna: {exc}\n")
        return 2
    try:
        from .config import load_config
        from .pipeline import Coder

        if args.command in STORE_COMMANDS:
            return STORE_COMMANDS[args.command](args, load_config(args.config), stdout, stderr, stdin)
        if args.command in ("code", "ingest") and (args.workers is not None or args.scheduler is not None):
            return run_batch(args, load_config(args.config), stdout, stderr, stdin)
        if args.command in ("code", "places", "ingest"):
            _check_paths([p for p in args.paths if not _is_url(p)])
        coder = Coder(load_config(args.config))
        return COMMANDS[args.command](args, coder, stdout, stderr, stdin)
    except (UsageError, InputError) as exc:
        stderr.write(f"diurna: {exc}\n")
        return 2
    except DiurnaError as exc:
        stderr.write(f"diurna: {exc}\n")
        return 1
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
