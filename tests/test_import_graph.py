"""No import circles inside the ruskin package.

The graph has an edge for every explicit ``import`` or ``from ... import`` of a ruskin module,
at module level or inside a function, relative imports resolved. Imports under
``if TYPE_CHECKING:`` are left out (they never run), and so are the parent packages Python
imports implicitly; ``from pkg import name`` where ``name`` is a submodule counts as importing
that submodule, and as importing ``pkg`` otherwise.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

import ruskin

PACKAGE = Path(ruskin.__file__).parent


def module_files() -> dict[str, Path]:
    """Every module of ruskin by its dotted name (a package by its own name, for its ``__init__``)."""
    names = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def _type_checking(test: ast.expr) -> bool:
    """True for ``TYPE_CHECKING`` and ``typing.TYPE_CHECKING``."""
    if isinstance(test, ast.Name):
        return test.id == "TYPE_CHECKING"
    return isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"


def _statements(nodes: Sequence[ast.AST]) -> Iterator[ast.Import | ast.ImportFrom]:
    """The import statements among and under ``nodes``, leaving out ``if TYPE_CHECKING:`` bodies."""
    for node in nodes:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        elif isinstance(node, ast.If) and _type_checking(node.test):
            yield from _statements(node.orelse)
        else:
            yield from _statements(list(ast.iter_child_nodes(node)))


def _origin(module: str, package: bool, statement: ast.ImportFrom) -> str:
    """The absolute name a ``from ... import`` statement imports from."""
    if not statement.level:
        return statement.module or ""
    parts = module.split(".")
    if not package:
        parts.pop()
    parts = parts[: len(parts) - (statement.level - 1)]
    return ".".join([*parts, *([statement.module] if statement.module else [])])


def imports_of(module: str, source: str, modules: set[str], *, package: bool = False) -> set[str]:
    """The modules among ``modules`` that ``module`` (its code ``source``) imports explicitly."""
    found = set()
    for statement in _statements(ast.parse(source).body):
        if isinstance(statement, ast.Import):
            found.update(alias.name for alias in statement.names)
            continue
        origin = _origin(module, package, statement)
        for alias in statement.names:
            submodule = f"{origin}.{alias.name}"
            found.add(submodule if submodule in modules else origin)
    return {name for name in found if name in modules and name != module}


def import_graph() -> dict[str, set[str]]:
    """Each ruskin module and the ruskin modules it imports."""
    files = module_files()
    return {
        module: imports_of(module, path.read_text(encoding="utf-8"), set(files), package=path.name == "__init__.py")
        for module, path in files.items()
    }


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of the graph as a list of modules, the first repeated last; None if there is none."""
    done: set[str] = set()
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        path.append(node)
        for target in sorted(graph[node]):
            if target in path:
                return [*path[path.index(target) :], target]
            if target not in done and (cycle := visit(target)):
                return cycle
        path.pop()
        done.add(node)
        return None

    for node in sorted(graph):
        if node not in done and (cycle := visit(node)):
            return cycle
    return None


MODULES = {"pkg", "pkg.a", "pkg.b", "pkg.sub", "pkg.sub.c"}


@pytest.mark.parametrize(
    "module, source, expected",
    [
        ("pkg.a", "import pkg.b", {"pkg.b"}),
        ("pkg.a", "from .b import thing", {"pkg.b"}),
        ("pkg.a", "from . import b", {"pkg.b"}),
        ("pkg.a", "from . import thing", {"pkg"}),
        ("pkg.sub.c", "from ..a import thing", {"pkg.a"}),
        ("pkg.sub.c", "from .. import sub", {"pkg.sub"}),
        ("pkg.a", "def f():\n    from .b import thing", {"pkg.b"}),
        ("pkg.a", "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .b import B", set()),
        ("pkg.a", "import typing\nif typing.TYPE_CHECKING:\n    from .b import B\nelse:\n    from .sub import c", {"pkg.sub.c"}),
        ("pkg.a", "import os\nfrom pydantic import BaseModel", set()),
    ],
)
def test_imports_of(module: str, source: str, expected: set[str]) -> None:
    assert imports_of(module, source, MODULES) == expected


def test_imports_of_a_package_resolve_from_the_package() -> None:
    assert imports_of("pkg.sub", "from .c import thing\nfrom ..a import other", MODULES, package=True) == {"pkg.sub.c", "pkg.a"}


def test_find_cycle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None
    assert find_cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) is None
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]


def test_the_graph_covers_every_module() -> None:
    graph = import_graph()
    assert {"ruskin", "ruskin.records", "ruskin.views.notebook", "ruskin.io.lines"} <= set(graph)
    assert "ruskin.errors" in graph["ruskin"]


def test_no_import_cycles() -> None:
    cycle = find_cycle(import_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])
