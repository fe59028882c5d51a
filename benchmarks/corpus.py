"""The benchmark's texts: factRuEval-2016 devset and NEREL dev, read exactly as stored."""

from __future__ import annotations

from pathlib import Path

FOLDERS = ("factRuEval-2016/devset", "NEREL/NEREL-v1.1/dev")
"""Folders under ``--corpora`` whose ``*.txt`` files are the benchmark, in this order."""


def load_texts(corpora: Path, limit: int | None = None) -> list[str]:
    """Every ``*.txt`` text of the benchmark folders, sorted by name within each; the first ``limit``."""
    files = [file for folder in FOLDERS for file in _texts_in(corpora / folder)]
    return [_read(file) for file in files[:limit]]


def _texts_in(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise SystemExit(f"benchmark corpus folder not found: {folder} (set --corpora)")
    return sorted(folder.glob("*.txt"))


def _read(file: Path) -> str:
    with file.open(encoding="utf-8-sig", newline="") as stream:
        return stream.read()


def write_files(texts: list[str], folder: Path) -> list[str]:
    """Write each text to its own UTF-8 file in ``folder``; their paths, in order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, text in enumerate(texts):
        path = folder / f"{number:05d}.txt"
        with path.open("w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        paths.append(str(path))
    return paths
