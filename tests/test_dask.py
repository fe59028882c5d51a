"""ruskin.dask on a two-worker LocalCluster gives the same Documents, in order, as the pipeline here."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

from ruskin import Document, MissingExtraError, Pipeline
from ruskin.io.inputs import read_source

from .conftest import SEED_FORUM, SEED_SESSION

SENTENCES = [
    "Губернатор Самарской области Дмитрий Азаров посетил Москву.",
    "Министр здравоохранения Михаил Мурашко провёл совещание в Минздраве России.",
    "В Казани открылся форум «Россия — спортивная держава».",
    "Мэр Москвы Сергей Собянин поздравил горожан с Днём города.",
    "Заседание Государственного совета прошло в Кремле под председательством Владимира Путина.",
]


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    distributed = pytest.importorskip("distributed", reason='needs the dask extra: pip install "ruskin[dask]"')
    pytest.importorskip("dask.bag", reason='needs the dask extra: pip install "ruskin[dask]"')
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as client:
        yield client


def test_texts_match_the_pipeline(client: object, pipeline: Pipeline) -> None:
    import dask.bag as db

    from ruskin.dask import extract_bag

    bag = db.from_sequence(SENTENCES, npartitions=2)
    assert extract_bag(bag, doc_date="2024-05-07").compute() == [
        pipeline(text, doc_date="2024-05-07") for text in SENTENCES
    ]


def test_files_match_the_pipeline(client: object, pipeline: Pipeline) -> None:
    from ruskin.dask import extract_bag, read_texts

    paths = [str(SEED_FORUM), str(SEED_SESSION)]
    documents = extract_bag(read_texts(paths, npartitions=2)).compute()
    assert documents == [_expected(pipeline, path) for path in paths]
    assert [d.source for d in documents] == paths


def test_mixed_partitions_keep_order(client: object, pipeline: Pipeline) -> None:
    import dask.bag as db

    from ruskin.dask import SourceText, extract_bag

    items = [SourceText(f"s{n}", text) for n, text in enumerate(SENTENCES)] + SENTENCES[:2]
    documents = extract_bag(db.from_sequence(items, npartitions=3), batch_size=2).compute()
    assert [d.source for d in documents] == ["s0", "s1", "s2", "s3", "s4", None, None]
    assert [d.text for d in documents] == SENTENCES + SENTENCES[:2]


def _expected(pipeline: Pipeline, path: str) -> Document:
    read = read_source(path)
    return pipeline(read.text, source=path).model_copy(update={"encoding": read.encoding})


def test_missing_dask_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    from ruskin.dask import read_texts

    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(MissingExtraError, match=r"ruskin\[dask\]"):
        read_texts([str(SEED_FORUM)])
