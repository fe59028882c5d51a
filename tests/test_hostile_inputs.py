"""Hostile inputs on the command line: every file yields one line, Documents record their encoding."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ruskin.cli import main

SENTENCE = "Губернатор Самарской области Дмитрий Азаров посетил Москву."


@pytest.mark.parametrize(
    "name, data, encoding, persons",
    [
        ("utf8.txt", SENTENCE.encode("utf-8"), "utf-8", ["Дмитрий Азаров"]),
        ("bom.txt", b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"), "utf-8-sig", ["Дмитрий Азаров"]),
        ("cp1251.txt", SENTENCE.encode("cp1251"), "cp1251", ["Дмитрий Азаров"]),
        ("koi8.txt", SENTENCE.encode("koi8-r"), "koi8-r", ["Дмитрий Азаров"]),
        ("utf16.txt", SENTENCE.encode("utf-16"), "utf-16", ["Дмитрий Азаров"]),
        ("page.html", f"<!DOCTYPE html><html><head><style>p{{}}</style><script>var x;</script></head>"
                      f"<body><h1>Визит</h1><p>{SENTENCE}</p></body></html>".encode("cp1251"), "cp1251",
         ["Дмитрий Азаров"]),
        ("nul.txt", ("Дмитрий Азаров\x00 посетил\x07 Москву 🤷🏻‍♂️ and Nizhny.").encode("utf-8"), "utf-8",
         ["Дмитрий Азаров"]),
        ("empty.txt", b"", "utf-8", []),
    ],
)
def test_each_file_gives_a_document_with_its_encoding(
    tmp_path: Path, name: str, data: bytes, encoding: str, persons: list[str]
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(path), "-o", str(out), "-q"]) == 0
    [document] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert document["encoding"] == encoding
    assert [p["name"] for p in document["persons"]] == persons
    for mention in document["mentions"]:
        assert document["text"][mention["start"] : mention["stop"]] == mention["text"]
    if name.endswith(".html"):
        assert "var x" not in document["text"] and document["text"].startswith("Визит")


def test_a_mixed_folder_yields_one_line_per_file_and_fails_only_the_binary(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SENTENCE.encode("cp1251"))
    (folder / "b.bin").write_bytes(b"\x7fELF" + bytes(range(256)) * 8)
    (folder / "c.txt").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(folder), "-o", str(out), "-q", "--jobs", "2"]) == 1
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [Path(line["source"]).name for line in lines] == ["a.txt", "b.bin", "c.txt"]
    assert "error" in lines[1] and "error" not in lines[0] and "error" not in lines[2]
