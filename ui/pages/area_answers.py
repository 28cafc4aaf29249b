"""One area of an offer, criterion by criterion: the status it earns (symbol and colour), the
question, the answer widget, and a button for the note and the evidence.

The widgets are built once per offer and area; after an edit ``show`` only updates values and
statuses, so typing stays fluid. Edits leave as signals; the page turns them into commands.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from slaeval.criteria import Criterion
from slaeval.evaluation import OfferResult
from slaeval.explain import status_label
from slaeval.offers import Answer, AnswerValue, Offer
from slaeval.ui.i18n import _, current_lang
from slaeval.ui.widgets.answer_editor import AnswerEditor
from slaeval.ui.widgets.status_style import status_css, status_symbol


def details_tooltip(answer: Answer | None) -> str:
    """The note and the evidence of an answer, shown when the pointer rests on its button."""
    if answer is None:
        return ""
    lines = []
    if answer.note:
        lines.append(_("Note: {note}").format(note=answer.note[:300]))
    if answer.evidence is not None:
        evidence = answer.evidence
        where = f" ({evidence.location})" if evidence.location else ""
        lines.append(f"« {evidence.quote[:300]} »{where}" if evidence.quote else where.strip())
    return "\n".join(line for line in lines if line)


class AreaAnswers(QWidget):
    answer_edited = Signal(str, object, str)  # criterion id, value (None = unknown), clock
    details_requested = Signal(str)  # criterion id

    def __init__(
        self, criteria: list[Criterion], read_only: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.editors: dict[str, AnswerEditor] = {}
        self.statuses: dict[str, QLabel] = {}
        self.details: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(4)
        lang = current_lang()
        row = 0
        for criterion in criteria:
            status = QLabel()
            status.setFixedWidth(28)
            status.setAlignment(Qt.AlignmentFlag.AlignCenter)
            question = QLabel(criterion.question.get(lang))
            question.setWordWrap(True)
            question.setToolTip(criterion.help.get(lang))
            editor = AnswerEditor(criterion)
            editor.setEnabled(not read_only)
            editor.edited.connect(
                lambda value, clock, c=criterion.id: self._edited(c, value, clock)
            )
            details = QPushButton(_("Note…"))
            details.setAccessibleName(_("Note and evidence"))
            details.setEnabled(not read_only)
            details.clicked.connect(lambda _c=False, c=criterion.id: self.details_requested.emit(c))
            grid.addWidget(status, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(question, row, 1, 1, 2)
            grid.addWidget(editor, row + 1, 1)
            grid.addWidget(details, row + 1, 2, Qt.AlignmentFlag.AlignTop)
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            line.setStyleSheet("color: #dddddd;")
            grid.addWidget(line, row + 2, 0, 1, 3)
            self.editors[criterion.id] = editor
            self.statuses[criterion.id] = status
            self.details[criterion.id] = details
            row += 3
        grid.setRowStretch(row, 1)

    def _edited(self, criterion_id: str, value: AnswerValue, clock: str) -> None:
        self.answer_edited.emit(criterion_id, value, clock)

    def show_offer(self, offer: Offer, result: OfferResult | None) -> None:
        lang = current_lang()
        for criterion_id, editor in self.editors.items():
            answer = offer.answers.get(criterion_id)
            shown = editor.value()
            wanted = (None, "calendar") if answer is None else (answer.value, answer.clock)
            if shown != wanted or editor.problem():
                editor.set_value(*wanted)
            status = result.criteria[criterion_id].status if result else "unknown"
            label = self.statuses[criterion_id]
            label.setText(status_symbol(status))
            label.setStyleSheet(status_css(status))
            label.setToolTip(status_label(status, lang))
            label.setAccessibleName(status_label(status, lang))
            has_details = answer is not None and (bool(answer.note) or answer.evidence is not None)
            button = self.details[criterion_id]
            button.setText(_("Note ✎") if has_details else _("Note…"))
            empty = _("Add a note or evidence")
            button.setToolTip(details_tooltip(answer) if has_details else empty)
