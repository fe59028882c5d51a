"""People across documents on govnews-dev: one corpus key per person, one person per key.

Reads ``../shared/corpora/govnews-dev`` (skipped when absent; its texts stay there).
"""

from __future__ import annotations

import pytest

from ruskin import Corpus, Pipeline
from ruskin.evaluation.people import read_govnews, score_people

from .conftest import SHARED_CORPORA

GOVNEWS = SHARED_CORPORA / "govnews-dev"

pytestmark = pytest.mark.skipif(not (GOVNEWS / "gold").is_dir(), reason="../shared/corpora/govnews-dev is not here")


def test_every_repeated_person_gets_one_key_and_no_key_two_people(pipeline: Pipeline) -> None:
    items, gold = read_govnews(GOVNEWS)
    texts, sources, dates = [t for _, t, _ in items], [i for i, _, _ in items], [d for _, _, d in items]
    documents = list(pipeline.pipe(texts, sources=sources, doc_dates=dates, tokens=False))
    score = score_people(Corpus(documents), documents, gold)
    assert score.repeated >= 30  # the measure means something: many people in several items
    assert score.split == {}, "\n".join(score.lines())
    assert score.shared == {}, "\n".join(score.lines())
