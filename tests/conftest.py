"""Shared fixtures: one pipeline per test session, the sample pages, the shared corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

from ruskin import Document, Pipeline

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "corpora" / "samples"
SHARED_CORPORA = ROOT.parent / "shared" / "corpora"
SEED_FORUM = SAMPLES / "000_6ac6493350067d04.txt"
SEED_SESSION = SAMPLES / "003_d459eea8fffb889c.txt"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="session")
def forum_page(pipeline: Pipeline) -> Document:
    return pipeline(SEED_FORUM.read_text(encoding="utf-8"), source=str(SEED_FORUM))


@pytest.fixture(scope="session")
def session_page(pipeline: Pipeline) -> Document:
    return pipeline(SEED_SESSION.read_text(encoding="utf-8"), source=str(SEED_SESSION))
