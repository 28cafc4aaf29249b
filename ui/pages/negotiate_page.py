"""Step 5, Negotiate: per offer, the asks in order of importance with their state."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from slaeval.explain import format_value
from slaeval.project import Negotiation
from slaeval.ui import commands
from slaeval.ui.app_state import AppState
from slaeval.ui.i18n import _, current_lang
from slaeval.ui.pages.base import Page

STATES = ("pending", "obtained", "refused")


class NegotiatePage(Page):
    step_id = "negotiate"

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.offer_label = QLabel()
        self.offer = QComboBox()
        self.offer.currentIndexChanged.connect(lambda _i: self._fill())
        top.addWidget(self.offer_label)
        top.addWidget(self.offer, 1)
        self.table = QTableWidget()
        self.table.setWordWrap(True)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def title(self) -> str:
        return _("Negotiate")

    def retranslate(self) -> None:
        self.offer_label.setText(_("Offer"))
        self.offer.setAccessibleName(_("Offer"))
        self.refresh()

    def refresh(self) -> None:
        current = self.offer.currentData()
        self.offer.blockSignals(True)
        self.offer.clear()
        for offer in self.state.project.offers:
            self.offer.addItem(offer.name, offer.id)
        index = self.offer.findData(current)
        self.offer.setCurrentIndex(max(0, index))
        self.offer.blockSignals(False)
        self._fill()

    def _fill(self) -> None:
        pe = self.state.evaluation
        offer_id = self.offer.currentData()
        self.table.clear()
        headers = [_("Ask"), _("Current value"), _("Fallback"), _("State")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        if pe is None or offer_id is None:
            self.table.setRowCount(0)
            return
        lang = current_lang()
        offer = self.state.project.offer(offer_id)
        asks = pe.evaluation.result(offer_id).asks
        self.table.setRowCount(len(asks))
        for row, ask in enumerate(asks):
            criterion = pe.catalogue.criterion(ask.criterion_id)
            prefix = "K.O. — " if ask.knockout else ""
            self.table.setItem(row, 0, QTableWidgetItem(prefix + criterion.ask.get(lang)))
            self.table.setItem(
                row,
                1,
                QTableWidgetItem(
                    format_value(
                        criterion, offer.answers.get(ask.criterion_id), offer.support_window, lang
                    )
                ),
            )
            self.table.setItem(row, 2, QTableWidgetItem(criterion.fallback.get(lang)))
            combo = QComboBox()
            combo.addItems([_(s) for s in STATES])
            negotiation = self.state.project.negotiation_for(offer_id, ask.criterion_id)
            combo.setCurrentIndex(STATES.index(negotiation.state))
            combo.setAccessibleName(_("State"))
            combo.setEnabled(not self.state.read_only)
            combo.currentIndexChanged.connect(
                lambda i, c=ask.criterion_id, n=negotiation: self._set_state(offer_id, c, n, i)
            )
            self.table.setCellWidget(row, 3, combo)
        self.table.resizeColumnsToContents()
        for column in (0, 2):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 380))
        self.table.resizeRowsToContents()

    def _set_state(
        self, offer_id: str, criterion_id: str, negotiation: Negotiation, index: int
    ) -> None:
        new = negotiation.model_copy(update={"state": STATES[index]})
        self.state.push(commands.set_negotiation(self.state, offer_id, criterion_id, new))

    def completion(self) -> float:
        negotiation = self.state.project.negotiation
        return (
            1.0
            if any(v.state != "pending" for n in negotiation.values() for v in n.values())
            else 0.0
        )
