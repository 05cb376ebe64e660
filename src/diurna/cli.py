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
from .export import WRITERS
from .ingest import read_inputs
from .records import CodedArticle, Rejection

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
    evaluate.add_argument("--split", choices=["dev", "test"], help="score one half only")
    evaluate.add_argument("--lang", choices=["fr", "en"], help="one language only")
    evaluate.add_argument("--errors", action="store_true", help="list the sentences whose events differ from the gold")

    knowledge = commands.add_parser("knowledge", help="what the knowledge files hold")
    knowledge.add_argument("action", choices=["stats"], help="stats: counts per category and the latest term date")

    places = commands.add_parser(
        "places", help="list place mentions", epilog=EXAMPLES_PLACES, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    _input_options(places)
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
            writer.write(event)
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


COMMANDS = {"knowledge": run_knowledge, "code": run_code, "places": run_places, "actors": run_actors, "evaluate": run_evaluate}


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

        if args.command in ("code", "places"):
            _check_paths(args.paths)
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
