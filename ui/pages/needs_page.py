"""Step 1, Needs: the diagnostic asked one question at a time, then its summary."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from slaeval.ui.app_state import AppState
from slaeval.ui.i18n import _
from slaeval.ui.pages.base import Page
from slaeval.ui.pages.needs_questions import profile_questions, sign_questions
from slaeval.ui.pages.setting_names import push_note_edits
from slaeval.ui.pages.summary_view import SummaryView
from slaeval.ui.widgets.question_flow import QuestionFlow


def needs_questions(state: AppState) -> list:  # type: ignore[type-arg]
    return sign_questions(state) + profile_questions(state)


class NeedsPage(Page):
    step_id = "needs"

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        layout = QVBoxLayout(self)
        self.stack = QStackedWidget()
        self.flow = QuestionFlow()
        push_note_edits(self.flow, state)
        self.flow.finished.connect(self.show_summary)
        self.summary = SummaryView()
        self.stack.addWidget(self.flow)
        self.stack.addWidget(self.summary)
        top = QHBoxLayout()
        self.summary_button = QPushButton()
        self.summary_button.clicked.connect(self.toggle_summary)
        top.addStretch(1)
        top.addWidget(self.summary_button)
        layout.addLayout(top)
        layout.addWidget(self.stack)
        self.retranslate()

    def title(self) -> str:
        return _("Needs")

    def retranslate(self) -> None:
        self.flow.set_questions(needs_questions(self.state), self.state.project.notes)
        for button in (self.flow.back, self.flow.skip):
            button.setText(_(button.accessibleName()))
        self.flow.back.setText(_("Back"))
        self.flow.skip.setText(_("Skip"))
        self.flow.note_label.setText(_("Note"))
        self._label_summary_button()
        if self.stack.currentWidget() is self.summary:
            self.summary.show_project(self.state.project)

    def refresh(self) -> None:
        self.flow.set_questions(needs_questions(self.state), self.state.project.notes)
        if self.stack.currentWidget() is self.summary:
            self.summary.show_project(self.state.project)

    def show_summary(self) -> None:
        self.summary.show_project(self.state.project)
        self.stack.setCurrentWidget(self.summary)
        self._label_summary_button()

    def toggle_summary(self) -> None:
        if self.stack.currentWidget() is self.summary:
            self.stack.setCurrentWidget(self.flow)
        else:
            self.show_summary()
        self._label_summary_button()

    def _label_summary_button(self) -> None:
        showing = self.stack.currentWidget() is self.summary
        self.summary_button.setText(
            _("Back to the questions") if showing else _("Diagnostic summary")
        )

    def completion(self) -> float:
        questions = needs_questions(self.state)
        return sum(1 for q in questions if q.answered()) / len(questions)
