"""Very long texts go through in windows and merge into one Document without tokens."""

from __future__ import annotations

import pytest

from ruskin import Document, Pipeline
from ruskin.io.large import windows

from .conftest import SEED_FORUM, SEED_SESSION


@pytest.mark.parametrize(
    "text, size, pieces",
    [
        ("один два\nтри четыре\nпять", 12, ["один два\n", "три четыре\n", "пять"]),
        ("слово слово слово", 8, ["слово ", "слово ", "слово"]),
        ("абвгдеёжзийклмн", 5, ["абвгд", "еёжзи", "йклмн"]),
        ("", 5, []),
    ],
)
def test_windows_cut_after_line_breaks_or_spaces(text: str, size: int, pieces: list[str]) -> None:
    assert [text[a:b] for a, b in windows(text, size)] == pieces


@pytest.fixture(scope="module")
def long_document() -> tuple[str, Document, Document]:
    text = "\n\n".join(path.read_text(encoding="utf-8") for path in (SEED_FORUM, SEED_SESSION, SEED_FORUM))
    small = Pipeline()
    small.window = 4000
    return text, small(text), Pipeline()(text)


def test_a_long_text_keeps_offsets_and_drops_tokens(long_document: tuple[str, Document, Document]) -> None:
    text, windowed, _ = long_document
    assert windowed.tokens_omitted and windowed.tokens == ()
    assert windowed.text == text
    for mention in windowed.mentions:
        assert text[mention.start : mention.stop] == mention.text
    for quote in windowed.quotes:
        assert 0 <= quote.start < quote.stop <= len(text)
    assert Document.model_validate_json(windowed.model_dump_json()) == windowed


def test_windows_merge_people_and_regions_across_windows(long_document: tuple[str, Document, Document]) -> None:
    _, windowed, whole = long_document
    assert {p.name for p in windowed.persons} == {p.name for p in whole.persons}
    assert len({p.name for p in windowed.persons}) == len(windowed.persons)
    gneushev = next(p for p in windowed.persons if p.name == "Андрей Гнеушев")
    assert len(gneushev.mentions) == 12
    assert {r.name for r in windowed.regions} == {r.name for r in whole.regions}
    ids = {m.id for m in windowed.mentions}
    for record in (*windowed.persons, *windowed.regions, *windowed.agencies, *windowed.initiatives, *windowed.events):
        assert set(record.mentions) <= ids
    people = {p.id for p in windowed.persons}
    assert all(p.person in people for p in windowed.positions)
    assert all(q.speaker in people for q in windowed.quotes if q.speaker)
