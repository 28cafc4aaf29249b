"""The core never imports Qt or the ui package: every core module imports with both blocked."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import slaeval

CHECK = r"""
import importlib, importlib.abc, pkgutil, sys
import slaeval

class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        root = name.split(".")[0]
        blocked_ui = name == "slaeval.ui" or name.startswith("slaeval.ui.")
        if root in ("PySide6", "shiboken6") or blocked_ui:
            raise ImportError(f"blocked: {name}")
        return None

sys.meta_path.insert(0, Block())
count = 0
for info in pkgutil.walk_packages(slaeval.__path__, "slaeval."):
    if info.name == "slaeval.ui" or info.name.startswith("slaeval.ui."):
        continue
    importlib.import_module(info.name)
    count += 1
print(count)
"""


def test_every_core_module_imports_without_qt_or_ui():
    done = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    expected = sum(1 for _ in pkgutil.walk_packages(slaeval.__path__, "slaeval."))
    assert int(done.stdout.strip()) == expected


def test_no_core_source_mentions_qt_imports():
    core = Path(slaeval.__file__).parent
    offenders = [
        str(p)
        for p in core.rglob("*.py")
        for line in p.read_text(encoding="utf-8").splitlines()
        if line.lstrip().startswith(
            (
                "import PySide6",
                "from PySide6",
                "import shiboken6",
                "from slaeval.ui",
                "import slaeval.ui",
            )
        )
        and not line.startswith((" ", "\t"))
    ]
    assert offenders == []
