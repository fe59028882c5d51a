"""Public API hygiene: an explicit ``__all__``, docstrings on everything public, the exception tree, mypy."""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import pkgutil
import re
import subprocess
import sys
from collections.abc import Iterator
from types import GenericAlias, ModuleType

import pytest
from pydantic import BaseModel

import ruskin
from ruskin import errors

from .conftest import ROOT

# Additions to the public API are deliberate: add the name here in the same change.
PUBLIC = [
    "Agency",
    "BinaryInputError",
    "Corpus",
    "CorpusError",
    "DateValue",
    "Document",
    "ErrorRecord",
    "Event",
    "Initiative",
    "InputError",
    "InputTooLargeError",
    "InputTypeError",
    "Mention",
    "MentionType",
    "MissingExtraError",
    "ModelFilesError",
    "Participant",
    "Person",
    "Pipeline",
    "Position",
    "Quote",
    "Region",
    "RuskinError",
    "Sentence",
    "Token",
    "UnknownPersonError",
    "__version__",
    "extract",
    "extract_files",
    "to_frames",
]


def is_class(value: object) -> bool:
    """A class, and not a generic alias such as ``dict[str, int]`` (which is one on Python 3.10)."""
    return inspect.isclass(value) and not isinstance(value, GenericAlias)


def modules() -> list[ModuleType]:
    """``ruskin`` and every module below it."""
    names = [info.name for info in pkgutil.walk_packages(ruskin.__path__, "ruskin.")]
    return [ruskin, *(importlib.import_module(name) for name in sorted(names))]


def public_names(module: ModuleType) -> list[str]:
    """A module's ``__all__``, or else the functions and classes it defines without a leading underscore."""
    if hasattr(module, "__all__"):
        return list(module.__all__)
    return [
        name
        for name, value in vars(module).items()
        if not name.startswith("_")
        and (inspect.isfunction(value) or is_class(value))
        and value.__module__ == module.__name__
    ]


def methods(cls: type) -> Iterator[tuple[str, object]]:
    """The public methods and properties a class defines itself (``__call__`` counts)."""
    for name, value in vars(cls).items():
        if name.startswith("_") and name != "__call__":
            continue
        if isinstance(value, (staticmethod, classmethod)):
            value = value.__func__
        if isinstance(value, property):
            value = value.fget
        if inspect.isfunction(value):
            yield name, value


def documented(owner: str, value: object) -> Iterator[tuple[str, object]]:
    """``(qualified name, object)`` for a function or class and, for a class, its methods."""
    if inspect.isfunction(value) or is_class(value):
        yield owner, value
    if is_class(value):
        for name, method in methods(value):
            yield f"{owner}.{name}", method


def undocumented(pairs: Iterator[tuple[str, object]]) -> list[str]:
    """The names whose objects have no docstring of their own."""
    return [name for name, value in pairs if not own_docstring(value)]


def own_docstring(value: object) -> bool:
    """True if ``value`` has a docstring written for it, not one a dataclass or NamedTuple made up."""
    doc = (getattr(value, "__doc__", None) or "").strip()
    generated = is_class(value) and doc.startswith(f"{value.__name__}(")
    return bool(doc) and not generated


def test_all_is_the_agreed_list() -> None:
    assert ruskin.__all__ == PUBLIC


def test_all_is_sorted_and_unique() -> None:
    assert ruskin.__all__ == sorted(set(ruskin.__all__))


@pytest.mark.parametrize("name", PUBLIC)
def test_every_exported_name_exists(name: str) -> None:
    assert getattr(ruskin, name) is not None


def test_api_page_documents_every_exported_name() -> None:
    page = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    shown = re.findall(r"^::: ruskin\.(\w+)$", page, flags=re.M)
    assert sorted(shown) == sorted(name for name in PUBLIC if name != "__version__")


def test_star_import_gives_exactly_all() -> None:
    namespace: dict[str, object] = {}
    exec("from ruskin import *", namespace)
    assert sorted(set(namespace) - {"__builtins__"}) == sorted(PUBLIC)


def test_everything_exported_has_a_docstring() -> None:
    pairs = (pair for name in PUBLIC for pair in documented(f"ruskin.{name}", getattr(ruskin, name)))
    assert undocumented(pairs) == []


@pytest.mark.parametrize("record", [v for v in vars(ruskin).values() if is_class(v) and issubclass(v, BaseModel)])
def test_every_record_field_has_a_description(record: type[BaseModel]) -> None:
    assert [name for name, field in record.model_fields.items() if not field.description] == []


def test_every_module_has_a_docstring() -> None:
    assert [module.__name__ for module in modules() if not (module.__doc__ or "").strip()] == []


def test_every_public_name_of_every_module_has_a_docstring() -> None:
    pairs = (
        pair
        for module in modules()
        for name in public_names(module)
        for pair in documented(f"{module.__name__}.{name}", getattr(module, name))
    )
    assert undocumented(pairs) == []


@pytest.mark.parametrize("module", modules(), ids=lambda module: module.__name__)
def test_all_names_exist(module: ModuleType) -> None:
    assert [name for name in getattr(module, "__all__", []) if not hasattr(module, name)] == []


@pytest.mark.parametrize(
    "error, bases",
    [
        (errors.RuskinError, (Exception,)),
        (errors.InputTypeError, (errors.RuskinError, TypeError)),
        (errors.InputError, (errors.RuskinError, ValueError)),
        (errors.BinaryInputError, (errors.InputError, ValueError)),
        (errors.InputTooLargeError, (errors.InputError, ValueError)),
        (errors.SkippedInputError, (errors.InputError, ValueError)),
        (errors.NoMatchError, (errors.InputError, ValueError)),
        (errors.DocumentTimeoutError, (errors.RuskinError, TimeoutError)),
        (errors.WorkerDiedError, (errors.RuskinError, RuntimeError)),
        (errors.OutputError, (errors.RuskinError, OSError)),
        (errors.ModelFilesError, (errors.RuskinError, OSError)),
        (errors.CorpusError, (errors.RuskinError, OSError)),
        (errors.MissingExtraError, (errors.RuskinError, ImportError)),
        (errors.UnknownPersonError, (errors.RuskinError, KeyError)),
    ],
)
def test_exception_subclasses_the_right_builtins(error: type[Exception], bases: tuple[type, ...]) -> None:
    assert all(issubclass(error, base) for base in bases)
    assert error.__name__ in errors.__doc__  # drawn in the tree of ruskin/errors.py


def test_every_exception_is_in_the_tree() -> None:
    raised = {v for v in vars(errors).values() if is_class(v) and issubclass(v, Exception)}
    assert {error.__name__ for error in raised} == set(errors.__all__)
    assert all(issubclass(error, errors.RuskinError) for error in raised)


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy is not installed (pip install -e '.[dev]')")
def test_mypy_is_clean() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "ruskin"], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stdout + done.stderr
