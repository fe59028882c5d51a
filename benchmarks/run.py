"""Benchmark ruskin against natasha on factRuEval devset and NEREL dev.

    python benchmarks/run.py [--corpora PATH] [--repeat N] [--limit N] [--only NAME ...]
                             [--markdown [FILE]] [--json FILE]

Each contender runs in its own fresh process over the same texts; see benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

from contenders import CONTENDERS, Workload
from corpus import load_texts, write_files
from report import Result, best_of, render

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; returns the exit status (1 if a contender failed)."""
    args = build_parser().parse_args(argv)
    load_before = os.getloadavg()[0]
    texts = load_texts(args.corpora, args.limit)
    print(f"{len(texts)} documents, {sum(map(len, texts)):,} characters", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="ruskin-bench-") as tmp:
        work_path = _write_workload(texts, Path(tmp))
        results, failed = _run_all(args, work_path, Path(tmp))
    report = render(results, context(texts, args.repeat, load_before), as_markdown=args.markdown is not None)
    _emit(report, args.markdown)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    return 1 if failed else 0


def build_parser() -> argparse.ArgumentParser:
    """The command-line options."""
    parser = argparse.ArgumentParser(description="Benchmark ruskin against natasha.")
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora",
                        help="folder holding factRuEval-2016/ and NEREL/ (default: ../shared/corpora)")
    parser.add_argument("--repeat", type=int, default=1, help="run each contender N times, keep the best")
    parser.add_argument("--limit", type=int, help="only the first N documents")
    parser.add_argument("--only", action="append", choices=list(CONTENDERS), metavar="NAME",
                        help=f"run only this contender (repeatable): {', '.join(CONTENDERS)}")
    parser.add_argument("--markdown", nargs="?", const="-", metavar="FILE",
                        help="print the report as Markdown, or write it to FILE")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the raw results as JSON")
    return parser


def _write_workload(texts: list[str], folder: Path) -> Path:
    files = write_files(texts, folder / "texts")
    path = folder / "work.json"
    path.write_text(json.dumps(asdict(Workload(texts, files)), ensure_ascii=False), encoding="utf-8")
    return path


def _run_all(args: argparse.Namespace, work: Path, tmp: Path) -> tuple[list[Result], list[str]]:
    results, failed = [], []
    for name in args.only or CONTENDERS:
        runs = [run_child(name, work, tmp / f"{name}-{n}.json") for n in range(max(args.repeat, 1))]
        if any(run is None for run in runs):
            failed.append(name)
        else:
            results.append(best_of(runs))  # type: ignore[arg-type]
    return results, failed


def run_child(name: str, work: Path, out: Path) -> Result | None:
    """One contender in a fresh interpreter; its measurements, or None if it failed."""
    print(f"running {name} ...", file=sys.stderr, flush=True)
    done = subprocess.run([sys.executable, str(HERE / "child.py"), name, str(work), str(out)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        print(f"{name} failed (exit {done.returncode}):\n{done.stderr[-2000:]}", file=sys.stderr)
        return None
    return json.loads(out.read_text(encoding="utf-8"))


def context(texts: list[str], repeat: int, load_before: float) -> str:
    """One line naming the workload and the machine the numbers come from."""
    return (
        f"{len(texts)} documents, {sum(map(len, texts)):,} characters (factRuEval-2016 devset + NEREL dev); "
        f"best of {repeat}; Python {platform.python_version()} on {platform.machine()}, "
        f"{os.cpu_count()} CPUs, 1-minute load average {load_before:.1f} before and {os.getloadavg()[0]:.1f} after"
    )


def _emit(report: str, markdown: str | None) -> None:
    if markdown and markdown != "-":
        Path(markdown).write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    sys.exit(main())
