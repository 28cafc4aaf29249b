"""Consultant mode: the diagnostic one question per screen in large type, driven by the
keyboard alone (Enter next, Backspace back, digits choose, Escape leaves full screen), ending on
the diagnostic summary. Answers and notes go into the project file like everywhere else."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from slaeval.ui.app_state import AppState
from slaeval.ui.i18n import _
from slaeval.ui.pages.needs_page import needs_questions
from slaeval.ui.pages.setting_names import push_note_edits
from slaeval.ui.pages.summary_view import SummaryView
from slaeval.ui.widgets.question_flow import QuestionFlow


class ConsultantWindow(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(_("Consultant mode"))
        self.stack = QStackedWidget()
        self.flow = QuestionFlow(large=True)
        self.flow.note_label.setText(_("Consultant's note"))
        push_note_edits(self.flow, state)
        self.flow.finished.connect(self.show_summary)
        self.summary = SummaryView()
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.summary.setFont(font)
        self.stack.addWidget(self.flow)
        self.stack.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.activated.connect(self.toggle_full_screen)
        back = QShortcut(QKeySequence(Qt.Key.Key_Backspace), self.summary)
        back.activated.connect(lambda: self.stack.setCurrentWidget(self.flow))
        state.project_changed.connect(self._refresh)
        self._refresh()

    def _refresh(self) -> None:
        index = self.flow.index
        self.flow.set_questions(needs_questions(self.state), self.state.project.notes)
        self.flow.go_to(index)

    def show_summary(self) -> None:
        self.summary.show_project(self.state.project)
        self.stack.setCurrentWidget(self.summary)
        self.summary.setFocus()

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()
