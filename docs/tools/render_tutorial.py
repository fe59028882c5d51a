"""Execute docs/tutorial.ipynb and write docs/tutorial.md from it, with the real outputs.

Run it after editing the notebook or when ruskin's output changes::

    python docs/tools/render_tutorial.py

Markdown cells are copied, code cells become ``python`` blocks and their text outputs
``text`` blocks. A code cell whose metadata has ``{"docs": {"image": ..., "alt": ...}}``
is shown by that image instead; with chromium on the PATH the image is refreshed from
the cell's HTML output, and ``img/all-records.png`` (shown in a Markdown cell) from the
document with every kind of record that ``tests/test_display.py`` builds by hand. The
notebook itself stays without outputs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import nbclient
import nbformat

DOCS = Path(__file__).resolve().parents[1]
ROOT = DOCS.parent
NOTEBOOK = DOCS / "tutorial.ipynb"
PAGE = DOCS / "tutorial.md"
WIDTH = 960
MAX_HEIGHT = 2600  # the screenshot shows the top of a long display: the tables, then the text
ALL_RECORDS = DOCS / "img" / "all-records.png"

NOTE = (
    "<!-- Generated from tutorial.ipynb by docs/tools/render_tutorial.py: edit the notebook, "
    "then rerun the script. -->"
)
DOWNLOAD = (
    "The notebook is [tutorial.ipynb](tutorial.ipynb); the outputs below are real, "
    "captured by running it."
)


def execute(path: Path) -> Any:
    """The notebook at ``path``, run from ``docs/`` with this checkout's ruskin."""
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    notebook = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        notebook, kernel_name="python3", timeout=300, resources={"metadata": {"path": str(DOCS)}}
    )
    client.execute()
    return notebook


def fence(language: str, text: str) -> str:
    """``text`` as a fenced code block."""
    return f"```{language}\n{text.rstrip()}\n```"


def output_text(output: Any) -> str:
    """The plain text of one output: a stream, or a result's ``text/plain``."""
    if output.output_type == "stream":
        return str(output.text)
    return str(output.get("data", {}).get("text/plain", "")) + "\n"


def cell_markdown(cell: Any) -> str:
    """One cell as Markdown: its source, then its outputs or its image."""
    if cell.cell_type == "markdown":
        return str(cell.source)
    parts = [fence("python", cell.source)]
    image = cell.metadata.get("docs", {})
    if image:
        parts.append(f"![{image.get('alt', '')}]({image['image']})")
    elif text := "".join(output_text(output) for output in cell.outputs).strip("\n"):
        parts.append(fence("text", text))
    return "\n\n".join(parts)


def page(notebook: Any) -> str:
    """The whole tutorial page: the note, the first cell (the title), the download line, the rest."""
    cells = [cell_markdown(cell) for cell in notebook.cells]
    return "\n\n".join([NOTE, cells[0], DOWNLOAD, *cells[1:]]) + "\n"


def screenshot(html: str, target: Path) -> None:
    """Render ``html`` in headless chromium (at most ``MAX_HEIGHT`` high) and save it as ``target``."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if browser is None:
        print(f"no chromium on the PATH: {target.name} left as it is")
        return
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "page.html"
        source.write_text(_standalone(html), encoding="utf-8")
        command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]
        dom = subprocess.run([*command, "--dump-dom", source.as_uri()], capture_output=True, text=True, check=True)
        height = int(dom.stdout.split("<title>")[1].split("</title>")[0])
        size = f"--window-size={WIDTH},{min(height + 24, MAX_HEIGHT)}"
        subprocess.run([*command, size, f"--screenshot={target}", source.as_uri()], capture_output=True, check=True)
    print(f"wrote {target.relative_to(ROOT)}")


def _standalone(html: str) -> str:
    """A page around the display's HTML whose title becomes its height once rendered."""
    measure = "<script>document.title = document.documentElement.scrollHeight</script>"
    style = "margin:12px;font-family:sans-serif;font-size:14px;background:#fff;color:#1a1a1a"
    return f'<!doctype html><meta charset="utf-8"><title></title><body style="{style}">{html}{measure}</body>'


def all_records_html() -> str:
    """The display of the hand-built document with every kind of record (``tests/test_display.py``),
    given the sentences ruskin finds in its text (it has none, and text in no sentence is shown
    collapsed, as left out of the page's zones)."""
    sys.path.insert(0, str(ROOT))
    import ruskin
    from tests.test_display import handbuilt

    document = handbuilt()
    return document.model_copy(update={"sentences": ruskin.extract(document.text).sentences}).to_html()


def main() -> None:
    """Execute the notebook, write the page and refresh the screenshots."""
    notebook = execute(NOTEBOOK)
    PAGE.write_text(page(notebook), encoding="utf-8")
    print(f"wrote {PAGE.relative_to(ROOT)}")
    for cell in notebook.cells:
        image = cell.get("metadata", {}).get("docs", {}).get("image")
        html = [o.data["text/html"] for o in cell.get("outputs", []) if "text/html" in o.get("data", {})]
        if image and html:
            screenshot(html[0], DOCS / image)
    screenshot(all_records_html(), ALL_RECORDS)


if __name__ == "__main__":
    main()
