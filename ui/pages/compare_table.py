"""The comparison table view: fixed two-line rows (fast to repaint at any size), wide enough
columns, and area rows that fold and unfold on a click or with Enter."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from slaeval.ui.models.compare_filter import CompareFilter
from slaeval.ui.models.compare_model import COL_CRITERION, COL_TARGET, ROLE_KEY, ROLE_KIND

CRITERION_WIDTH = 280
TARGET_WIDTH = 150
OFFER_WIDTH = 175  # the narrowest an offer column gets; wider when few offers leave room


class CompareTable(QTableView):
    def __init__(self, proxy: CompareFilter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.setModel(proxy)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 10)
        header = self.horizontalHeader()
        header.setDefaultSectionSize(OFFER_WIDTH)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        self.clicked.connect(self._fold_area)
        proxy.modelReset.connect(self._set_widths)

    def _set_widths(self) -> None:
        columns = self.proxy.columnCount()
        if columns <= COL_TARGET + 1:
            return
        self.setColumnWidth(COL_CRITERION, CRITERION_WIDTH)
        self.setColumnWidth(COL_TARGET, TARGET_WIDTH)
        room = self.viewport().width() - CRITERION_WIDTH - TARGET_WIDTH
        width = max(OFFER_WIDTH, min(320, room // (columns - COL_TARGET - 1)))
        for column in range(COL_TARGET + 1, columns):
            self.setColumnWidth(column, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._set_widths()

    def _fold_area(self, index: QModelIndex) -> None:
        if index.data(ROLE_KIND) == "area":
            self.proxy.toggle_fold(str(index.data(ROLE_KEY)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            index = self.currentIndex()
            if index.isValid() and index.data(ROLE_KIND) == "area":
                self._fold_area(index)
                return
        super().keyPressEvent(event)
