"""The main window's menus and toolbar, and the actions that neither open files nor change
pages: preferences, consultant mode, full screen, help, about, an offer from a contract.

A mixin of ``MainWindow`` (which provides ``state``, ``settings``, ``switch_language``, the
project-file slots and ``project_is_open``); kept apart so that each module stays small.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from slaeval import __version__
from slaeval.ui.i18n import _
from slaeval.ui.messages import show_info
from slaeval.ui.undo_actions import UndoRedoActions


class WindowActions:
    # provided by MainWindow
    state: Any
    settings: Any
    new_project: Callable[[], None]
    open_project: Callable[[], None]
    open_demo: Callable[[], None]
    save_as: Callable[[], None]
    switch_language: Callable[[str], None]
    project_is_open: Callable[[], bool]
    _writable: Callable[[], bool]

    def _window(self) -> QMainWindow:
        assert isinstance(self, QMainWindow)
        return self

    def _action(self, shortcut: QKeySequence | str | None, slot: object) -> QAction:
        action = QAction(self._window())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def build_actions(self) -> None:
        window = self._window()
        key = QKeySequence.StandardKey
        self.act_new = self._action(key.New, self.new_project)  # type: ignore[arg-type]
        self.act_open = self._action(key.Open, self.open_project)  # type: ignore[arg-type]
        self.act_demo = self._action(None, self.open_demo)
        self.act_contract = self._action(None, self.offer_from_contract)
        self.act_save_as = self._action(key.SaveAs, self.save_as)  # type: ignore[arg-type]
        self.act_quit = self._action(key.Quit, window.close)  # type: ignore[arg-type]
        self.undo_redo = UndoRedoActions(window)
        self.act_undo, self.act_redo = self.undo_redo.undo, self.undo_redo.redo
        self.act_prefs = self._action(key.Preferences, self.preferences)  # type: ignore[arg-type]
        self.act_consultant = self._action("F5", self.consultant_mode)
        self.act_full = self._action("F11", self.toggle_full_screen)
        self.act_fr = self._action(None, lambda: self.switch_language("fr"))
        self.act_en = self._action(None, lambda: self.switch_language("en"))
        self.act_help = self._action(key.HelpContents, self.show_help)  # type: ignore[arg-type]
        self.act_about = self._action(None, self.about)
        self.toolbar = window.addToolBar("main")
        self.toolbar.setObjectName("main")
        self.menus: list[QMenu] = []
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
            menu = window.menuBar().addMenu("")
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

    def retranslate_actions(self) -> None:
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

    # ------------------------------------------------------------ the actions
    def preferences(self) -> None:
        from slaeval.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self._window())
        dialog.accepted.connect(lambda: self._apply_preferences(dialog))
        self.preferences_dialog = dialog
        dialog.open()

    def _apply_preferences(self, dialog: object) -> None:
        from slaeval.ui.preferences import PreferencesDialog

        assert isinstance(dialog, PreferencesDialog)
        dialog.save()
        self.switch_language("fr" if dialog.chosen_language() == "fr" else "en")

    def consultant_mode(self) -> None:
        if not self.project_is_open():
            return
        from slaeval.ui.consultant import ConsultantWindow

        self.consultant = ConsultantWindow(self.state)
        self.consultant.showFullScreen()

    def toggle_full_screen(self) -> None:
        window = self._window()
        window.showNormal() if window.isFullScreen() else window.showFullScreen()

    def show_help(self) -> None:
        show_info(
            self._window(),
            _(
                "Work through the steps on the left: describe your needs, review "
                "the requirements, add the offers, then compare and prepare the "
                "negotiation. Every change is saved at once; Ctrl+Z undoes it."
            ),
        )

    def about(self) -> None:
        show_info(
            self._window(),
            _(
                "slaeval {version}: choose and negotiate a managed IT services "
                "contract. Your data stays on this computer."
            ).format(version=__version__),
        )

    def offer_from_contract(self) -> None:
        if not self._writable():
            return
        from slaeval.ui.contract_choice import choose_contract

        path = choose_contract(self._window())
        if path is not None:
            self.review_contract(path)

    def review_contract(self, path: Path) -> None:
        from slaeval.ui.contract_review import ContractReviewDialog

        self.contract_dialog = ContractReviewDialog(self.state, path, self._window())
        self.contract_dialog.open()
