"""Hostile inputs: time and peak RSS of ``ruskin extract`` on each, one fresh process per case.

    python benchmarks/hostile.py OUT_FOLDER [--big] [--only CASE ...] [--corpora PATH]

Every case is made in ``OUT_FOLDER`` (nothing is shipped), then run as
``python -m ruskin extract CASE -o OUT_FOLDER/CASE.jsonl --jobs 1``; the table gives its exit
status, output lines and error records, wall seconds and the process's peak RSS
(``os.wait4``'s ``ru_maxrss``). ``normal`` (the sample page) is the yardstick.

``--big`` adds the memory check of a 20 MB text (the benchmark's texts repeated, one
document of about 11 million characters; several minutes on one core) from the corpora.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections.abc import Callable
from itertools import cycle
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SAMPLE = ROOT / "corpora" / "samples" / "003_d459eea8fffb889c.txt"
SIZE = 20_000_000
FILLER = ("губернатор", "Дмитрий", "Азаров", "министр", "области", "и")
NAMES = ("Иван Петров", "Мария Сидорова", "Олег Кузнецов", "Анна Смирнова", "Дмитрий Азаров")
POSTS = ("министр здравоохранения Самарской области", "заместитель губернатора", "глава администрации района")


def cases(folder: Path) -> dict[str, tuple[list[str], Callable[[], None]]]:
    """Case name → (arguments after ``extract``, the function that makes its input)."""
    sample = SAMPLE.read_text(encoding="utf-8")

    def write(name: str, data: bytes | str) -> Callable[[], None]:
        return lambda: (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))

    def names() -> None:
        (folder / "names").mkdir(exist_ok=True)
        for name in (b"a.txt", b"b_\xcf\xf0\xe8.txt", b"c.txt"):
            (folder / "names" / os.fsdecode(name)).write_text(sample, encoding="utf-8")

    def fifo() -> None:
        if not (folder / "nobody.fifo").exists():
            os.mkfifo(folder / "nobody.fifo")

    broken = sample.encode("utf-8")
    return {
        "normal": ([str(folder / "normal.txt")], write("normal.txt", sample)),
        "dev-zero": (["/dev/zero"], lambda: None),
        "fifo-no-writer": ([str(folder / "nobody.fifo")], fifo),
        "names-not-utf8": ([str(folder / "names")], names),
        "broken-utf8-byte": ([str(folder / "broken.txt")], write("broken.txt", broken[:500] + b"\xff" + broken[500:])),
        "cp866": ([str(folder / "cp866.txt")], write("cp866.txt", sample.encode("cp866", errors="replace"))),
        "mac-cyrillic": ([str(folder / "mac.txt")], write("mac.txt", sample.encode("mac-cyrillic", errors="replace"))),
        "comments-html": ([str(folder / "comments.html")], write("comments.html", "<html><body>" + "<!--" * 80000)),
        "comments-html-max-chars": (
            [str(folder / "comments.html"), "--max-chars", "1000"], write("comments.html", "<html><body>" + "<!--" * 80000),
        ),  # fmt: skip
        "tags-html": ([str(folder / "tags.html")], write("tags.html", "<html><body>" + "<a " * 80000)),
        "zam-16000": ([str(folder / "zam.txt")], write("zam.txt", "заместитель " * 16000)),
        "attendees-6400": ([str(folder / "list.txt")], write("list.txt", _attendees(6400))),
        "sentence-60000": ([str(folder / "sentence.txt")], write("sentence.txt", _words(60000))),
        "impossible-dates": (
            [str(folder / "dates.txt")],
            write("dates.txt", "Встреча 30 февраля 2024 года, 1.13.2024, вчера. Число " + "7" * 4301 + "."),
        ),
    }


def big_case(folder: Path, corpora: Path) -> tuple[list[str], Callable[[], None]]:
    """The 20 MB text of the memory check."""
    sys.path.insert(0, str(HERE))
    from corpus import load_texts

    return [str(folder / "20mb.txt")], lambda: (folder / "20mb.txt").write_bytes(big_text(load_texts(corpora)))


def big_text(texts: list[str]) -> bytes:
    """The texts repeated up to ``SIZE`` bytes of UTF-8, cut at a character boundary."""
    data = bytearray()
    for text in cycle(texts):
        data += text.encode("utf-8") + b"\n"
        if len(data) >= SIZE:
            break
    return bytes(data[:SIZE]).decode("utf-8", errors="ignore").encode("utf-8")


def _attendees(lines: int) -> str:
    return "\n".join(f"{NAMES[n % 5]} – {POSTS[n % 3]}" for n in range(lines))


def _words(count: int) -> str:
    return " ".join(word for word, _ in zip(cycle(FILLER), range(count)))


def measure(name: str, arguments: list[str], folder: Path) -> dict[str, object]:
    """Run one case in a fresh process; its status, lines, errors, seconds and peak RSS."""
    out = folder / f"{name}.jsonl"
    command = [sys.executable, "-m", "ruskin", "extract", *arguments, "-o", str(out), "-q", "--jobs", "1"]
    started = time.perf_counter()
    process = subprocess.Popen(command, stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(ROOT)})
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    lines = out.read_text(encoding="utf-8").splitlines() if out.exists() else []
    return {
        "case": name,
        "status": os.waitstatus_to_exitcode(status),
        "lines": len(lines),
        "errors": sum('"error":' in line[:400] and not line.startswith('{"text"') for line in lines),
        "seconds": round(seconds, 2),
        "peak_rss_mib": round(usage.ru_maxrss / 1024),
    }


def main() -> None:
    """Make every case in the folder given, run each, print the table."""
    parser = argparse.ArgumentParser(description="Time and peak memory of ruskin extract on hostile inputs.")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--big", action="store_true", help="add the 20 MB text (minutes)")
    parser.add_argument("--only", action="append", help="run only this case (repeatable)")
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    todo = cases(args.folder)
    if args.big:
        todo["20mb"] = big_case(args.folder, args.corpora)
    print("| case | exit | lines | errors | seconds | peak RSS MiB |\n| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, (arguments, make) in todo.items():
        if args.only and name not in args.only:
            continue
        make()
        row = measure(name, arguments, args.folder)
        print(f"| {name} | {row['status']} | {row['lines']} | {row['errors']} | {row['seconds']} | {row['peak_rss_mib']} |", flush=True)


if __name__ == "__main__":
    main()
