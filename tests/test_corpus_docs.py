"""docs/corpus.md runs as written, on a folder of short news texts of our own."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from ruskin.cli import main

from .conftest import ROOT

PAGE = ROOT / "docs" / "corpus.md"

NEWS = {
    "2021-03-12.txt": "Самара, 12 марта 2021 года. Губернатор Самарской области Дмитрий Азаров открыл форум "
    "«Среда для жизни».",
    "2021-05-20.txt": "Самара, 20 мая 2021 года. Дмитрий Игоревич Азаров провёл совещание с главами "
    "муниципалитетов Самарской области.",
    "2015-09-01.txt": "Самара, 1 сентября 2015 года. Губернатор Самарской области Николай Меркушкин открыл сессию "
    "губернской думы.",
    "2021-11-10.txt": "Самара, 10 ноября 2021 года. Губернатор Самарской области Дмитрий Азаров принял участие в "
    "заседании правительства региона.",
}


def blocks(language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```$", PAGE.read_text(encoding="utf-8"), flags=re.S | re.M)


def test_the_worked_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("duckdb")
    pytest.importorskip("pyarrow")
    pytest.importorskip("pandas")
    pytest.importorskip("matplotlib")
    (tmp_path / "news").mkdir()
    for name, text in NEWS.items():
        (tmp_path / "news" / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    commands = [line for block in blocks("sh") for line in block.splitlines() if line.startswith("ruskin ")]
    assert len(commands) == 2
    for command in commands:
        assert main(shlex.split(command)[1:]) == 0
    namespace: dict[str, object] = {}
    for number, block in enumerate(blocks("python")):
        exec(compile(block, f"docs/corpus.md[{number}]", "exec"), namespace)
    corpus = namespace["corpus"]
    assert [p.key for p in corpus.people] == ["азаров-дмитрий", "меркушкин-николай"]  # type: ignore[attr-defined]
    assert [t.person for t in namespace["governors"]] == ["азаров-дмитрий"]  # type: ignore[attr-defined]
    assert list(namespace["posts"]["name"]) == ["Николай Меркушкин", "Дмитрий Игоревич Азаров"]  # type: ignore[index]
    assert (tmp_path / "timeline.png").stat().st_size > 1000
