"""``ruskin corpus``: Parquet tables and a DuckDB file with typed columns that join by key."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from ruskin.cli import main
from ruskin.errors import MissingExtraError
from ruskin.records import Document, ErrorRecord

pa = pytest.importorskip("pyarrow")
duckdb = pytest.importorskip("duckdb")
parquet = pytest.importorskip("pyarrow.parquet")

from ruskin.corpus.store import TABLES, arrow_tables  # noqa: E402

TEXTS = {
    "a.txt": "Губернатор Самарской области Дмитрий Азаров 12 мая 2021 года открыл форум в Самаре.",
    "b.txt": "Дмитрий Игоревич Азаров провёл совещание с министром здравоохранения региона Армаисом Бенияном.",
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("news")
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    out = folder / "out.jsonl"
    missing = str(folder / "missing.txt")
    assert main(["extract", str(folder / "a.txt"), str(folder / "b.txt"), missing, "-o", str(out), "-q",
                 "--no-tokens", "--doc-date", "2021-05-12"]) == 1
    return out


@pytest.fixture(scope="module")
def written(extracted: Path) -> tuple[Path, Path]:
    folder, database = extracted.parent / "tables", extracted.parent / "corpus.duckdb"
    assert main(["corpus", str(extracted), "--parquet", str(folder), "--duckdb", str(database), "-q"]) == 0
    return folder, database


def test_one_parquet_file_per_table(written: tuple[Path, Path]) -> None:
    folder, _ = written
    assert sorted(p.stem for p in folder.glob("*.parquet")) == sorted(TABLES)


def test_columns_are_typed(written: tuple[Path, Path]) -> None:
    folder, _ = written
    documents = parquet.read_table(folder / "documents.parquet")
    assert documents.schema.field("doc_date").type == pa.date32()
    assert documents.column("doc_date").to_pylist()[:2] == [dt.date(2021, 5, 12)] * 2
    assert documents.column("error").to_pylist()[2].startswith("FileNotFoundError")
    mentions = parquet.read_table(folder / "mentions.parquet")
    assert pa.types.is_dictionary(mentions.schema.field("type").type)
    assert mentions.schema.field("start").type == pa.int64()
    people = parquet.read_table(folder / "people.parquet")
    assert people.schema.field("first_seen").type == pa.date32()


def test_the_database_answers_the_join(written: tuple[Path, Path]) -> None:
    _, database = written
    with duckdb.connect(str(database), read_only=True) as connection:
        rows = connection.execute(
            "select name, title, source from positions join people using (person_key) where region_code = 'RU-SAM'"
        ).fetchall()
        kinds = connection.execute("select data_type from information_schema.columns "
                                   "where table_name = 'positions' and column_name = 'status'").fetchone()
    assert ("Дмитрий Игоревич Азаров", "губернатор Самарской области") in {(n, t) for n, t, _ in rows}
    assert kinds is not None and kinds[0].startswith("ENUM")


def test_one_person_key_across_the_two_documents(written: tuple[Path, Path]) -> None:
    folder, _ = written
    persons = parquet.read_table(folder / "persons.parquet").to_pylist()
    azarov = {row["source"].rsplit("/", 1)[-1]: row["person_key"] for row in persons if "Азаров" in row["name"]}
    assert azarov == {"a.txt": "азаров-дмитрий", "b.txt": "азаров-дмитрий"}


def test_tables_from_documents_and_errors_in_python() -> None:
    document = Document(text="Текст.", source="x")
    tables = arrow_tables([document, ErrorRecord(source="y", error="InputError: empty")])
    assert tables["documents"].num_rows == 2 and tables["people"].num_rows == 0


def test_missing_input_and_missing_extra(tmp_path: Path, extracted: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["corpus", str(tmp_path / "none.jsonl"), "--duckdb", str(tmp_path / "x.duckdb")]) == 2
    monkeypatch.setitem(sys.modules, "duckdb", None)
    assert main(["corpus", str(extracted), "--duckdb", str(tmp_path / "x.duckdb")]) == 2
    assert 'pip install "ruskin[corpus]"' in capsys.readouterr().err
    with pytest.raises(MissingExtraError):
        from ruskin.corpus.store import write_duckdb

        write_duckdb({}, tmp_path / "y.duckdb")


def test_tables_written_a_chunk_at_a_time_equal_the_tables_in_memory(
    extracted: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ruskin.corpus import store
    from ruskin.corpus.command import read_items

    monkeypatch.setattr(store, "CHUNK", 1)
    counts = store.write_tables(lambda: read_items(extracted), parquet=tmp_path / "t", database=tmp_path / "c.duckdb")
    expected = store.arrow_tables(read_items(extracted))
    assert counts == {name: table.num_rows for name, table in expected.items()}
    for name, table in expected.items():
        assert parquet.read_table(tmp_path / "t" / f"{name}.parquet").to_pylist() == table.to_pylist(), name
    with duckdb.connect(str(tmp_path / "c.duckdb"), read_only=True) as connection:
        mentions = connection.execute("select count(*) from mentions").fetchone()
        kind = connection.execute("select data_type from information_schema.columns "
                                  "where table_name = 'mentions' and column_name = 'type'").fetchone()
    assert mentions == (expected["mentions"].num_rows,) and kind is not None and kind[0].startswith("ENUM")


def test_an_unreadable_input_leaves_no_database(tmp_path: Path) -> None:
    assert main(["corpus", str(tmp_path / "none.jsonl"), "--duckdb", str(tmp_path / "x.duckdb"), "-q"]) == 2
    assert not (tmp_path / "x.duckdb").exists()


def test_several_files_make_one_corpus(extracted: Path, tmp_path: Path) -> None:
    lines = extracted.read_text(encoding="utf-8").splitlines()
    first, second = tmp_path / "0.jsonl", tmp_path / "1.jsonl"
    first.write_text(lines[0] + "\n", encoding="utf-8")
    second.write_text("\n".join(lines[1:]) + "\n", encoding="utf-8")
    assert main(["corpus", str(first), str(second), "--parquet", str(tmp_path / "t"), "-q"]) == 0
    people = parquet.read_table(tmp_path / "t" / "people.parquet").to_pylist()
    assert [(p["person_key"], p["documents"]) for p in people if p["person_key"] == "азаров-дмитрий"] == [
        ("азаров-дмитрий", 2)
    ]
