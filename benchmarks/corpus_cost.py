"""What building a Corpus adds to extracting a folder: a ratio of times, in one process.

    python benchmarks/corpus_cost.py [FOLDER] [--repeat N]

FOLDER (default ``../shared/corpora/govnews-dev/texts``) is read once; then, best of N runs
each: extraction (``Pipeline.pipe(texts, tokens=False)``, the models loaded before timing),
building the corpus (``Corpus(documents)`` and every registry computed: people, regions,
agencies, initiatives, events), the same from the compact JSON Lines of ``ruskin extract
--no-tokens`` (``Corpus.from_jsonl``, reading included) and, for reference, the tables of ``ruskin corpus``
(``arrow_tables``, when pyarrow is installed). Prints the times and corpus / extraction.
``--replicate N`` also builds the corpus of the documents N times over (under other sources)
once, to show that joining people grows linearly with the number of documents.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpora" / "govnews-dev" / "texts"


def best_of(repeat: int, work: Callable[[], Any]) -> tuple[float, Any]:
    """The shortest of ``repeat`` runs of ``work`` (process time), and its last result."""
    times, result = [], None
    for _ in range(repeat):
        began = time.process_time()
        result = work()
        times.append(time.process_time() - began)
    return min(times), result


def build(documents: list[Any]) -> Any:
    """A Corpus with every registry computed."""
    from ruskin import Corpus

    corpus = Corpus(documents)
    _ = corpus.people, corpus.regions, corpus.agencies, corpus.initiatives, corpus.events()
    return corpus


def build_from(path: Path) -> Any:
    """A Corpus read from a JSON Lines file, every registry computed."""
    from ruskin import Corpus

    corpus = Corpus.from_jsonl(path)
    _ = corpus.people, corpus.regions, corpus.agencies, corpus.initiatives, corpus.events()
    return corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--replicate", type=int, default=0, metavar="N")
    args = parser.parse_args()
    from ruskin import Pipeline
    from ruskin.io.lines import document_json

    files = sorted(args.folder.glob("*.txt"))
    if not files:
        raise SystemExit(f"no *.txt in {args.folder}")
    texts = [file.read_text(encoding="utf-8") for file in files]
    sources = [str(file) for file in files]
    pipeline = Pipeline()
    extracting, documents = best_of(args.repeat, lambda: list(pipeline.pipe(texts, sources=sources, tokens=False)))
    building, corpus = best_of(args.repeat, lambda: build(documents))
    print(f"{len(texts)} texts, {sum(map(len, texts)):,} characters; {len(corpus.people)} people")
    print(f"extraction      {extracting:8.3f} s CPU")
    print(f"corpus          {building:8.3f} s CPU   corpus / extraction = {building / extracting:.3f}")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "out.jsonl"
        path.write_text("".join(document_json(d, tokens=False) + "\n" for d in documents), encoding="utf-8")
        reading, _ = best_of(args.repeat, lambda: build_from(path))
    print(f"corpus, jsonl   {reading:8.3f} s CPU   from_jsonl / extraction = {reading / extracting:.3f}")
    if args.replicate:
        copies = [d.model_copy(update={"source": f"{n}/{d.source}"}) for n in range(args.replicate) for d in documents]
        scaled, _ = best_of(1, lambda: build(copies))
        print(f"corpus x{args.replicate:<5d} {scaled:8.3f} s CPU   {len(copies):,} documents, "
              f"{1000 * scaled / len(copies):.3f} ms each ({1000 * building / len(documents):.3f} at x1)")
    try:
        from ruskin.corpus.store import arrow_tables
    except ImportError:
        return
    tabling, _ = best_of(args.repeat, lambda: arrow_tables(documents))
    print(f"tables          {tabling:8.3f} s CPU   tables / extraction = {tabling / extracting:.3f}")


if __name__ == "__main__":
    main()
