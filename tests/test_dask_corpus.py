"""ruskin.dask.corpus_of on a two-worker LocalCluster: the Corpus of the whole bag, whatever the partitions."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ruskin import Corpus, Pipeline

from .conftest import ROOT

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


def test_the_cluster_recipe_runs_as_written(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    pytest.importorskip("pyarrow")
    page = (ROOT / "docs" / "cluster.md").read_text(encoding="utf-8")
    section = page[page.index("### Building a corpus on the cluster") :]
    script = re.search(r"^```python\n(.*?)^```$", section, flags=re.S | re.M)
    assert script is not None
    (tmp_path / "corpus_on_dask.py").write_text(script.group(1), encoding="utf-8")
    (tmp_path / "news").mkdir()
    for source, text in TEXTS:
        (tmp_path / "news" / f"{source}.txt").write_text(text, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run(
        [sys.executable, "corpus_on_dask.py", "news", "out"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == "5 documents, 3 people"
    lines = [line for path in sorted((tmp_path / "out").glob("*.jsonl")) for line in path.read_text("utf-8").splitlines()]
    assert len(lines) == 5 and all('"tokens"' not in line for line in lines)
    assert (tmp_path / "out" / "people.parquet").stat().st_size > 0
    duckdb = pytest.importorskip("duckdb")
    from ruskin.cli import main

    files = [str(path) for path in sorted((tmp_path / "out").glob("*.jsonl"))]
    assert main(["corpus", *files, "--duckdb", str(tmp_path / "news.duckdb"), "-q"]) == 0
    with duckdb.connect(str(tmp_path / "news.duckdb"), read_only=True) as connection:
        assert connection.execute("select count(*) from people").fetchone() == (3,)
