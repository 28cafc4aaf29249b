"""The main window: it only wires the menus, the step list, the pages and the project files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from slaeval import __version__
from slaeval.localized import Lang
from slaeval.ui import project_files
from slaeval.ui.app_state import AppState
from slaeval.ui.i18n import _, current_lang, language_notifier, set_language
from slaeval.ui.messages import show_error, show_info
from slaeval.ui.pages.base import Page
from slaeval.ui.pages.compare_page import ComparePage
from slaeval.ui.pages.export_page import ExportPage
from slaeval.ui.pages.needs_page import NeedsPage
from slaeval.ui.pages.negotiate_page import NegotiatePage
from slaeval.ui.pages.offers_page import OffersPage, import_offer_file
from slaeval.ui.pages.requirements_page import RequirementsPage
from slaeval.ui.step_list import StepList
from slaeval.ui.undo_actions import UndoRedoActions
from slaeval.ui.welcome import WelcomePage

PAGE_CLASSES: tuple[type[Page], ...] = (
    NeedsPage,
    RequirementsPage,
    OffersPage,
    ComparePage,
    NegotiatePage,
    ExportPage,
)
STEP_IDS = tuple(cls.step_id for cls in PAGE_CLASSES)
MAX_RECENT = 8


class MainWindow(QMainWindow):
    def __init__(self, state: AppState | None = None, settings: QSettings | None = None) -> None:
        super().__init__()
        self.state = state or AppState(self)
        self.settings = settings or QSettings("slaeval", "slaeval")
        self.setAcceptDrops(True)
        self.welcome = WelcomePage()
        self.steps = StepList()
        self.pages_stack = QStackedWidget()
        self.pages: list[Page] = []
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.root = QStackedWidget()
        self.root.addWidget(self.welcome)
        work = QWidget()
        column = QVBoxLayout(work)
        column.addWidget(self.banner)
        row = QHBoxLayout()
        row.addWidget(self.steps)
        row.addWidget(self.pages_stack, 1)
        column.addLayout(row, 1)
        self.root.addWidget(work)
        self.setCentralWidget(self.root)
        self._actions()
        self._connect()
        self.retranslate()
        self._restore_geometry()

    # ------------------------------------------------------------ wiring
    def _action(self, shortcut: QKeySequence | str | None, slot: object) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _actions(self) -> None:
        key = QKeySequence.StandardKey
        self.act_new = self._action(key.New, self.new_project)  # type: ignore[arg-type]
        self.act_open = self._action(key.Open, self.open_project)  # type: ignore[arg-type]
        self.act_demo = self._action(None, self.open_demo)
        self.act_contract = self._action(None, self.offer_from_contract)
        self.act_save_as = self._action(key.SaveAs, self.save_as)  # type: ignore[arg-type]
        self.act_quit = self._action(key.Quit, self.close)  # type: ignore[arg-type]
        self.undo_redo = UndoRedoActions(self)
        self.undo_redo.attach(self.state.undo_stack)
        self.act_undo, self.act_redo = self.undo_redo.undo, self.undo_redo.redo
        self.act_prefs = self._action(key.Preferences, self.preferences)  # type: ignore[arg-type]
        self.act_consultant = self._action("F5", self.consultant_mode)
        self.act_full = self._action("F11", self.toggle_full_screen)
        self.act_fr = self._action(None, lambda: self.switch_language("fr"))
        self.act_en = self._action(None, lambda: self.switch_language("en"))
        self.act_help = self._action(key.HelpContents, self.show_help)  # type: ignore[arg-type]
        self.act_about = self._action(None, self.about)
        self.toolbar = self.addToolBar("main")
        self.toolbar.setObjectName("main")
        self.menus = []
        groups = (
            [
                self.act_new,
                self.act_open,
                self.act_demo,
                None,
                self.act_save_as,
                None,
                self.act_quit,
            ],
            [self.act_undo, self.act_redo, None, self.act_prefs],
            [self.act_consultant, self.act_full, None, self.act_fr, self.act_en],
            [self.act_help, self.act_about],
        )
        for actions in groups:
            menu = self.menuBar().addMenu("")
            for action in actions:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)
            self.menus.append(menu)
        for action in (
            self.act_new,
            self.act_open,
            self.act_undo,
            self.act_redo,
            self.act_consultant,
        ):
            self.toolbar.addAction(action)

    def _connect(self) -> None:
        self.welcome.new_requested.connect(self.new_project)
        self.welcome.open_requested.connect(self.open_project)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.recent_requested.connect(lambda p: self.open_file(Path(p)))
        self.steps.currentRowChanged.connect(self.pages_stack.setCurrentIndex)
        self.state.project_opened.connect(self._on_opened)
        self.state.project_changed.connect(self._on_changed)
        self.state.edit_failed.connect(lambda error: show_error(self, error.text(current_lang())))
        language_notifier().changed.connect(self._on_language)

    def _on_language(self, _lang: str) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        texts = [
            (self.act_new, _("&New evaluation…")),
            (self.act_open, _("&Open…")),
            (self.act_demo, _("Open the &demo")),
            (self.act_save_as, _("Save &as…")),
            (self.act_quit, _("&Quit")),
            (self.act_prefs, _("&Preferences…")),
            (self.act_consultant, _("&Consultant mode")),
            (self.act_full, _("&Full screen")),
            (self.act_fr, "Français"),
            (self.act_en, "English"),
            (self.act_help, _("&Help")),
            (self.act_about, _("&About slaeval")),
        ]
        for action, text in texts:
            action.setText(text)
        self.undo_redo.retranslate()
        titles = (_("&File"), _("&Edit"), _("&View"), _("&Help"))
        for menu, title in zip(self.menus, titles, strict=True):
            menu.setTitle(title)
        self.welcome.retranslate(self._recent())
        for page in self.pages:
            page.retranslate()
        self._update_title()
        self._update_steps()

    # ------------------------------------------------------------ project files
    def new_project(self) -> None:
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
        if project_files.open_path(self.state, path, self):
            self._remember(path)
            return True
        return False

    def open_demo(self) -> None:
        project_files.open_demo(self.state, self)

    def save_as(self) -> None:
        if not self.state.is_open:
            return
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
    def _build_pages(self) -> None:
        if self.pages:
            return
        for cls in PAGE_CLASSES:
            page = cls(self.state)
            self.pages.append(page)
            self.pages_stack.addWidget(page)

    def _on_opened(self) -> None:
        self._build_pages()
        for page in self.pages:
            page.project_changed()
        self.root.setCurrentIndex(1)
        self.steps.setCurrentRow(0)
        self.pages_stack.setCurrentIndex(0)
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
        for page in self.pages:
            page.project_changed()
        self._update_steps()
        self._update_title()

    def _update_steps(self) -> None:
        if self.pages:
            self.steps.show_pages(self.pages)

    def _update_title(self) -> None:
        path = self.state.path
        suffix = f" — {path.name}" if path else ""
        if self.state.read_only:
            suffix += " " + _("(read-only)")
        self.setWindowTitle(f"slaeval{suffix}")

    def show_step(self, step_id: str) -> None:
        self.steps.setCurrentRow(STEP_IDS.index(step_id))

    # ------------------------------------------------------------ other actions
    def switch_language(self, lang: Lang) -> None:
        set_language(lang)
        self.settings.setValue("language", lang)

    def preferences(self) -> None:
        from slaeval.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        dialog.accepted.connect(lambda: self._apply_preferences(dialog))
        self.preferences_dialog = dialog
        dialog.open()

    def _apply_preferences(self, dialog: object) -> None:
        from slaeval.ui.preferences import PreferencesDialog

        assert isinstance(dialog, PreferencesDialog)
        dialog.save()
        self.switch_language("fr" if dialog.chosen_language() == "fr" else "en")

    def consultant_mode(self) -> None:
        if not self.state.is_open:
            return
        from slaeval.ui.consultant import ConsultantWindow

        self.consultant = ConsultantWindow(self.state)
        self.consultant.showFullScreen()

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def show_help(self) -> None:
        show_info(
            self,
            _(
                "Work through the steps on the left: describe your needs, review "
                "the requirements, add the offers, then compare and prepare the "
                "negotiation. Every change is saved at once; Ctrl+Z undoes it."
            ),
        )

    def about(self) -> None:
        show_info(
            self,
            _(
                "slaeval {version}: choose and negotiate a managed IT services "
                "contract. Your data stays on this computer."
            ).format(version=__version__),
        )

    # ------------------------------------------------------------ window events
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            self.handle_dropped(Path(url.toLocalFile()))
        event.acceptProposedAction()

    def offer_from_contract(self) -> None:
        if not self.state.is_open or self.state.read_only:
            return
        name, _filter = QFileDialog.getOpenFileName(
            self,
            _("New offer from a contract document"),
            "",
            _("Contract documents") + " (*.pdf *.docx *.txt *.md)",
        )
        if name:
            self.review_contract(Path(name))

    def review_contract(self, path: Path) -> None:
        from slaeval.ui.contract_review import ContractReviewDialog

        self.contract_dialog = ContractReviewDialog(self.state, path, self)
        self.contract_dialog.open()

    def handle_dropped(self, path: Path) -> None:
        if path.suffix.lower() == ".slaeval":
            self.open_file(path)
        elif self.state.is_open and not self.state.read_only:
            if path.suffix.lower() in (".pdf", ".docx", ".txt", ".md"):
                self.review_contract(path)
            else:
                import_offer_file(self.state, path, self)
        else:
            show_error(self, _("Open or create a project first, then drop offers on it."))

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)  # type: ignore[arg-type]
        else:
            self.resize(1200, 780)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("geometry", self.saveGeometry())
        self.state.close()
        super().closeEvent(event)


__all__ = ["STEP_IDS", "MainWindow", "Qt"]
