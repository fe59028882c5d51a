"""ruskin.dask.corpus_of on a two-worker LocalCluster: the Corpus of the whole bag, whatever the partitions."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ruskin import Corpus, Pipeline

TEXTS = [
    ("a", "Губернатор Самарской области Дмитрий Азаров посетил Москву."),
    ("b", "Министр здравоохранения Михаил Мурашко провёл совещание в Минздраве России."),
    ("c", "Дмитрий Игоревич Азаров открыл форум «Среда для жизни» в Самаре."),
    ("d", "Мэр Москвы Сергей Собянин поздравил горожан с Днём города."),
    ("e", "Глава Минздрава Михаил Альбертович Мурашко выступил на форуме."),
]


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    distributed = pytest.importorskip("distributed", reason='needs the dask extra: pip install "ruskin[dask]"')
    pytest.importorskip("dask.bag", reason='needs the dask extra: pip install "ruskin[dask]"')
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as cluster, distributed.Client(cluster) as client:
        yield client


@pytest.mark.parametrize("partitions", [1, 3, 5])
def test_the_cluster_builds_the_corpus_of_all_documents(client: object, pipeline: Pipeline, partitions: int) -> None:
    import dask.bag as db

    from ruskin.dask import SourceText, corpus_of, extract_bag

    bag = db.from_sequence([SourceText(source, text) for source, text in TEXTS], npartitions=partitions)
    corpus = corpus_of(extract_bag(bag), split_every=2).compute()
    expected = Corpus(pipeline.pipe([t for _, t in TEXTS], sources=[s for s, _ in TEXTS]))
    assert corpus == expected and corpus.people == expected.people
    assert corpus.key_of("a", "p1") == corpus.key_of("c", "p1") == "азаров-дмитрий"
    assert corpus.key_of("b", "p1") == corpus.key_of("e", "p1") == "мурашко-михаил"
