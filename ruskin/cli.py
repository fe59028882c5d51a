"""The ``ruskin`` command line: ``ruskin extract``, ``ruskin corpus`` and ``ruskin evaluate``.

One of the two places (with ``batch``) that know about files and processes.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .batch import Settings, extract_lines
from .inputs import expand_sources
from .output import JsonlWriter
from .pipeline import parse_doc_date


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        print("ruskin: interrupted; rerun with --resume to continue", file=sys.stderr)
        return 130


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="ruskin", description="Extract officials, regions, agencies, events and dates from Russian text."
    )
    parser.add_argument("--version", action="version", version=f"ruskin {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    _add_extract(commands)
    _add_corpus(commands)
    _add_evaluate(commands)
    return parser


def _add_extract(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser("extract", help="write one JSON Document per input to a JSON Lines file")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, globs, or - for stdin")
    parser.add_argument("-o", "--output", type=Path, help="output .jsonl file (default: stdout)")
    parser.add_argument("-j", "--jobs", type=_positive, default=1, help="worker processes (default 1)")
    parser.add_argument("--resume", action="store_true", help="skip inputs already in the output file")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    parser.add_argument("--max-chars", type=_positive, help="report larger documents as errors")
    parser.add_argument("--doc-date", type=parse_doc_date, help="publication date, YYYY-MM-DD")
    parser.add_argument(
        "--body-only", action="store_true", help="keep only the article: drop comments, links, navigation, captions"
    )
    parser.add_argument(
        "--no-tokens", dest="tokens", action="store_false", help="compact output: leave tokens and defaults out"
    )
    parser.set_defaults(run=run_extract)


def _add_corpus(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from .corpus.command import add_corpus_parser

    add_corpus_parser(commands)


def _add_evaluate(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from .evaluation.command import add_evaluate_parser

    add_evaluate_parser(commands)


def run_extract(args: argparse.Namespace) -> int:
    """``ruskin extract``: every input yields one line; status 1 if any input failed."""
    started = time.perf_counter()
    sources = expand_sources(args.paths)
    with JsonlWriter(args.output, resume=args.resume) as writer:
        todo = [s for s in sources if s not in writer.done]
        settings = Settings(
            max_chars=args.max_chars, doc_date=args.doc_date, body_only=args.body_only, tokens=args.tokens
        )
        failed = 0
        lines = _progress(extract_lines(todo, jobs=args.jobs, settings=settings), len(todo), args)
        for (ok, line), source in zip(lines, todo):  # the bar first, so that it reaches 100%
            writer.write(line)
            if not ok:
                failed += 1
                print(f"ruskin: {source}: {_error_of(line)}", file=sys.stderr)
    if not args.quiet:
        _summary(len(todo), len(sources) - len(todo), failed, time.perf_counter() - started)
    return 1 if failed else 0


def _progress(lines, total: int, args: argparse.Namespace):  # type: ignore[no-untyped-def]
    if args.quiet or not sys.stderr.isatty():
        return lines
    from tqdm import tqdm

    return tqdm(lines, total=total, unit="doc", file=sys.stderr)


def _error_of(line: str) -> str:
    import json

    return str(json.loads(line).get("error", ""))


def _summary(processed: int, skipped: int, failed: int, seconds: float) -> None:
    parts = [f"{processed} processed", f"{processed - failed} documents", f"{failed} error{'' if failed == 1 else 's'}"]
    if skipped:
        parts.append(f"{skipped} skipped (already in output)")
    print(f"ruskin: {', '.join(parts)} in {seconds:.1f} s", file=sys.stderr)


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {value}")
    return number
