"""Step 4, Compare: every criterion side by side (status by colour and symbol), subtotals,
total, rank and K.O.s; filters; the sensitivity sentence; a radar of the area scores, the cost
panel and the weights, all following every edit."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from slaeval.evaluation import OfferResult
from slaeval.explain import sensitivity_sentence
from slaeval.ui.app_state import AppState
from slaeval.ui.i18n import _, current_lang
from slaeval.ui.models.compare_filter import CompareFilter
from slaeval.ui.models.compare_model import FIRST_OFFER_COL, SUMMARY_KINDS, CompareModel
from slaeval.ui.models.cost_model import CostModel
from slaeval.ui.pages.base import Page
from slaeval.ui.pages.compare_table import CompareTable
from slaeval.ui.pages.navigation import open_answer
from slaeval.ui.widgets.flow_layout import FlowLayout
from slaeval.ui.widgets.radar import CROWDED, RadarChart
from slaeval.ui.widgets.weights_panel import WeightsPanel

RADAR_TOP = 5  # offers drawn in colour on a crowded radar, besides the one picked


class ComparePage(Page):
    step_id = "compare"

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self._stale = True
        self.model = CompareModel(self)
        self.proxy = CompareFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.sort(0)
        self.costs = CostModel(self)
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.sentence.setObjectName("sensitivity")
        self.sentence.setStyleSheet(
            "QLabel#sensitivity { color: #14233c; background: #eef3fb; border: 1px solid #c5d3ea;"
            " border-radius: 4px; padding: 6px; font-weight: bold; }"
        )
        self.table = CompareTable(self.proxy)
        self.table.answer_requested.connect(lambda o, c: open_answer(self, o, c))
        self._picked: str | None = None  # the offer whose column was picked last
        self.table.selectionModel().currentChanged.connect(lambda i, _p: self._cell_picked(i))
        self.no_match = QLabel()
        self.no_match.setVisible(False)
        self.radar = RadarChart()
        self.cost_view = self._cost_view()
        self.weights = WeightsPanel(state)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._content())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.retranslate()

    # ------------------------------------------------------------ layout
    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.differences = QCheckBox()
        self.differences.toggled.connect(lambda on: self._filter(differences_only=on))
        self.problems = QCheckBox()
        self.problems.toggled.connect(lambda on: self._filter(problems_only=on))
        self.by_weight = QCheckBox()
        self.by_weight.toggled.connect(lambda on: self._filter(by_weight=on))
        self.best_first = QCheckBox()
        self.best_first.toggled.connect(self.table.set_best_first)
        self.fold_all = QPushButton()
        self.fold_all.clicked.connect(self._fold_all)
        self.unfold_all = QPushButton()
        self.unfold_all.clicked.connect(lambda: self.proxy.set_folded(set()))
        boxes = QWidget()  # the check boxes wrap onto a second line in a narrow window
        flow = FlowLayout(boxes, spacing=12)
        for widget in (self.differences, self.problems, self.by_weight, self.best_first):
            flow.addWidget(widget)
        row.addWidget(boxes, 1)
        row.addWidget(self.fold_all)
        row.addWidget(self.unfold_all)
        return row

    def _cost_view(self) -> QTableView:
        view = QTableView()
        view.setModel(self.costs)
        view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        view.setWordWrap(True)
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(view.fontMetrics().lineSpacing() * 2 + 10)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        rows.setFixedWidth(250)
        header = view.horizontalHeader()
        header.setDefaultSectionSize(140)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return view

    def _content(self) -> QWidget:
        top = QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.sentence)
        column.addLayout(self._filters())
        column.addWidget(self.no_match)
        column.addWidget(self.table, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.radar, "")
        self.tabs.addTab(self.cost_view, "")
        self.tabs.addTab(self.weights, "")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([500, 300])  # the table first, the charts below
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        return splitter

    # ------------------------------------------------------------ texts
    def title(self) -> str:
        return _("Compare")

    def retranslate(self) -> None:
        self.differences.setText(_("Differences only"))
        self.problems.setText(_("Red flags and unknowns only"))
        self.by_weight.setText(_("Sort by weight"))
        self.by_weight.setToolTip(
            _("Heaviest areas first, and inside each area the heaviest criteria")
        )
        self.best_first.setText(_("Best ranked first"))
        self.best_first.setToolTip(_("Offer columns in the order of the ranking, K.O.s last"))
        self.fold_all.setText(_("Fold all"))
        self.unfold_all.setText(_("Unfold all"))
        self.no_match.setText(_("No criterion matches these filters."))
        self.empty.setText(_("Add at least one offer on the Offers step to compare it here."))
        self.tabs.setTabText(0, _("Area scores"))
        self.tabs.setTabText(1, _("Costs"))
        self.tabs.setTabText(2, _("Weights"))
        self.table.setAccessibleName(_("Comparison of the offers"))
        self.radar.setAccessibleName(_("Area scores of each offer"))
        self.radar.empty_text = _("The chart needs at least three areas and one offer.")
        self.radar.others_text = _("{count} others, in grey")
        self.cost_view.setAccessibleName(_("Costs of each offer"))
        self.weights.retranslate()
        self._stale = True
        self.refresh()

    # ------------------------------------------------------------ showing
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        if not self.isVisible():
            self._stale = True  # rebuilt when shown: hidden pages cost nothing per edit
            return
        self._stale = False
        pe = self.state.evaluation
        offers = self.state.project.offers
        lang = current_lang()
        self.model.set_evaluation(pe, offers, lang)
        self.proxy.refresh()
        if pe is None or not offers:
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        evaluation = pe.evaluation
        self.sentence.setText(sensitivity_sentence(evaluation, pe.catalogue, lang))
        self.costs.set_results(evaluation.offers, lang)
        self._update_radar()
        self.weights.refresh()
        self._update_no_match()

    def _update_radar(self) -> None:
        pe = self.state.evaluation
        if pe is None:
            return
        results = pe.evaluation.offers
        lang = current_lang()
        areas = [
            a for a in pe.catalogue.areas_in_review_order() if a.id in pe.evaluation.area_weights
        ]
        self.radar.set_data(
            [a.label.get(lang) for a in areas],
            [(r.name, [r.areas.get(a.id, 0.0) for a in areas]) for r in results],
            self._radar_emphasis(results),
        )

    def _radar_emphasis(self, results: tuple[OfferResult, ...]) -> list[int] | None:
        """Crowded chart: the best ranked in colour, and the offer picked in the table."""
        if len(results) <= CROWDED:
            return None
        ranked = sorted(
            (i for i, r in enumerate(results) if r.rank is not None),
            key=lambda i: results[i].rank or 0,
        )
        chosen = ranked[:RADAR_TOP] or list(range(RADAR_TOP))
        picked = next((i for i, r in enumerate(results) if r.offer_id == self._picked), None)
        if picked is not None and picked not in chosen:
            chosen.append(picked)
        return chosen

    def _cell_picked(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() >= FIRST_OFFER_COL:
            offer_id = self.model.result_at(index.column()).offer_id
            if offer_id != self._picked:
                self._picked = offer_id
                self._update_radar()

    def _filter(self, **flags: bool) -> None:
        self.proxy.set_filters(**flags)
        self._update_no_match()

    def _fold_all(self) -> None:
        pe = self.state.evaluation
        if pe is not None:
            self.proxy.set_folded({a.id for a in pe.catalogue.areas})

    def _update_no_match(self) -> None:
        filtering = self.proxy.differences_only or self.proxy.problems_only
        self.no_match.setVisible(filtering and self.proxy.rowCount() <= len(SUMMARY_KINDS))

    def completion(self) -> float:
        return 1.0 if len(self.state.project.offers) >= 2 else 0.0
