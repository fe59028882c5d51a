"""Make the two hostile inputs of the memory check: a 20 MB text and a 50,000-token "sentence".

    python benchmarks/hostile.py OUT_FOLDER [--corpora PATH]
    /usr/bin/time -v ruskin extract OUT_FOLDER/20mb.txt OUT_FOLDER/nopunct.txt -o out.jsonl

``20mb.txt`` is the benchmark's texts (factRuEval-2016 devset and NEREL dev) repeated, one
after the other, up to 20,000,000 bytes of UTF-8: one document of about 11 million
characters. ``nopunct.txt`` is 50,000 words without a single punctuation mark or line break.
The peak RSS that ``/usr/bin/time -v`` reports is what docs/performance.md quotes.
"""

from __future__ import annotations

import argparse
from itertools import cycle
from pathlib import Path

from corpus import load_texts

HERE = Path(__file__).resolve().parent
SIZE = 20_000_000
WORDS = 50_000
FILLER = ("слово", "губернатор", "область", "Москва", "и")


def main() -> None:
    """Write ``20mb.txt`` and ``nopunct.txt`` into the folder given."""
    parser = argparse.ArgumentParser(description="Make the hostile inputs of the memory check.")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--corpora", type=Path, default=HERE.parent.parent / "shared" / "corpora")
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    (args.folder / "20mb.txt").write_bytes(big_text(load_texts(args.corpora)))
    (args.folder / "nopunct.txt").write_text(" ".join(w for w, _ in zip(cycle(FILLER), range(WORDS))), encoding="utf-8")


def big_text(texts: list[str]) -> bytes:
    """The texts repeated up to ``SIZE`` bytes of UTF-8, cut at a character boundary."""
    data = bytearray()
    for text in cycle(texts):
        data += text.encode("utf-8") + b"\n"
        if len(data) >= SIZE:
            break
    return bytes(data[:SIZE]).decode("utf-8", errors="ignore").encode("utf-8")


if __name__ == "__main__":
    main()
