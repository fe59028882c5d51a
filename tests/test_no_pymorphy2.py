"""ruskin never builds a pymorphy2 analyzer (it fails on Python 3.12+): prove it in a clean process."""

import subprocess
import sys
import textwrap

BLOCKER = textwrap.dedent(
    """
    import importlib.abc, sys

    class Block(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name == "pymorphy2" or name.startswith("pymorphy2."):
                raise ImportError("pymorphy2 is blocked in this test")
            return None

    sys.meta_path.insert(0, Block())
    import ruskin
    document = ruskin.extract("Заместитель губернатора Нижегородской области Андрей Гнеушев выступил.")
    assert [p.name for p in document.persons] == ["Андрей Гнеушев"], document.persons
    regions = [m.normal for m in document.mentions if m.type == "REGION"]
    assert regions == ["Нижегородская область"], document.mentions
    loaded = sorted(m for m in sys.modules if m.startswith(("pymorphy2", "natasha")))
    print("loaded:", loaded)
    assert not loaded, loaded
    """
)


def test_pipeline_runs_with_pymorphy2_blocked_and_never_imports_natasha_code() -> None:
    result = subprocess.run([sys.executable, "-c", BLOCKER], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "loaded: []" in result.stdout
