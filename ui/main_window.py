"""The main window: it only wires the menus, the step list, the pages and the project files.

It opens fast: the project state, the core and the step pages are imported and built only when
a project is opened (each page the first time it is shown), so the window can be painted
first, saying which file it is opening (``open_when_shown``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from slaeval.ui.i18n import _, current_lang, language_notifier, set_language
from slaeval.ui.messages import show_error
from slaeval.ui.opening import OpeningView
from slaeval.ui.step_list import StepList
from slaeval.ui.step_pages import StepPages
from slaeval.ui.steps import STEP_IDS
from slaeval.ui.welcome import WelcomePage
from slaeval.ui.window_actions import WindowActions

if TYPE_CHECKING:
    from slaeval.localized import Lang
    from slaeval.ui.app_state import AppState

MAX_RECENT = 8
CONTRACT_SUFFIXES = (".pdf", ".docx", ".txt", ".md")


class MainWindow(QMainWindow, WindowActions):
    def __init__(self, state: AppState | None = None, settings: QSettings | None = None) -> None:
        super().__init__()
        self._state: AppState | None = None
        self.settings = settings or QSettings("slaeval", "slaeval")
        self.setAcceptDrops(True)
        self.welcome = WelcomePage()
        self.opening = OpeningView()
        self.steps = StepList()
        self.pages_stack = QStackedWidget()
        self.pages = StepPages(self.pages_stack, lambda: self.state)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.root = QStackedWidget()
        self.root.addWidget(self.welcome)
        self.work = QWidget()
        column = QVBoxLayout(self.work)
        column.addWidget(self.banner)
        row = QHBoxLayout()
        row.addWidget(self.steps)
        row.addWidget(self.pages_stack, 1)
        column.addLayout(row, 1)
        self.root.addWidget(self.work)
        self.root.addWidget(self.opening)
        self.setCentralWidget(self.root)
        self._pending: Path | None = None
        self.build_actions()
        self._connect()
        if state is not None:
            self._take_state(state)
        self.retranslate()
        self._restore_geometry()

    # ------------------------------------------------------------ the project state
    @property
    def state(self) -> AppState:
        """The open project; made (and the core imported) the first time it is needed."""
        if self._state is None:
            from slaeval.ui.app_state import AppState

            self._take_state(AppState(self))
        assert self._state is not None
        return self._state

    def _take_state(self, state: AppState) -> None:
        self._state = state
        self.undo_redo.attach(state.undo_stack)
        state.project_opened.connect(self._on_opened)
        state.project_changed.connect(self._on_changed)
        state.edit_failed.connect(lambda error: show_error(self, error.text(current_lang())))

    def project_is_open(self) -> bool:
        return self._state is not None and self._state.is_open

    def _writable(self) -> bool:
        return self._state is not None and self._state.is_open and not self._state.read_only

    # ------------------------------------------------------------ wiring
    def _connect(self) -> None:
        self.welcome.new_requested.connect(self.new_project)
        self.welcome.open_requested.connect(self.open_project)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.recent_requested.connect(lambda p: self.open_file(Path(p)))
        self.opening.painted.connect(self._open_pending_soon)
        self.steps.currentRowChanged.connect(self._show_row)
        language_notifier().changed.connect(self._on_language)

    def _on_language(self, _lang: str) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        self.retranslate_actions()
        self.welcome.retranslate(self._recent())
        for page in self.pages.built():
            page.retranslate()
        if self._pending is not None:
            self.opening.setText(_("Opening {name}…").format(name=self._pending.name))
        self._update_title()
        self._update_steps()

    # ------------------------------------------------------------ project files
    def new_project(self) -> None:
        from slaeval.ui import project_files

        name, _filter = QFileDialog.getSaveFileName(
            self, _("New evaluation"), "evaluation.slaeval", "slaeval (*.slaeval)"
        )
        if name:
            path = Path(name if name.endswith(".slaeval") else name + ".slaeval")
            if project_files.create_path(self.state, path, self):
                self._remember(path)

    def open_project(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, _("Open"), "", "slaeval (*.slaeval)")
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> bool:
        from slaeval.ui import project_files

        if project_files.open_path(self.state, path, self):
            self._remember(path)
            return True
        return False

    def open_when_shown(self, path: Path) -> None:
        """Show “Opening <file>…” now, and open ``path`` as soon as that has been painted."""
        self._pending = path
        self.opening.setText(_("Opening {name}…").format(name=path.name))
        self.root.setCurrentWidget(self.opening)

    def _open_pending_soon(self) -> None:
        if self._pending is not None:
            QTimer.singleShot(0, self._open_pending)  # once this paint is on screen

    def _open_pending(self) -> None:
        path, self._pending = self._pending, None
        if path is not None and not self.open_file(path):
            self.root.setCurrentWidget(self.welcome)

    def open_demo(self) -> None:
        from slaeval.ui import project_files

        project_files.open_demo(self.state, self)

    def save_as(self) -> None:
        if not self.project_is_open():
            return
        from slaeval.ui import project_files

        name, _filter = QFileDialog.getSaveFileName(self, _("Save as"), "", "slaeval (*.slaeval)")
        if name and project_files.save_as(self.state, Path(name), self):
            self._remember(Path(name))

    def _recent(self) -> list[str]:
        value = self.settings.value("recent", [])
        return (
            [str(v) for v in value] if isinstance(value, list) else ([str(value)] if value else [])
        )

    def _remember(self, path: Path) -> None:
        recent = [str(path.resolve())] + [p for p in self._recent() if p != str(path.resolve())]
        self.settings.setValue("recent", recent[:MAX_RECENT])
        self.welcome.set_recent(recent[:MAX_RECENT])

    # ------------------------------------------------------------ pages
    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.pages_stack.setCurrentWidget(self.pages[row])

    def _on_opened(self) -> None:
        self.pages.available = True
        for page in self.pages.built():
            page.project_changed()
        self.steps.setCurrentRow(0)
        self._show_row(0)
        self.root.setCurrentWidget(self.work)
        read_only = self.state.read_only
        self.banner.setVisible(read_only)
        self.banner.setText(
            _(
                "This file is read-only: you can look at it and export it, "
                "but not change it. Use “Save as…” to make an editable copy."
            )
        )
        self._update_title()
        self._update_steps()

    def _on_changed(self) -> None:
        for page in self.pages.built():
            page.project_changed()
        self._update_steps()
        self._update_title()

    def _update_steps(self) -> None:
        if self.pages.available:
            self.steps.show_steps(self.pages.entries())

    def _update_title(self) -> None:
        state = self._state
        path = state.path if state is not None else None
        suffix = f" — {path.name}" if path else ""
        if state is not None and state.read_only:
            suffix += " " + _("(read-only)")
        self.setWindowTitle(f"slaeval{suffix}")

    def show_step(self, step_id: str) -> None:
        self.steps.setCurrentRow(STEP_IDS.index(step_id))

    def switch_language(self, lang: Lang) -> None:
        set_language(lang)
        self.settings.setValue("language", lang)

    # ------------------------------------------------------------ dropped files
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            self.handle_dropped(Path(url.toLocalFile()))
        event.acceptProposedAction()

    def handle_dropped(self, path: Path) -> None:
        if path.suffix.lower() == ".slaeval":
            self.open_file(path)
        elif self._writable():
            if path.suffix.lower() in CONTRACT_SUFFIXES:
                self.review_contract(path)
            else:
                from slaeval.ui.pages.offers_page import import_offer_file

                import_offer_file(self.state, path, self)
        else:
            show_error(self, _("Open or create a project first, then drop offers on it."))

    # ------------------------------------------------------------ window
    def _restore_geometry(self) -> None:
        geometry = self.settings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)  # type: ignore[arg-type]
        else:
            self.resize(1200, 780)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("geometry", self.saveGeometry())
        if self._state is not None:
            self._state.close()
        super().closeEvent(event)


__all__ = ["STEP_IDS", "MainWindow", "Qt"]
