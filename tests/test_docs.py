"""The documentation: the tutorial notebook runs, the site builds strictly, the examples work."""

from __future__ import annotations

import doctest
import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ruskin.gazetteers.gazetteer import load_table

from .conftest import ROOT

DOCS = ROOT / "docs"
NOTEBOOK = DOCS / "tutorial.ipynb"
SITE_PACKAGES = ("mkdocs", "material", "mkdocstrings", "mkdocstrings_handlers.python")
NOTEBOOK_PACKAGES = ("nbclient", "nbformat", "ipykernel")


def missing(modules: tuple[str, ...]) -> list[str]:
    """The modules of ``modules`` that are not installed."""
    return [name for name in modules if _find_spec(name) is None]


def _find_spec(name: str) -> object:
    try:
        return importlib.util.find_spec(name)
    except ModuleNotFoundError:
        return None


def fenced(page: str, language: str) -> list[str]:
    """The contents of the ``language`` code blocks of a docs page."""
    text = (DOCS / page).read_text(encoding="utf-8")
    return re.findall(rf"^```{language}\n(.*?)^```$", text, flags=re.S | re.M)


def notebook_cells() -> list[dict[str, object]]:
    """The cells of the tutorial notebook, read as plain JSON."""
    return json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]


def source(cell: dict[str, object]) -> str:
    """A notebook cell's source as one string."""
    text = cell["source"]
    return text if isinstance(text, str) else "".join(text)  # type: ignore[arg-type]


@pytest.mark.skipif(bool(missing(NOTEBOOK_PACKAGES)), reason=f"not installed: {missing(NOTEBOOK_PACKAGES)}")
def test_tutorial_notebook_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    import nbclient
    import nbformat

    # The kernel is this interpreter (jupyter_client runs ipykernel's "python3" spec with
    # sys.executable) and imports ruskin from this checkout, from docs/ as its folder.
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        notebook, kernel_name="python3", timeout=120, resources={"metadata": {"path": str(DOCS)}}
    )
    try:
        client.execute()
    except nbclient.exceptions.CellExecutionError as error:
        pytest.fail(f"docs/tutorial.ipynb failed:\n{error}")
    errors = [o for cell in notebook.cells for o in cell.get("outputs", []) if o.output_type == "error"]
    assert errors == []
    assert any("text/html" in o.get("data", {}) for cell in notebook.cells for o in cell.get("outputs", []))


@pytest.mark.skipif(bool(missing(SITE_PACKAGES)), reason=f"not installed: {missing(SITE_PACKAGES)}")
def test_site_builds_strictly(tmp_path: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site")]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"mkdocs build --strict failed:\n{done.stdout}\n{done.stderr}"
    api = (tmp_path / "site" / "api" / "index.html").read_text(encoding="utf-8")
    assert 'id="ruskin.extract"' in api and 'id="ruskin.Document"' in api


def test_notebook_is_kept_without_outputs() -> None:
    code = [cell for cell in notebook_cells() if cell["cell_type"] == "code"]
    assert code
    assert [cell["outputs"] for cell in code] == [[] for _ in code]
    assert {cell["execution_count"] for cell in code} == {None}


def test_tutorial_page_mirrors_the_notebook() -> None:
    page = (DOCS / "tutorial.md").read_text(encoding="utf-8")
    absent = [source(cell)[:60] for cell in notebook_cells() if source(cell).strip() not in page]
    assert absent == [], "docs/tutorial.md is stale: run python docs/tools/render_tutorial.py"


@pytest.mark.parametrize("block", fenced("quickstart.md", "python"))
def test_quickstart_python_runs(block: str) -> None:
    exec(compile(block, "docs/quickstart.md", "exec"), {})


@pytest.mark.parametrize("page", ["index.md"])
def test_page_examples(page: str) -> None:
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    for number, block in enumerate(fenced(page, "python")):
        runner.run(parser.get_doctest(block, {}, f"{page}[{number}]", page, 0))
    results = runner.summarize(verbose=False)
    assert results.attempted > 0
    assert results.failed == 0


def gazetteer_headers() -> list[tuple[str, str]]:
    """``(table, header)`` pairs of the tables of docs/gazetteers.md: "| `regions.tsv` | `key  name ...` |"."""
    text = (DOCS / "gazetteers.md").read_text(encoding="utf-8")
    return re.findall(r"^\| `(\w+)\.tsv` \| `([^`]+)` \|", text, flags=re.M)


@pytest.mark.parametrize("table, header", gazetteer_headers())
def test_gazetteer_page_names_the_real_columns(table: str, header: str) -> None:
    assert list(load_table(table)[0]) == header.split()


def test_gazetteer_page_rows_are_real_rows() -> None:
    rows = [line for block in fenced("gazetteers.md", "tsv") for line in block.splitlines()]
    data = {line for path in (ROOT / "ruskin" / "data").glob("*.tsv") for line in path.read_text("utf-8").splitlines()}
    assert rows
    assert [row for row in rows if row not in data] == []


def test_records_page_renders_types_without_a_backslash() -> None:
    markdown = pytest.importorskip("markdown", reason="needs mkdocs (the dev extra)")
    page = markdown.markdown((DOCS / "records.md").read_text(encoding="utf-8"), extensions=["tables", "attr_list"])
    cells = re.findall(r"<td>(.*?)</td>", page)
    assert "\\|" not in page
    assert cells.count("<code>str &#124; None</code>") >= 20  # shown as: str | None
    rows = re.findall(r"<tr>(.*?)</tr>", page, flags=re.S)
    assert all(row.count("<td>") in (0, 3) for row in rows)  # no cell split at the |
