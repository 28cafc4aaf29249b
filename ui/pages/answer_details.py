"""The note and the evidence of one answer: the quoted passage and where it came from."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from slaeval.offers import Answer, Evidence
from slaeval.ui.i18n import _
from slaeval.ui.widgets.status_style import status_css

MAX_QUOTE = 5000
MAX_LOCATION = 500


class AnswerDetailsDialog(QDialog):
    def __init__(self, question: str, answer: Answer | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Note and evidence"))
        self.answer = answer or Answer()
        form = QFormLayout(self)
        heading = QLabel(question)
        heading.setWordWrap(True)
        form.addRow(heading)
        self.note = QPlainTextEdit(self.answer.note)
        self.note.setAccessibleName(_("Note"))
        self.quote = QPlainTextEdit(self.answer.evidence.quote if self.answer.evidence else "")
        self.quote.setAccessibleName(_("Quoted passage"))
        self.quote.setPlaceholderText(_("The sentence of the offer or contract that says it"))
        self.location = QLineEdit(self.answer.evidence.location if self.answer.evidence else "")
        self.location.setMaxLength(MAX_LOCATION)
        self.location.setAccessibleName(_("Where it comes from"))
        self.location.setPlaceholderText(_("Document, page, section"))
        form.addRow(_("Note"), self.note)
        form.addRow(_("Quoted passage"), self.quote)
        form.addRow(_("Where it comes from"), self.location)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(status_css("red"))
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check_and_accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, 420)

    def edited_answer(self) -> Answer:
        quote = self.quote.toPlainText().strip()
        location = self.location.text().strip()
        evidence = Evidence(quote=quote, location=location) if quote or location else None
        return self.answer.model_copy(
            update={"note": self.note.toPlainText().strip(), "evidence": evidence}
        )

    def _check_and_accept(self) -> None:
        if len(self.quote.toPlainText().strip()) > MAX_QUOTE:
            self.problem.setText(
                _("The quoted passage is too long: keep it under {count} characters.").format(
                    count=MAX_QUOTE
                )
            )
            return
        self.accept()
