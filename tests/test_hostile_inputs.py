"""Hostile inputs on the command line: every file yields one line, Documents record their encoding."""

from __future__ import annotations

import codecs
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


SEED = Path(__file__).resolve().parents[1] / "corpora" / "samples" / "003_d459eea8fffb889c.txt"


def _article_persons(document: dict) -> set[str]:
    article = {m["id"] for m in document["mentions"] if m["zone"] in ("title", "body")}
    return {p["name"] for p in document["persons"] if article & set(p["mentions"])}


@pytest.mark.parametrize("encoding", ["cp866", "iso-8859-5", "mac-cyrillic"])
def test_seed_text_in_a_rarer_cyrillic_encoding_is_read_right(tmp_path: Path, encoding: str) -> None:
    text = SEED.read_text(encoding="utf-8")
    path = tmp_path / "seed.txt"
    path.write_bytes(text.encode(encoding, errors="replace"))  # the emoji are not in these code pages
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(path), "-o", str(out), "-q"]) == 0
    [document] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert codecs.lookup(document["encoding"]).name == codecs.lookup(encoding).name
    assert document["warnings"] == [f"encoding guessed as {document['encoding']} (neither cp1251 nor koi8-r fits the bytes)"]
    assert "Дмитрий Азаров" in _article_persons(document)
    assert document["text"].startswith("На стратсессии АСИ представили")


MENU_PAGE = """<!DOCTYPE html>
<html><head><meta charset="iso-8859-5"><title>Стратсессия АСИ</title></head>
<body>
<header><nav><ul><li><a href="/">Главная</a></li><li><a href="/gov">Губернатор Вячеслав Федорищев</a></li>
<li><a href="/news">Новости</a></li></ul></nav></header>
<main><article>
<header><h1>На стратсессии АСИ представили опыт Самарской области</h1></header>
<p>Результаты рейтинга рассматриваются на совещаниях под председательством губернатора Самарской
области Дмитрия Азарова.</p>
<figure><img src="a.jpg"><figcaption>Фото: Юлия Бренер на сессии</figcaption></figure>
</article></main>
<aside><h3>Читайте также</h3><p>Елена Лапушкина посетила школу в Самаре</p></aside>
<div class="comments"><p>Аркадий Галицын: Альтернативы метрополитену нет</p></div>
<footer><p>&copy; Правительство Самарской области. Руководитель пресс-службы Алексей Кузьмицкий</p></footer>
</body></html>"""


@pytest.mark.parametrize("body_only", [False, True])
def test_an_html_page_s_structure_keeps_menu_aside_and_footer_out_of_the_article(
    tmp_path: Path, body_only: bool
) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(MENU_PAGE.encode("iso-8859-5"))
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(path), "-o", str(out), "-q", *(["--body-only"] if body_only else [])]) == 0
    [document] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert document["encoding"] == "iso8859-5"
    assert _article_persons(document) == {"Дмитрий Азаров"}
    zones = {m["text"]: m["zone"] for m in document["mentions"]}
    if body_only:
        assert {p["name"] for p in document["persons"]} == {"Дмитрий Азаров"}
    else:
        assert zones["Вячеслав Федорищев"] == "navigation" and zones["Алексей Кузьмицкий"] == "navigation"
        assert zones["Елена Лапушкина"] == "links" and zones["Аркадий Галицын"] == "comments"
        assert zones["Юлия Бренер"] == "caption"


def test_utf8_with_one_broken_byte_stays_utf8_with_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "broken.txt"
    data = SENTENCE.encode("utf-8")
    path.write_bytes(data[:10] + b"\xff" + data[10:])
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(path), "-o", str(out), "-q"]) == 0
    [document] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert document["encoding"] == "utf-8" and document["text"] == SENTENCE[:5] + "\ufffd" + SENTENCE[5:]
    assert document["warnings"] == ["1 byte sequence(s) that are not UTF-8 replaced with U+FFFD"]
    assert [p["name"] for p in document["persons"]] == ["Дмитрий Азаров"]
    assert "warning: 1 byte sequence(s)" in capsys.readouterr().err


def test_a_declared_charset_is_honoured_and_a_false_one_is_not(tmp_path: Path) -> None:
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head><body><p>{SENTENCE}</p></body></html>'
    (tmp_path / "declared.html").write_bytes(page.encode("koi8-r"))
    (tmp_path / "resaved.html").write_bytes(page.encode("utf-8"))
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(tmp_path / "declared.html"), str(tmp_path / "resaved.html"), "-o", str(out), "-q"]) == 0
    declared, resaved = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert declared["encoding"] == "koi8-r" and declared["warnings"] == [] and declared["text"] == SENTENCE
    assert resaved["encoding"] == "utf-8" and resaved["text"] == SENTENCE
    assert resaved["warnings"] == ["the page declares koi8-r, but its bytes are UTF-8; read as UTF-8"]
