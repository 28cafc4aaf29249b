"""New offer from a contract document: the document is read in the background with progress,
then each proposed answer is shown with its evidence passage; the user keeps, corrects or
rejects it before anything becomes an answer. Commitments the salesperson typed in for an offer
of the same name but that the contract does not hold are listed as "promised, not in the
contract"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from slaeval.errors import SlaevalError
from slaeval.explain import format_value
from slaeval.localized import listed
from slaeval.offers import Answer, new_offer_id
from slaeval.promise_flags import promise_flags
from slaeval.ui import commands
from slaeval.ui.app_state import AppState
from slaeval.ui.background import run_in_background
from slaeval.ui.i18n import _, current_lang
from slaeval.ui.messages import show_error
from slaeval.ui.widgets.answer_editor import AnswerEditor


class ContractReviewDialog(QDialog):
    def __init__(self, state: AppState, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert state.evaluation is not None
        self.state = state
        self.path = path
        self.catalogue = state.evaluation.catalogue
        self.report: Any = None
        self.proposals: dict[str, Answer] = {}
        self.keep: dict[str, QCheckBox] = {}
        self.editors: dict[str, AnswerEditor] = {}
        self.setWindowTitle(_("New offer from a contract document"))
        self.resize(1100, 700)
        layout = QVBoxLayout(self)
        self.status = QLabel(_("Reading {name}…").format(name=path.name))
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        form = QFormLayout()
        self.provider = QLineEdit(path.stem)
        self.provider.setAccessibleName(_("Provider"))
        form.addRow(_("Provider"), self.provider)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [_("Keep"), _("Criterion"), _("Proposed answer"), _("Evidence in the document")]
        )
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.extra = QPlainTextEdit()  # scrolls: a contract can leave dozens of promises unbacked
        self.extra.setReadOnly(True)
        self.extra.setAccessibleName(_("Not found and promised"))
        self.extra.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("Create the offer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.buttons.accepted.connect(self.create_offer)
        self.buttons.rejected.connect(self.reject)
        for widget in (self.status, self.progress):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.extra)
        layout.addWidget(self.buttons)
        self.thread = run_in_background(
            self._analyse, self._shown, self._failed, self._progress, self
        )

    def _analyse(self, progress: Any) -> Any:
        from slaeval.analysis import analyze_document

        return analyze_document(self.path, self.catalogue, progress=progress)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def done(self, result: int) -> None:
        self._closed = True  # a reading still under way is no longer wanted
        super().done(result)

    def _failed(self, error: BaseException) -> None:
        if getattr(self, "_closed", False):
            return
        self.progress.setVisible(False)
        text = (
            error.text(current_lang())
            if isinstance(error, SlaevalError)
            else _("The document could not be read: {error}").format(error=error)
        )
        self.status.setText(text)
        show_error(self, text)

    def _shown(self, report: Any) -> None:
        if getattr(self, "_closed", False):
            return  # closed (cancelled) before the document was read
        from slaeval.analysis import proposed_answers

        self.report = report
        self.proposals = proposed_answers(report, self.catalogue)
        self.progress.setVisible(False)
        lang = current_lang()
        self.status.setText(
            _(
                "{count} commitments found in {name}. Untick what you reject, "
                "correct a value if needed, then create the offer."
            ).format(count=len(self.proposals), name=report.document)
        )
        self.table.setRowCount(len(self.proposals))
        for row, (criterion_id, answer) in enumerate(self.proposals.items()):
            criterion = self.catalogue.criterion(criterion_id)
            keep = QCheckBox()
            keep.setChecked(True)
            keep.setAccessibleName(_("Keep"))
            self.table.setCellWidget(row, 0, keep)
            name = QTableWidgetItem(criterion.name(lang))  # short; the question in the tooltip
            name.setToolTip(criterion.question.get(lang))
            self.table.setItem(row, 1, name)
            editor = AnswerEditor(criterion)
            editor.set_value(answer.value, answer.clock)
            editor.setToolTip(format_value(criterion, answer, self._window(), lang))
            self.table.setCellWidget(row, 2, editor)
            evidence = answer.evidence
            quote = f"« {evidence.quote} » ({evidence.location})" if evidence else ""
            passage = QTableWidgetItem(quote)
            passage.setToolTip(quote)  # a long passage is cut at the row's height
            self.table.setItem(row, 3, passage)
            self.keep[criterion_id] = keep
            self.editors[criterion_id] = editor
        for column, widest in ((1, 240), (2, 470)):  # the evidence column takes what is left
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        self.table.resizeRowsToContents()  # once the widths are known
        self._list_missing_and_promises(report)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    def _window(self) -> Any:
        """The contract's own support window: business-hours delays in the tooltips are
        turned into real time as the offer will count them."""
        from slaeval.analysis.to_offer import window_from_report

        return window_from_report(self.report)

    def _list_missing_and_promises(self, report: Any) -> None:
        from slaeval.analysis import promises_not_in_contract

        lang = current_lang()
        lines = []
        if report.missing:
            names = listed([self.catalogue.criterion(c).name(lang) for c in report.missing], lang)
            lines.append(_("Not found in the document: {names}").format(names=names))
        same = [o for o in self.state.project.offers if o.name == self.provider.text()]
        if same:
            for gap in promises_not_in_contract(same[0], report, self.catalogue):
                lines.append(gap.message.get(lang))  # it says "Promised, not in the contract"
        self.extra.setPlainText("\n".join(lines))
        self.extra.setVisible(bool(lines))
        if lines:  # as high as its text up to eight lines, then it scrolls
            self.extra.setFixedHeight(self._extra_height())

    def _extra_height(self) -> int:
        document = self.extra.document()
        document.setTextWidth(self.extra.viewport().width() or self.width() - 40)
        lines = sum(
            document.findBlockByNumber(i).layout().lineCount() or 1
            for i in range(document.blockCount())
        )
        frame = 2 * self.extra.frameWidth() + 2 * int(document.documentMargin()) + 4
        return self.fontMetrics().lineSpacing() * min(max(lines, 1), 8) + frame

    def kept_answers(self) -> dict[str, Answer]:
        kept = {}
        for criterion_id, answer in self.proposals.items():
            if not self.keep[criterion_id].isChecked():
                continue
            value, clock = self.editors[criterion_id].value()
            if value != answer.value or clock != answer.clock:
                answer = answer.model_copy(
                    update={"value": value, "clock": clock, "source": "typed"}
                )
            kept[criterion_id] = answer
        return kept

    def create_offer(self) -> None:
        from slaeval.analysis import offer_from_report

        try:
            offer = offer_from_report(
                self.report, self.provider.text(), self.catalogue, answers=self.kept_answers()
            )
        except SlaevalError as error:
            show_error(self, error.text(current_lang()))
            return
        if any(o.id == offer.id for o in self.state.project.offers):
            offer = offer.model_copy(update={"id": new_offer_id()})
        flags = promise_flags(
            self.state.project, offer.name, self.report, self.catalogue, current_lang()
        )
        self.state.undo_stack.beginMacro(_("New offer from a contract document"))
        self.state.push(commands.AddOffer(self.state, offer))
        for offer_id, criterion_id, negotiation in flags:
            self.state.push(
                commands.set_negotiation(self.state, offer_id, criterion_id, negotiation)
            )
        self.state.undo_stack.endMacro()
        self.accept()
