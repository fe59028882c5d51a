"""The sdist and wheel as a packager sees them: licence, metadata, one version, tests that run."""

from __future__ import annotations

import email
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from importlib.metadata import version as installed_version
from pathlib import Path

import pytest

import ruskin

from .conftest import ROOT

SKIPPED = shutil.ignore_patterns(
    ".git", "__pycache__", "*.py[cod]", "build", "dist", "*.egg-info", "site", ".*_cache", ".hypothesis"
)
BUILD = "from setuptools import build_meta as b; s = b.build_sdist('dist'); w = b.build_wheel('dist'); print('BUILT', s, w)"


def _setuptools_is_new_enough() -> bool:
    try:
        return int(installed_version("setuptools").split(".")[0]) >= 77
    except Exception:
        return False


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The sdist and the wheel, built from a copy of the checkout with the installed setuptools."""
    if not _setuptools_is_new_enough():
        pytest.skip('needs setuptools>=77 (the dev extra): pip install -e ".[dev]"')
    project = tmp_path_factory.mktemp("build") / "ruskin"
    shutil.copytree(ROOT, project, ignore=SKIPPED)
    done = subprocess.run([sys.executable, "-c", BUILD], cwd=project, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    sdist, wheel = done.stdout.split("BUILT ")[-1].split()
    return project / "dist" / sdist, project / "dist" / wheel


def _metadata(wheel: Path) -> email.message.Message:
    with zipfile.ZipFile(wheel) as archive:
        [name] = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        return email.message_from_bytes(archive.read(name))


def test_the_wheel_holds_the_licence(built: tuple[Path, Path]) -> None:
    with zipfile.ZipFile(built[1]) as archive:
        names = archive.namelist()
        [licence] = [n for n in names if n.endswith(".dist-info/licenses/LICENSE")]
        assert archive.read(licence) == (ROOT / "LICENSE").read_bytes()
    assert "ruskin/py.typed" in names and "ruskin/data/regions.tsv" in names
    assert not any(name.startswith("tests/") for name in names)


def test_the_licence_is_an_spdx_expression_and_the_urls_are_given(built: tuple[Path, Path]) -> None:
    metadata = _metadata(built[1])
    assert metadata["License-Expression"] == "MIT" and metadata["License"] is None
    urls = dict(url.split(", ", 1) for url in metadata.get_all("Project-URL") or [])
    assert {"Source", "Documentation", "Changelog", "Issues"} <= set(urls)
    assert all(url.startswith("https://") for url in urls.values())


def test_the_version_is_written_once(built: tuple[Path, Path]) -> None:
    assert _metadata(built[1])["Version"] == ruskin.__version__
    assert "version =" not in (ROOT / "pyproject.toml").read_text(encoding="utf-8").split("[project]")[1].split("\n[")[0]


def test_the_tests_run_from_the_unpacked_sdist(built: tuple[Path, Path], tmp_path: Path) -> None:
    with tarfile.open(built[0]) as archive:
        names = archive.getnames()
        if hasattr(tarfile, "data_filter"):
            archive.extractall(tmp_path, filter="data")
        else:  # CPython 3.10 before 3.10.12
            archive.extractall(tmp_path)
    [top] = {name.split("/")[0] for name in names}
    for needed in ("LICENSE", "tests/__init__.py", "tests/conftest.py", "tests/fixtures/nerel/0001_text.txt",
                   "corpora/samples/000_6ac6493350067d04.txt", "docs/records.md"):
        assert f"{top}/{needed}" in names, needed
    unpacked = tmp_path / top
    env = {**os.environ, "PYTHONPATH": str(unpacked)}
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    collected = subprocess.run([*command, "--collect-only"], cwd=unpacked, env=env, capture_output=True, text=True, timeout=600)
    assert collected.returncode == 0, collected.stdout[-3000:]
    ran = subprocess.run([*command, "tests/test_records.py"], cwd=unpacked, env=env, capture_output=True, text=True, timeout=600)
    assert ran.returncode == 0 and " passed" in ran.stdout, ran.stdout[-3000:]
    assert str(unpacked) in subprocess.run(
        [sys.executable, "-c", "import ruskin; print(ruskin.__file__)"], cwd=tmp_path, env=env, capture_output=True, text=True
    ).stdout
