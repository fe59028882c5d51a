"""docs/cluster.md's recipes run as written: the dask script on a LocalCluster, the Spark functions
with pandas, and the whole Spark script on a local Spark when asked (RUSKIN_SPARK=1)."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ruskin import Document, Pipeline

from .conftest import ROOT, SAMPLES
from .test_docs import fenced

BLOCKS = fenced("cluster.md", "python")
[DASK_SCRIPT] = [block for block in BLOCKS if "LocalCluster" in block and "corpus_of" not in block]
[BAG_EXAMPLE] = [block for block in BLOCKS if "from_sequence" in block]
[SPARK_SCRIPT] = [block for block in BLOCKS if "pyspark" in block]

OWN_TEXTS = [
    f"{number} мая глава {city} {name} провёл совещание с министром финансов."
    for number, (city, name) in enumerate(
        [("Самары", "Елена Лапушкина"), ("Казани", "Ильсур Метшин"), ("Перми", "Эдуард Соснин")] * 6, 1
    )
]

# A worker preload (dask's distributed.worker.preload): ruskin.dask.extract_partition, as the
# workers' tasks find it, writes the size of each partition it extracts to a file.
COUNTER = '''
import functools
import os

import ruskin.dask

# A worker may import this file twice: wrap the function itself, never the wrapper.
_extract_partition = getattr(ruskin.dask.extract_partition, "__wrapped__", ruskin.dask.extract_partition)


@functools.wraps(_extract_partition)
def counted(items, **options):
    items = list(items)
    with open(os.environ["RUSKIN_COUNT_FILE"], "a", encoding="utf-8") as file:
        file.write(f"{len(items)}\\n")
    return _extract_partition(items, **options)


ruskin.dask.extract_partition = counted


def dask_setup(worker):
    pass
'''


def _needs_dask() -> None:
    pytest.importorskip("distributed", reason='needs the dask extra: pip install "ruskin[dask]"')
    pytest.importorskip("dask.bag", reason='needs the dask extra: pip install "ruskin[dask]"')


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the two sample pages and 18 short texts of our own: two partitions."""
    folder = tmp_path_factory.mktemp("recipe")
    (folder / "news").mkdir()
    for page in SAMPLES.glob("*.txt"):
        shutil.copy(page, folder / "news" / page.name)
    for number, text in enumerate(OWN_TEXTS):
        (folder / "news" / f"own_{number:02}.txt").write_text(text, encoding="utf-8")
    return folder


def test_the_dask_script_runs_and_extracts_each_document_once(news: Path, pipeline: Pipeline) -> None:
    _needs_dask()
    (news / "extract_news.py").write_text(DASK_SCRIPT, encoding="utf-8")
    (news / "count_extractions.py").write_text(COUNTER, encoding="utf-8")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(news)]),
        "DASK_DISTRIBUTED__WORKER__PRELOAD": json.dumps([str(news / "count_extractions.py")]),
        "RUSKIN_COUNT_FILE": str(news / "extractions.txt"),
    }
    done = subprocess.run([sys.executable, "extract_news.py"], cwd=news, env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    parts = sorted((news / "out").glob("*.jsonl"), key=lambda path: int(path.stem))
    assert len(parts) == 2
    assert all(part.read_bytes().endswith(b"}\n") for part in parts)  # `cat` keeps one document a line
    lines = "".join(part.read_text(encoding="utf-8") for part in parts).splitlines()
    documents = [Document.model_validate_json(line) for line in lines]
    sources = sorted(str(Path("news") / path.name) for path in (news / "news").iterdir())
    assert [d.source for d in documents] == sources
    expected = [pipeline(d.text, source=d.source) for d in documents]
    assert [d.model_copy(update={"encoding": None}) for d in documents] == expected
    with open(news / "people.csv", encoding="utf-8", newline="") as file:
        people = [(row["source"], row["person"], row["name"]) for row in csv.DictReader(file)]
    assert people == [(d.source, p.id, p.name) for d in expected for p in d.persons] and len(people) > 18
    extractions = [int(size) for size in (news / "extractions.txt").read_text(encoding="utf-8").split()]
    assert len(extractions) == len(parts) and sum(extractions) == len(documents)  # each partition once


def test_the_bag_of_texts_example_runs_on_a_local_cluster(pipeline: Pipeline) -> None:
    _needs_dask()
    import distributed

    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, distributed.Client(cluster):
        namespace: dict[str, object] = {}
        exec(compile(BAG_EXAMPLE, "docs/cluster.md", "exec"), namespace)
    documents = namespace["documents"]
    assert isinstance(documents, list) and [d.source for d in documents] == ["1", "2"]
    assert [p.name for p in documents[0].persons] == ["Сергей Собянин"]
    assert documents[1] == pipeline(documents[1].text, source="2", doc_date="2024-05-07")


@pytest.fixture(scope="module")
def spark_functions() -> dict[str, object]:
    pytest.importorskip("pandas")
    namespace: dict[str, object] = {"__name__": "spark_recipe"}  # not __main__: main() does not run
    exec(compile(SPARK_SCRIPT, "docs/cluster.md", "exec"), namespace)
    return namespace


def test_the_spark_udf_gives_one_document_per_row_aligned(spark_functions: dict, pipeline: Pipeline) -> None:
    import pandas as pd

    texts = pd.Series(["Мэр Москвы Сергей Собянин открыл парк.", None, OWN_TEXTS[0]], index=[7, 8, 9])
    batches: Iterator[pd.Series] = spark_functions["ruskin_json"](iter([texts, texts[:1]]))
    first, second = list(batches)
    assert list(first.index) == [7, 8, 9] and list(second.index) == [7]
    documents = [Document.model_validate_json(line) for line in first]
    assert documents == [pipeline("" if pd.isna(text) else text) for text in texts]


def test_the_spark_persons_function_keys_rows_by_id(spark_functions: dict, pipeline: Pipeline) -> None:
    import pandas as pd

    lines = [pipeline(text).model_dump_json() for text in OWN_TEXTS[:3]]
    frame = pd.DataFrame({"id": [11, 12, 13], "document": lines})
    [people] = list(spark_functions["persons"](iter([frame])))
    assert list(people.columns) == ["id", "person", "name"]
    expected = [(key, p.id, p.name) for key, line in zip(["11", "12", "13"], lines)
                for p in Document.model_validate_json(line).persons]
    assert list(people.itertuples(index=False, name=None)) == expected and len(expected) >= 3


@pytest.mark.skipif(os.environ.get("RUSKIN_SPARK") != "1", reason="set RUSKIN_SPARK=1 to run on a local Spark")
def test_the_spark_script_runs_on_several_partitions(tmp_path: Path, pipeline: Pipeline) -> None:
    pytest.importorskip("pyspark")
    import pandas as pd

    texts = [*(page.read_text(encoding="utf-8") for page in sorted(SAMPLES.glob("*.txt"))), *OWN_TEXTS]
    pd.DataFrame({"id": [f"n{i}" for i in range(len(texts))], "text": texts}).to_parquet(tmp_path / "news.parquet")
    (tmp_path / "spark_news.py").write_text(SPARK_SCRIPT, encoding="utf-8")
    paths = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "PYTHONPATH": paths, "PYSPARK_PYTHON": sys.executable}
    done = subprocess.run([sys.executable, "spark_news.py"], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    parts = list((tmp_path / "news_ruskin.parquet").glob("part-*.parquet"))
    assert len(parts) >= 2  # the work was spread, not done by one task
    result = pd.read_parquet(tmp_path / "news_ruskin.parquet").set_index("id").loc[[f"n{i}" for i in range(len(texts))]]
    assert [Document.model_validate_json(line) for line in result["document"]] == [pipeline(t) for t in texts]
    people = pd.read_parquet(tmp_path / "people.parquet")
    assert len(people) == sum(len(pipeline(t).persons) for t in texts)
