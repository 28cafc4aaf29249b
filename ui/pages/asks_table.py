"""The Negotiate table of asks: whole rows selected, two-line rows, and column widths that give
what to ask for the room left by the others (never less than it needs to be read: the table
scrolls sideways instead)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from slaeval.ui.models.asks_model import COLUMNS

WIDTHS = {"rank": 36, "now": 190, "wanted": 140, "gain": 64, "state": 115, "reply": 150}
NARROW = {"now": 150, "wanted": 120, "reply": 110}  # when the window is narrow
ASK_WIDTH = 240  # the narrowest "what to ask for" gets before the table scrolls


def asks_widths(room: int) -> dict[str, int]:
    """Every column's width for a viewport ``room`` pixels wide."""
    for fixed in (WIDTHS, {**WIDTHS, **NARROW}):
        ask = room - sum(fixed.values())
        if ask >= ASK_WIDTH:
            return {**fixed, "ask": ask}
    return {**WIDTHS, **NARROW, "ask": ASK_WIDTH}


class AsksTable(QTableView):
    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 10)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        model.modelReset.connect(self.fit_columns)

    def fit_columns(self) -> None:
        for column, width in asks_widths(self.viewport().width()).items():
            self.setColumnWidth(COLUMNS.index(column), width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()
