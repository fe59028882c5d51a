import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ruskin.cli import main

from .conftest import SEED_FORUM, SEED_SESSION


def read_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    pages = tmp_path / "pages"
    (pages / "sub").mkdir(parents=True)
    shutil.copy(SEED_FORUM, pages / "a.txt")
    shutil.copy(SEED_SESSION, pages / "sub" / "b.txt")
    (pages / ".hidden.txt").write_text("скрытый", encoding="utf-8")
    return pages


def test_extract_a_folder_writes_one_document_per_file(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(folder), "-o", str(out), "-q"]) == 0
    lines = read_lines(out)
    assert [line["source"] for line in lines] == [str(folder / "a.txt"), str(folder / "sub" / "b.txt")]
    assert "Андрей Гнеушев" in {p["name"] for p in lines[0]["persons"]}


def test_extract_files_and_globs_in_the_order_given(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(folder / "sub" / "b.txt"), str(folder / "*.txt"), "-o", str(out), "-q"]) == 0
    assert [line["source"] for line in read_lines(out)] == [str(folder / "sub" / "b.txt"), str(folder / "a.txt")]


def test_unreadable_input_is_reported_and_the_rest_still_processed(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    missing = str(tmp_path / "missing.txt")
    status = main(["extract", missing, str(folder / "a.txt"), "-o", str(out), "-q"])
    assert status != 0
    assert missing in capsys.readouterr().err
    lines = read_lines(out)
    assert lines[0] == {"source": missing, "error": "FileNotFoundError: No such file or directory"}
    assert lines[1]["source"] == str(folder / "a.txt") and lines[1]["persons"]


def test_a_folder_instead_of_a_file_and_a_binary_file_are_errors(tmp_path: Path) -> None:
    binary = tmp_path / "photo.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(binary), "-o", str(out), "-q"]) == 1
    [line] = read_lines(out)
    assert line["source"] == str(binary) and line["error"].startswith("BinaryInputError")


def test_python_dash_m_reads_stdin_and_writes_stdout() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruskin", "extract", "-"],
        input="Губернатор Самарской области Дмитрий Азаров посетил Москву.",
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    [document] = [json.loads(line) for line in result.stdout.splitlines()]
    assert document["source"] == "-"
    assert [p["name"] for p in document["persons"]] == ["Дмитрий Азаров"]
    assert "1 processed" in result.stderr


def test_resume_skips_inputs_already_written_and_repairs_a_broken_last_line(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(folder / "a.txt"), "-o", str(out), "-q"]) == 0
    with out.open("a", encoding="utf-8") as file:
        file.write('{"text": "обрыв')
    assert main(["extract", str(folder), "-o", str(out), "-q", "--resume"]) == 0
    assert [line["source"] for line in read_lines(out)] == [str(folder / "a.txt"), str(folder / "sub" / "b.txt")]


def test_too_large_documents_are_error_records(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(folder / "a.txt"), "-o", str(out), "-q", "--max-chars", "100"]) == 1
    [line] = read_lines(out)
    assert line["error"].startswith("InputTooLargeError")


def test_body_only_drops_the_comments_of_a_scraped_page(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(folder / "sub" / "b.txt"), "-o", str(out), "-q", "--body-only"]) == 0
    [document] = read_lines(out)
    names = {p["name"] for p in document["persons"]}
    assert names == {"Алексей Кузьмицкий", "Юлия Бренер", "Дмитрий Азаров"}
    assert {m["zone"] for m in document["mentions"]} <= {"title", "body"}


def test_a_line_written_in_pieces_arrives_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """When the system takes fewer bytes than offered, the writer sends the rest, newline last."""
    import os

    from ruskin.io.output import JsonlWriter

    real_write = os.write

    def three_bytes_at_a_time(fd: int, parts: object) -> int:
        first = parts[0] if isinstance(parts, list) else parts  # type: ignore[index]
        return real_write(fd, bytes(first[:3]))

    monkeypatch.setattr(os, "writev", three_bytes_at_a_time, raising=False)
    monkeypatch.setattr(os, "write", three_bytes_at_a_time)
    path = tmp_path / "out.jsonl"
    with JsonlWriter(path) as writer:
        writer.write('{"source": "один"}')
        writer.write('{"source": "два"}')
    assert path.read_text(encoding="utf-8") == '{"source": "один"}\n{"source": "два"}\n'


@pytest.mark.parametrize(
    "arguments, says",
    [
        (["-o", "{tmp}/missing/out.jsonl"], "does not exist"),
        (["-o", "{tmp}"], "is a folder"),
        (["--jobs", "abc"], "whole number"),
        (["--jobs", "0"], "1 or more"),
        (["--max-chars", "1e6"], "whole number"),
        (["--doc-date", "05.07.2024"], "YYYY-MM-DD"),
        (["--resume"], "--resume needs -o"),
    ],
)
def test_a_usage_mistake_is_one_line_and_status_2(
    arguments: list[str], says: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Губернатор Самарской области Дмитрий Азаров посетил Москву.", encoding="utf-8")
    assert main(["extract", str(page), "-q", *(a.format(tmp=tmp_path) for a in arguments)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("ruskin extract: error: ")
    assert says in err and "Traceback" not in err
    assert "_positive" not in err and "parse_doc_date" not in err and "_doc_date" not in err


def test_a_usage_mistake_from_the_shell_prints_no_traceback(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruskin", "extract", "-", "-o", str(tmp_path / "no" / "out.jsonl")],
        input="Текст.", capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1


def test_debug_keeps_the_traceback_in_the_error_record(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    missing = str(tmp_path / "missing.txt")
    assert main(["extract", missing, str(folder / "a.txt"), "-o", str(out), "-q", "--debug"]) == 1
    error, document = read_lines(out)
    assert error["error"] == "FileNotFoundError: No such file or directory"
    assert error["traceback"].startswith("Traceback (most recent call last):")
    assert "FileNotFoundError" in error["traceback"] and "read_source" in error["traceback"]
    assert "traceback" not in document


def test_a_failed_input_is_logged_through_logging(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    missing = str(tmp_path / "missing.txt")
    with caplog.at_level("WARNING", logger="ruskin"):
        assert main(["extract", missing, "-o", str(tmp_path / "out.jsonl"), "-q"]) == 1
    [record] = [r for r in caplog.records if r.name.startswith("ruskin")]
    assert record.levelname == "WARNING" and missing in record.getMessage()
