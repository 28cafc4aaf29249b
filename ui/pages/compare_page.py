"""Step 4, Compare: every criterion side by side, with its status shown by colour and symbol,
the totals, ranks, K.O.s and the sensitivity sentence."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from slaeval.explain import STATUS_LABELS, format_value, sensitivity_sentence, status_label
from slaeval.formatting import format_number
from slaeval.ui.app_state import AppState
from slaeval.ui.i18n import _, current_lang
from slaeval.ui.pages.base import Page

STATUS_COLOURS = {
    "good": "#2e7d32",
    "acceptable": "#b26a00",
    "red": "#c62828",
    "unknown": "#6d6d6d",
    "not_applicable": "#9e9e9e",
}


class ComparePage(Page):
    step_id = "compare"

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        layout = QVBoxLayout(self)
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        layout.addWidget(self.sentence)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def title(self) -> str:
        return _("Compare")

    def refresh(self) -> None:
        pe = self.state.evaluation
        self.table.clear()
        if pe is None or not pe.evaluation.offers:
            self.sentence.setText(_("Add offers to compare them here."))
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            return
        lang = current_lang()
        results = pe.evaluation.offers
        offers = {o.id: o for o in self.state.project.offers}
        self.sentence.setText(sensitivity_sentence(pe.evaluation, pe.catalogue, lang))
        self.table.setColumnCount(len(results) + 1)
        self.table.setHorizontalHeaderLabels([_("Criterion")] + [r.name for r in results])
        rows: list[tuple[str, list[QTableWidgetItem]]] = []
        bold = QFont()
        bold.setBold(True)
        for area in pe.catalogue.areas_in_review_order():
            cells = [self._item(f"{area.label.get(lang)}", bold=True)]
            cells += [
                self._item(format_number(r.areas.get(area.id, 0.0), lang), bold=True)
                for r in results
            ]
            rows.append((area.id, cells))
            for criterion in pe.catalogue.in_area(area.id):
                cells = [self._item("    " + criterion.question.get(lang))]
                for r in results:
                    cr = r.criteria[criterion.id]
                    offer = offers[r.offer_id]
                    text = format_value(
                        criterion, offer.answers.get(criterion.id), offer.support_window, lang
                    )
                    item = self._item(f"{STATUS_LABELS[cr.status][0]} {text}")
                    item.setForeground(QBrush(QColor(STATUS_COLOURS[cr.status])))
                    item.setToolTip(
                        f"{status_label(cr.status, lang)} — {format_number(cr.score, lang)}/100"
                    )
                    cells.append(item)
                rows.append((criterion.id, cells))
        total = [self._item(_("Total"), bold=True)] + [
            self._item(format_number(r.total, lang), bold=True) for r in results
        ]
        rank = [self._item(_("Rank"), bold=True)] + [
            self._item(
                f"#{r.rank}" if r.rank else _("knocked out") + ": " + ", ".join(r.knockouts),
                bold=True,
            )
            for r in results
        ]
        rows = [("total", total), ("rank", rank), *rows]
        self.table.setRowCount(len(rows))
        for row, (_key, cells) in enumerate(rows):
            for column, item in enumerate(cells):
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 420))

    @staticmethod
    def _item(text: str, bold: bool = False) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        if bold:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        return item

    def completion(self) -> float:
        return 1.0 if len(self.state.project.offers) >= 2 else 0.0
