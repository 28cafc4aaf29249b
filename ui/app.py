"""Start the desktop app, or render one page offscreen to a PNG (``--screenshot``).

The window is shown first, saying which project it is opening, and the project is read right
after that has been painted: the core and the step pages are imported then, not before.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from slaeval.localized import Lang
    from slaeval.ui.main_window import MainWindow


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def make_window(lang: Lang | None, settings: QSettings | None = None) -> MainWindow:
    """The application (made if there is none yet) and its main window, not shown."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from slaeval.ui.i18n import apply_qt_translation, set_language
    from slaeval.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("slaeval")
    app.setOrganizationName("slaeval")
    settings = settings or QSettings("slaeval", "slaeval")
    saved = settings.value("language")
    chosen = lang or (saved if saved in ("fr", "en") else None)
    if chosen:
        set_language(chosen)  # type: ignore[arg-type]
    apply_qt_translation()  # the system's language needs no switch, but Qt's words follow it too
    return MainWindow(settings=settings)


def start(file: Path | None, lang: Lang | None, settings: QSettings | None = None) -> MainWindow:
    """Show the main window at once; ``file`` is opened as soon as the window is painted."""
    window = make_window(lang, settings)
    if file is not None:
        window.open_when_shown(file)
    window.show()
    return window


def run(
    file: Path | None,
    lang: Lang | None,
    screenshot: Path | None = None,
    page: str = "needs",
    size: tuple[int, int] = (1280, 800),
) -> int:
    if screenshot is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        window = make_window(lang)
        if file is not None and not window.open_file(file):
            from slaeval.ui import messages

            why = messages.shown[-1][1] if messages.shown else str(file)
            print(f"slaeval: {' '.join(why.split())}", file=sys.stderr)
            return 2
        return _screenshot(window, screenshot, page, size)
    from PySide6.QtWidgets import QApplication

    start(file, lang)
    return int(QApplication.exec())


def _screenshot(window: MainWindow, out: Path, page: str, size: tuple[int, int]) -> int:
    from PySide6.QtWidgets import QApplication

    window.resize(*size)
    if window.project_is_open():
        window.show_step(page)
    window.show()
    for _ in range(5):
        QApplication.processEvents()
    if not window.grab().save(str(out)):
        print(f"slaeval: cannot write {out}", file=sys.stderr)
        return 2
    window.close()
    return 0
