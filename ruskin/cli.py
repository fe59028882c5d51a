"""The ``ruskin`` command line: ``ruskin extract``, ``ruskin corpus`` and ``ruskin evaluate``.

One of the two places (with ``batch``) that know about files and processes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from . import __version__
from .batch import DEFAULT_TIMEOUT, Settings, extract_lines
from .errors import InputError, NoMatchError, OutputError
from .io.inputs import DEFAULT_MAX_BYTES, display_name, gather_sources
from .logs import log_to_stderr
from .io.output import JsonlWriter
from .pipeline import parse_doc_date

log = logging.getLogger(__name__)

EXIT_OK, EXIT_INPUT_FAILED, EXIT_USAGE = 0, 1, 2
"""Exit statuses: all inputs processed; some input failed (its line is an error record);
a usage or output error (nothing or not everything could be written)."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help, --version, or a usage mistake already reported
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    if not getattr(args, "run", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return int(args.run(args))
    except SystemExit as stop:  # a usage mistake found after parsing (--resume without -o)
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    except (NoMatchError, OutputError) as error:
        print(f"ruskin: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # a report printed to a reader that stopped early (| head)
        _quiet_stdout()
        print("ruskin: cannot write the standard output: the reader closed the pipe", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("ruskin: interrupted; rerun with --resume to continue", file=sys.stderr)
        return 130


def _quiet_stdout() -> None:
    """Point stdout at /dev/null, so that flushing it at exit raises nothing more."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


class UsageParser(argparse.ArgumentParser):
    """An argument parser that reports a usage mistake in one line, with exit status 2."""

    def error(self, message: str) -> NoReturn:
        """Print ``PROG: error: MESSAGE (see PROG --help)`` and exit with status 2."""
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = UsageParser(
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
    parser.add_argument("-o", "--output", type=_output_path, help="output .jsonl file (default: stdout)")
    parser.add_argument("-j", "--jobs", type=_positive, default=1, help="worker processes (default 1)")
    parser.add_argument("--resume", action="store_true", help="skip inputs already in the output file")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    parser.add_argument("--max-chars", type=_positive, help="report larger documents as errors")
    parser.add_argument("--doc-date", type=_doc_date, help="publication date, YYYY-MM-DD")
    parser.add_argument(
        "--body-only", action="store_true", help="keep only the article: drop comments, links, navigation, captions, bylines"
    )
    parser.add_argument(
        "--max-bytes", type=_positive, default=DEFAULT_MAX_BYTES,
        help=f"stop reading an input at this many bytes and report it as an error (default {DEFAULT_MAX_BYTES:,})",
    )  # fmt: skip
    parser.add_argument(
        "--timeout", type=_seconds, default=DEFAULT_TIMEOUT,
        help=f"seconds a document may take per 100,000 characters; 0 for no limit (default {DEFAULT_TIMEOUT:.0f})",
    )  # fmt: skip
    parser.add_argument(
        "--no-tokens", dest="tokens", action="store_false", help="compact output: leave tokens and defaults out"
    )
    parser.add_argument(
        "--debug", action="store_true", help="log what ruskin does, and keep each failed input's traceback in its record"
    )
    parser.set_defaults(run=run_extract, usage_error=parser.error)


def _add_corpus(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from .corpus.command import add_corpus_parser

    add_corpus_parser(commands)


def _add_evaluate(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from .evaluation.command import add_evaluate_parser

    add_evaluate_parser(commands)


def run_extract(args: argparse.Namespace) -> int:
    """``ruskin extract``: every input yields one line; status 1 if any input failed, 2 if output failed."""
    if args.resume and args.output is None:
        args.usage_error("--resume needs -o OUT.jsonl: it skips the inputs already written to that file")
    started = time.perf_counter()
    log_to_stderr(logging.DEBUG if args.debug else logging.WARNING)
    found = gather_sources(args.paths, exclude=[args.output] if args.output else [])
    sources = found.names
    with JsonlWriter(args.output, resume=args.resume) as writer:
        todo = [s for s in sources if display_name(s) not in writer.done]
        settings = Settings(
            args.max_chars, args.doc_date, args.body_only, args.max_bytes, args.timeout or None, args.debug, args.tokens
        )
        failed = 0
        lines = extract_lines(todo, jobs=args.jobs, settings=settings, skipped=found.skipped)
        for (ok, line), source in zip(_progress(lines, len(todo), args), todo):  # the bar first, so that it reaches 100%
            writer.write(line)
            failed += not ok
            _report(source, ok, line)
    if not args.quiet:
        _summary(len(todo), len(sources) - len(todo), failed, time.perf_counter() - started)
        _list_skipped(found.skipped)
    return EXIT_INPUT_FAILED if failed else EXIT_OK


def _progress(lines, total: int, args: argparse.Namespace):  # type: ignore[no-untyped-def]
    if args.quiet or not sys.stderr.isatty():
        return lines
    from tqdm import tqdm

    return tqdm(lines, total=total, unit="doc", file=sys.stderr)


def _report(source: str, ok: bool, line: str) -> None:
    """The error of a failed input, or the warnings of a document, on stderr (through logging)."""
    import json

    messages = _warnings_of(line) if ok else [str(json.loads(line).get("error", ""))]
    for message in messages:
        log.warning("%s: %s%s", display_name(source), "warning: " if ok else "", message)


def _warnings_of(line: str) -> list[str]:
    """A Document line's warnings, read without parsing the whole line (it can be very long).

    ``"warnings":`` cannot occur inside a JSON string: its quotes would be escaped there.
    """
    import json

    at = line.find('"warnings":')
    if at < 0 or line.startswith("[]", at + 11):
        return []
    return [str(message) for message in json.JSONDecoder().raw_decode(line, at + 11)[0]]


def _list_skipped(skipped: dict[str, str]) -> None:
    if skipped:
        entries = f"{len(skipped)} folder entr{'y' if len(skipped) == 1 else 'ies'}"
        print(f"ruskin: {entries} not read (not files; SkippedInputError above)", file=sys.stderr)


def _summary(processed: int, skipped: int, failed: int, seconds: float) -> None:
    parts = [f"{processed} processed", f"{processed - failed} documents", f"{failed} error{'' if failed == 1 else 's'}"]
    if skipped:
        parts.append(f"{skipped} skipped (already in output)")
    print(f"ruskin: {', '.join(parts)} in {seconds:.1f} s", file=sys.stderr)


def _positive(value: str) -> int:
    """A whole number of 1 or more, as ``--jobs`` and ``--max-chars`` take."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number such as 4, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {value}")
    return number


def _doc_date(value: str) -> dt.date | None:
    """A ``--doc-date`` in ISO form; the message shows the form for a date written otherwise."""
    try:
        return parse_doc_date(value)
    except InputError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD (such as 2024-07-05), got {value!r}") from None


def _output_path(value: str) -> Path:
    """An ``-o`` path that can be a file: not a folder, in a folder that exists."""
    path = Path(value)
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{value} is a folder; name a file such as {path / 'out.jsonl'}")
    if not path.parent.is_dir():
        raise argparse.ArgumentTypeError(f"folder {path.parent} does not exist; create it first or name another file")
    if not os.access(path.parent, os.W_OK):
        raise argparse.ArgumentTypeError(f"cannot write in folder {path.parent}; name a file in a folder you can write to")
    return path


def _seconds(value: str) -> float:
    """``--timeout``: 0 or more seconds."""
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds such as 60, got {value!r}") from None
    if not seconds >= 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more seconds, got {value}")
    return seconds
