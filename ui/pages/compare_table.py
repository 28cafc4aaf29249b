"""The comparison table view: fixed two-line rows (fast to repaint at any size), the criterion
and requirement columns frozen on the left while the offers scroll, column widths that show
every offer when they fit, area rows that fold on a click or with Enter, and a double click on
an offer's cell that asks to edit that answer."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from slaeval.ui.models.compare_filter import CompareFilter
from slaeval.ui.models.compare_model import (
    COL_CRITERION,
    COL_TARGET,
    FIRST_OFFER_COL,
    ROLE_KEY,
    ROLE_KIND,
    SUMMARY_KINDS,
)

CRITERION_WIDTH = 280
TARGET_WIDTH = 150
NARROW_CRITERION = 230  # when the offers need the room
NARROW_TARGET = 130
OFFER_WIDTH = 175  # an offer column when the offers cannot all be shown
OFFER_FIT = 150  # the narrowest an offer column gets to show every offer at once
OFFER_WIDEST = 320
KO_LINES = 8  # the K.O. row grows up to this, so that every reason reads whole
KO_ROW = SUMMARY_KINDS.index("knockout")


def column_widths(room: int, offers: int) -> tuple[int, int, int]:
    """(criterion, requirement, each offer) for a viewport ``room`` pixels wide."""
    if offers <= 0:
        return CRITERION_WIDTH, TARGET_WIDTH, OFFER_WIDTH
    for criterion, target in ((CRITERION_WIDTH, TARGET_WIDTH), (NARROW_CRITERION, NARROW_TARGET)):
        each = (room - criterion - target) // offers
        if each >= OFFER_FIT:
            return criterion, target, min(OFFER_WIDEST, each)
    return NARROW_CRITERION, NARROW_TARGET, OFFER_WIDTH


def _setup(view: QTableView) -> None:
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    rows = view.verticalHeader()
    rows.setVisible(False)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().lineSpacing() * 2 + 10)
    header = view.horizontalHeader()
    header.setDefaultSectionSize(OFFER_WIDTH)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)


class CompareTable(QTableView):
    answer_requested = Signal(str, str)  # offer id, criterion id

    def __init__(self, proxy: CompareFilter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.setModel(proxy)
        _setup(self)
        self._bold = QFont(self.font())
        self._bold.setBold(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.frozen = QTableView(self)
        self.frozen.setModel(proxy)
        _setup(self.frozen)
        self.frozen.setObjectName("frozen")
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen.setSelectionModel(self.selectionModel())
        self.frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for policy in (
            self.frozen.setHorizontalScrollBarPolicy,
            self.frozen.setVerticalScrollBarPolicy,
        ):
            policy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setStyleSheet(
            "QTableView#frozen { border: none; border-right: 2px solid #9aa7b8; }"
        )
        self.viewport().stackUnder(self.frozen)
        ours, theirs = self.verticalScrollBar(), self.frozen.verticalScrollBar()
        ours.valueChanged.connect(theirs.setValue)
        theirs.valueChanged.connect(ours.setValue)
        for view in (self, self.frozen):
            view.clicked.connect(self._fold_area)
            view.doubleClicked.connect(self._open_answer)
        proxy.modelReset.connect(self._reshape)
        proxy.layoutChanged.connect(self._reshape)
        proxy.dataChanged.connect(self._after_new_data)
        self.best_first = False
        self._measured: dict[tuple[object, ...], int] = {}
        self.horizontalHeader().sectionResized.connect(self._frozen_resized)

    # ------------------------------------------------------------ shape
    def _reshape(self) -> None:
        columns = self.proxy.columnCount()
        for column in range(columns):
            self.frozen.setColumnHidden(column, column >= FIRST_OFFER_COL)
        self._set_widths()
        self.order_offers()

    def _after_new_data(self) -> None:
        self._knockout_height()
        if self.best_first:
            self.order_offers()

    def set_best_first(self, on: bool) -> None:
        self.best_first = on
        self.order_offers()

    def order_offers(self) -> None:
        """Offer columns in rank order (K.O.s last) or in the project's order."""
        model = self.proxy.source()
        columns = list(range(FIRST_OFFER_COL, model.columnCount()))
        if self.best_first:
            ranks = {c: model.result_at(c).rank for c in columns}
            columns.sort(key=lambda c: (ranks[c] is None, ranks[c] or 0, c))
        header = self.horizontalHeader()
        for place, column in enumerate(columns, FIRST_OFFER_COL):
            if header.visualIndex(column) != place:
                header.moveSection(header.visualIndex(column), place)

    def _knockout_height(self) -> None:
        """The K.O. row grows (up to a few lines) until its longest reason reads whole."""
        if self.proxy.rowCount() <= KO_ROW:
            return
        model = self.proxy.source()
        metrics = QFontMetrics(self._bold)
        lines = 2
        known: dict[tuple[object, ...], int] = {}
        for column in range(FIRST_OFFER_COL, self.proxy.columnCount()):
            result = model.result_at(column)
            if not result.knockouts:
                continue
            # what the reason and its room depend on: measured again only when it changes
            values = tuple(model.answer_key(result.offer_id, k) for k in result.knockouts)
            key = (model.lang(), self.columnWidth(column), result.knockouts, values)
            if key not in self._measured:
                text = str(self.proxy.index(KO_ROW, column).data() or "")
                room = QRect(0, 0, max(40, self.columnWidth(column) - 10), 10_000)
                needed = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, text).height()
                self._measured[key] = -(-needed // metrics.lineSpacing())
            known[key] = self._measured[key]
            lines = max(lines, known[key])
        self._measured = known  # forget reasons no longer shown
        height = metrics.lineSpacing() * min(lines, KO_LINES) + 10
        if self.rowHeight(KO_ROW) != height:
            for view in (self, self.frozen):
                view.setRowHeight(KO_ROW, height)

    def _set_widths(self) -> None:
        columns = self.proxy.columnCount()
        if columns <= COL_TARGET + 1:
            return
        criterion, target, each = column_widths(self.viewport().width(), columns - FIRST_OFFER_COL)
        for view in (self, self.frozen):
            view.setColumnWidth(COL_CRITERION, criterion)
            view.setColumnWidth(COL_TARGET, target)
        for column in range(FIRST_OFFER_COL, columns):
            self.setColumnWidth(column, each)
        self._place_frozen()
        self._knockout_height()

    def _frozen_resized(self, column: int, _old: int, size: int) -> None:
        if column < FIRST_OFFER_COL:
            self.frozen.setColumnWidth(column, size)
            self._place_frozen()

    def _place_frozen(self) -> None:
        frame = self.frameWidth()
        width = self.columnWidth(COL_CRITERION) + self.columnWidth(COL_TARGET)
        header = self.horizontalHeader().height()
        if self.frozen.horizontalHeader().height() != header:  # rows line up with ours
            self.frozen.horizontalHeader().setFixedHeight(header)
        self.frozen.setGeometry(frame, frame, width + 2, self.viewport().height() + header)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._set_widths()

    def updateGeometries(self) -> None:
        super().updateGeometries()
        if hasattr(self, "frozen"):
            self._place_frozen()

    def scrollTo(
        self,
        index: QModelIndex | QPersistentModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        """Scroll so that the cell is not hidden under the frozen columns."""
        bar = self.horizontalScrollBar()
        keep = bar.value()
        super().scrollTo(index, hint)
        if index.column() < FIRST_OFFER_COL:
            bar.setValue(keep)  # the frozen columns are always in sight
            return
        left = self.visualRect(self.proxy.index(index.row(), index.column())).left()
        if left < self.frozen.width():
            bar.setValue(bar.value() + left - self.frozen.width())

    # ------------------------------------------------------------ actions
    def _fold_area(self, index: QModelIndex) -> None:
        if index.data(ROLE_KIND) == "area":
            self.proxy.toggle_fold(str(index.data(ROLE_KEY)))

    def _open_answer(self, index: QModelIndex) -> None:
        if index.data(ROLE_KIND) == "criterion" and index.column() >= FIRST_OFFER_COL:
            offer_id = self.proxy.source().result_at(index.column()).offer_id
            self.answer_requested.emit(offer_id, str(index.data(ROLE_KEY)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            index = self.currentIndex()
            if index.isValid() and index.data(ROLE_KIND) == "area":
                self._fold_area(index)
                return
            if index.isValid() and event.key() != Qt.Key.Key_Space:
                self._open_answer(index)
                return
        super().keyPressEvent(event)
