import datetime as dt
import re

import pytest

import ruskin
from ruskin import Document, InputError, InputTypeError, Pipeline


@pytest.mark.parametrize("text", ["", " ", "\n\n\t  \n", "\u00a0\u2003"])
def test_empty_or_whitespace_text_gives_an_empty_document(pipeline: Pipeline, text: str) -> None:
    document = pipeline(text)
    assert document.text == text
    assert (document.sentences, document.tokens, document.mentions, document.persons) == ((), (), (), ())


@pytest.mark.parametrize("value, name", [(None, "NoneType"), (b"bytes", "bytes"), (42, "int"), (["text"], "list")])
def test_a_non_string_raises_type_error_naming_it(value: object, name: str) -> None:
    with pytest.raises(TypeError, match=name) as caught:
        ruskin.extract(value)  # type: ignore[arg-type]
    assert isinstance(caught.value, InputTypeError)


@pytest.mark.parametrize(
    "given, expected",
    [(None, None), ("2019-06-20", dt.date(2019, 6, 20)), (dt.date(2024, 4, 23), dt.date(2024, 4, 23)),
     (dt.datetime(2025, 3, 14, 19, 26), dt.date(2025, 3, 14))],
)
def test_doc_date_is_kept(pipeline: Pipeline, given: object, expected: dt.date | None) -> None:
    assert pipeline("Текст.", doc_date=given).doc_date == expected  # type: ignore[arg-type]


def test_a_bad_doc_date_is_a_value_error(pipeline: Pipeline) -> None:
    with pytest.raises(ValueError) as caught:
        pipeline("Текст.", doc_date="20 июня")
    assert isinstance(caught.value, InputError)


def test_extract_answers_the_quickstart_example() -> None:
    document = ruskin.extract("Губернатор Самарской области Дмитрий Азаров посетил Москву.")
    assert isinstance(document, Document)
    [person] = document.persons
    assert (person.name, person.first, person.last) == ("Дмитрий Азаров", "Дмитрий", "Азаров")


def test_pipe_keeps_order_and_matches_single_calls(pipeline: Pipeline) -> None:
    texts = [
        "Губернатор Самарской области Дмитрий Азаров посетил Москву.",
        "",
        "Алексей Кузьмицкий выступил в Нижнем Новгороде.",
        "Юлия Бренер сделала доклад.",
    ]
    piped = list(pipeline.pipe(texts, batch_size=3))
    assert [d.text for d in piped] == texts
    assert piped == [pipeline(text) for text in texts]


def test_pipe_accepts_a_generator_and_sources(pipeline: Pipeline) -> None:
    texts = (f"Документ номер {n}." for n in range(5))
    sources = [f"doc{n}.txt" for n in range(5)]
    documents = list(pipeline.pipe(texts, sources=sources, batch_size=2))
    assert [d.source for d in documents] == sources


def test_a_bad_text_inside_pipe_names_its_type(pipeline: Pipeline) -> None:
    with pytest.raises(InputTypeError, match="int"):
        list(pipeline.pipe(["Текст.", 5]))  # type: ignore[list-item]


def test_pipe_refuses_doc_dates_or_sources_of_another_length(pipeline: Pipeline) -> None:
    with pytest.raises(InputError, match="same length"):
        list(pipeline.pipe(["Первый.", "Второй."], doc_dates=["2024-01-01"]))
    with pytest.raises(InputError, match="same length"):
        list(pipeline.pipe(["Первый."], sources=["a.txt", "b.txt"]))


def test_output_does_not_depend_on_the_hash_seed() -> None:
    """Workers of --jobs N run with their own hash seeds: no set order may decide a record."""
    import os
    import subprocess
    import sys

    from .conftest import SAMPLES

    script = "import ruskin, sys; print(''.join(ruskin.extract(open(p, encoding='utf-8').read()).model_dump_json() for p in sys.argv[1:]))"
    paths = [str(p) for p in sorted(SAMPLES.glob("*.txt"))]
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script, *paths], capture_output=True, text=True, timeout=300, check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1


@pytest.mark.parametrize(
    "arguments, says",
    [
        ({"texts": "Мэр Москвы Сергей Собянин открыл парк."}, "for one text call pipeline(text)"),
        ({"texts": ["Текст."], "doc_dates": "2024-05-07"}, "one date per text"),
        ({"texts": ["Текст."], "doc_dates": dt.date(2024, 5, 7)}, "one date per text"),
        ({"texts": ["Текст."], "sources": "page.txt"}, "one source name per text"),
    ],
)
def test_pipe_given_one_string_says_what_to_pass(pipeline: Pipeline, arguments: dict, says: str) -> None:
    with pytest.raises(InputTypeError, match=re.escape(says)):
        list(pipeline.pipe(**arguments))


def test_extract_files_takes_one_folder(tmp_path) -> None:  # type: ignore[no-untyped-def]
    for name, text in [("a.txt", "Мэр Москвы Сергей Собянин открыл парк."), ("b.txt", "Текст.")]:
        (tmp_path / name).write_text(text, encoding="utf-8")
    for given in (str(tmp_path), tmp_path):
        results = list(ruskin.extract_files(given))
        assert [type(r).__name__ for r in results] == ["Document", "Document"]
        assert [r.source for r in results] == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]


@pytest.mark.parametrize("given", [b"folder", 5, [b"folder"]])
def test_extract_files_says_paths_are_str_or_path(given: object) -> None:
    with pytest.raises(InputTypeError, match="str or pathlib.Path"):
        list(ruskin.extract_files(given))  # type: ignore[arg-type]


def test_extract_files_debug_keeps_tracebacks_and_logs(tmp_path, caplog) -> None:  # type: ignore[no-untyped-def]
    missing = str(tmp_path / "missing.txt")
    [plain] = ruskin.extract_files([missing])
    with caplog.at_level("DEBUG", logger="ruskin"):
        [debugged] = ruskin.extract_files([missing], debug=True)
    assert isinstance(plain, ruskin.ErrorRecord) and plain.traceback is None
    assert debugged.error == plain.error and "FileNotFoundError" in (debugged.traceback or "")
    assert any(r.name == "ruskin.batch" and missing in r.getMessage() and r.exc_info for r in caplog.records)


def test_the_library_writes_nothing_to_stderr_by_itself(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    code = f"import ruskin; print(type(next(ruskin.extract_files([{str(tmp_path / 'missing.txt')!r}]))).__name__)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.stdout.strip() == "ErrorRecord" and done.stderr == ""
