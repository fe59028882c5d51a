"""Compact output: ``tokens=False`` and ``ruskin extract --no-tokens`` leave tokens out; Documents stay valid."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ruskin import Document, Pipeline, extract_files
from ruskin.cli import main
from ruskin.io.lines import document_json, without_tokens

from .conftest import SEED_FORUM, SEED_SESSION, SHARED_CORPORA

GOVNEWS = SHARED_CORPORA / "govnews-dev" / "texts"


def test_compact_json_reads_back_as_the_same_document_without_tokens(forum_page: Document) -> None:
    line = document_json(forum_page, tokens=False)
    assert '"tokens"' not in line and '"zone":"body"' not in line
    back = Document.model_validate_json(line)
    assert back == without_tokens(forum_page)
    assert back.tokens == () and back.tokens_omitted
    assert [m.text for m in back.mentions] == [forum_page.text[m.start : m.stop] for m in forum_page.mentions]


def test_compact_json_is_much_smaller(forum_page: Document) -> None:
    assert len(document_json(forum_page, tokens=False)) * 3 < len(document_json(forum_page))


def test_pipeline_without_tokens_finds_the_same_records(pipeline: Pipeline, forum_page: Document) -> None:
    text = SEED_FORUM.read_text(encoding="utf-8")
    document = pipeline(text, source=str(SEED_FORUM), tokens=False)
    assert document.tokens == () and document.tokens_omitted
    assert document == without_tokens(forum_page)


def test_extract_files_without_tokens() -> None:
    [document] = extract_files([SEED_SESSION], tokens=False)
    assert isinstance(document, Document)
    assert document.tokens == () and document.tokens_omitted and document.persons


def test_cli_no_tokens_writes_valid_compact_documents(tmp_path: Path) -> None:
    full, compact = tmp_path / "full.jsonl", tmp_path / "compact.jsonl"
    assert main(["extract", str(SEED_SESSION), "-o", str(full), "-q"]) == 0
    assert main(["extract", str(SEED_SESSION), "-o", str(compact), "-q", "--no-tokens"]) == 0
    [line] = compact.read_text(encoding="utf-8").splitlines()
    assert "tokens" not in json.loads(line)
    document = Document.model_validate_json(line)
    assert document == without_tokens(Document.model_validate_json(full.read_text(encoding="utf-8")))
    assert compact.stat().st_size * 3 < full.stat().st_size


@pytest.mark.skipif(not GOVNEWS.is_dir(), reason="../shared/corpora/govnews-dev is not here")
def test_no_tokens_output_is_at_most_five_bytes_per_input_byte(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(GOVNEWS), "-o", str(out), "-q", "--no-tokens"]) == 0
    size_in = sum(path.stat().st_size for path in GOVNEWS.glob("*.txt"))
    assert out.stat().st_size <= 5 * size_in
