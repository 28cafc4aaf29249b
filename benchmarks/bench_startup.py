"""Start-up to the first shown window with the demo project, against a bare QApplication +
QMainWindow with a 10x10 table shown in the same run (both in fresh processes), and the peak
memory of the app with the demo open."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Measure

BARE = r"""
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QTableWidget(10, 10))
window.show()
app.processEvents()
"""

APP = r"""
import resource, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from slaeval.ui.main_window import MainWindow
app = QApplication(sys.argv[:1])
window = MainWindow(settings=QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.open_file(Path(sys.argv[1]))
window.show()
app.processEvents()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _run(code: str, *args: str) -> tuple[float, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    return time.perf_counter() - start, done.stdout


def measure() -> list[Measure]:
    from slaeval.demo import demo_project
    from slaeval.project_store import save_project

    with tempfile.TemporaryDirectory() as tmp:
        demo = Path(tmp) / "demo.slaeval"
        save_project(demo, demo_project()).close()
        settings = str(Path(tmp) / "settings.ini")
        _run(BARE)
        _run(APP, str(demo), settings)  # warm the file cache
        bare = statistics.median(_run(BARE)[0] for _ in range(5))
        app_runs = [_run(APP, str(demo), settings) for _ in range(5)]
    app = statistics.median(t for t, _ in app_runs)
    peak_mb = max(int(out.strip().splitlines()[-1]) for _, out in app_runs) / 1024
    ratio = app / bare
    return [
        Measure(
            "start-up with the demo vs bare Qt window",
            ratio,
            "x",
            "<= 1.5x",
            ratio <= 1.5,
            bare,
            f"app {app:.3f} s, bare window {bare:.3f} s",
        ),
        Measure(
            "peak memory, app with the demo open",
            peak_mb,
            "MB",
            "< 150 MB",
            peak_mb < 150,
            None,
            "maximum resident set size",
        ),
    ]
