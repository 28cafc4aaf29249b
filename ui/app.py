"""Start the desktop app, or render one page offscreen to a PNG (``--screenshot``)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from slaeval.localized import Lang


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(
    file: Path | None,
    lang: Lang | None,
    screenshot: Path | None = None,
    page: str = "needs",
    size: tuple[int, int] = (1280, 800),
) -> int:
    if screenshot is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from slaeval.ui.i18n import set_language
    from slaeval.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("slaeval")
    app.setOrganizationName("slaeval")
    settings = QSettings("slaeval", "slaeval")
    saved = settings.value("language")
    chosen = lang or (saved if saved in ("fr", "en") else None)
    if chosen:
        set_language(chosen)  # type: ignore[arg-type]
    window = MainWindow(settings=settings)
    if file is not None and not window.open_file(file) and screenshot is not None:
        return 2
    if screenshot is not None:
        return _screenshot(app, window, screenshot, page, size)
    window.show()
    return int(app.exec())


def _screenshot(app: object, window: object, out: Path, page: str, size: tuple[int, int]) -> int:
    from PySide6.QtWidgets import QApplication

    from slaeval.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.resize(*size)
    if window.state.is_open:
        window.show_step(page)
    window.show()
    for _ in range(5):
        QApplication.processEvents()
    if not window.grab().save(str(out)):
        print(f"slaeval: cannot write {out}", file=sys.stderr)
        return 2
    window.close()
    return 0
