"""Step 2, Requirements: what the diagnostic suggests, area by area, every value editable."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from slaeval.ui import commands
from slaeval.ui.app_state import AppState
from slaeval.ui.i18n import _, current_lang
from slaeval.ui.pages.base import Page
from slaeval.ui.pages.edit_names import named
from slaeval.ui.pages.requirements_table import AreaRequirements
from slaeval.ui.pages.setting_names import ROUND_THE_CLOCK, override_text, push_note_edits
from slaeval.ui.widgets.question_flow import Question, QuestionFlow


class RequirementsPage(Page):
    step_id = "requirements"

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.round_the_clock = QCheckBox()
        self.round_the_clock.toggled.connect(self._toggle_round_the_clock)
        self.rtc_why = QLabel()
        self.rtc_why.setWordWrap(True)
        self.rtc_reset = QPushButton()
        self.rtc_reset.clicked.connect(
            lambda: state.push(
                named(
                    commands.clear_override(state, ROUND_THE_CLOCK),
                    override_text(ROUND_THE_CLOCK, None, cleared=True),
                )
            )
        )
        row.addWidget(self.round_the_clock)
        row.addWidget(self.rtc_why, 1)
        row.addWidget(self.rtc_reset)
        layout.addLayout(row)
        self.flow = QuestionFlow()
        push_note_edits(self.flow, state)
        layout.addWidget(self.flow, 1)
        self.retranslate()

    def title(self) -> str:
        return _("Requirements")

    def _questions(self) -> list[Question]:
        if self.state.evaluation is None:
            return []
        catalogue = self.state.evaluation.catalogue
        lang = current_lang()
        return [
            Question(
                f"area:{area.id}",
                area.label.get(lang),
                _(
                    "How much this area counts, and for each point: its weight, whether it "
                    "is a must-have (K.O.) and the target. Hover over a question for its "
                    "explanation."
                ),
                lambda a=area.id: AreaRequirements(self.state, a),
                lambda: True,
            )
            for area in catalogue.areas_in_review_order()
        ]

    def retranslate(self) -> None:
        self.round_the_clock.setText(_("Our business needs round-the-clock service"))
        self.rtc_reset.setText(_("Reset"))
        self.flow.back.setText(_("Back"))
        self.flow.skip.setText(_("Skip"))
        self.flow.note_label.setText(_("Note"))
        self.refresh()

    def refresh(self) -> None:
        evaluation = self.state.evaluation
        if evaluation is None:
            return
        self.round_the_clock.blockSignals(True)
        self.round_the_clock.setChecked(evaluation.requirements.round_the_clock)
        self.round_the_clock.blockSignals(False)
        overridden = ROUND_THE_CLOCK in self.state.project.overrides
        reason = evaluation.derived.round_the_clock.reason.get(current_lang())
        self.rtc_why.setText(
            _("Changed by you") if overridden else _("Suggested because: ") + reason
        )
        self.rtc_reset.setEnabled(overridden and not self.state.read_only)
        self.round_the_clock.setEnabled(not self.state.read_only)
        index = self.flow.index
        self.flow.set_questions(self._questions(), self.state.project.notes)
        self.flow.go_to(index)

    def _toggle_round_the_clock(self, on: bool) -> None:
        command = commands.set_override(self.state, ROUND_THE_CLOCK, on)
        self.state.push(named(command, override_text(ROUND_THE_CLOCK, None)))

    def completion(self) -> float:
        signs = self.state.project.diagnostic.signs
        return min(1.0, len(signs) / 10) if self.state.is_open else 0.0
