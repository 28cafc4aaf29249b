"""The cost panel as a Qt model: one column per offer (like the comparison table), one row per
measure: the total cost over the term and per year, what the downtime allowed by the availability
commitment costs each month (at the client's cost of an hour), the share of a bad month's loss
that the service credits give back, and value for money (score per €10,000)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from slaeval.evaluation import OfferResult
from slaeval.formatting import format_money, format_number, format_percent
from slaeval.localized import Lang
from slaeval.ui.i18n import _

Index = QModelIndex | QPersistentModelIndex
MEASURES = ("total", "annual", "downtime", "credits", "value")


def measure_name(measure: str) -> str:
    return {
        "total": _("Total cost over the term"),
        "annual": _("Cost per year"),
        "downtime": _("Downtime cost per month"),
        "credits": _("Share given back by credits"),
        "value": _("Score per €10,000 spent"),
    }[measure]


def measure_help(measure: str) -> str:
    return {
        "total": _("Set-up, monthly fees over the whole term and the exit cost, excluding VAT."),
        "annual": _(
            "The total cost spread over twelve months: the figure to compare when the "
            "offers run for different terms."
        ),
        "downtime": _(
            "What the downtime allowed by the availability commitment costs you each "
            "month, at your cost of an hour of downtime."
        ),
        "credits": _(
            "On a bad month (twice the allowed downtime), the share of your loss that the "
            "service credits pay back."
        ),
        "value": _("Total score divided by the total cost, per €10,000: higher is better value."),
    }[measure]


class CostModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._results: tuple[OfferResult, ...] = ()
        self._lang: Lang = "en"

    def set_results(self, results: tuple[OfferResult, ...], lang: Lang) -> None:
        same = [r.offer_id for r in results] == [r.offer_id for r in self._results]
        if same and lang == self._lang:
            self._results = results
            if results:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(MEASURES) - 1, len(results) - 1)
                )
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(results) - 1)
            return
        self.beginResetModel()
        self._results, self._lang = results, lang
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._results else len(MEASURES)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._results)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._results):
                return self._results[section].name
            return None
        if not 0 <= section < len(MEASURES):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return measure_name(MEASURES[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return measure_help(MEASURES[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        result = self._results[index.column()]
        measure = MEASURES[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(result, measure)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            if measure == "total":
                return _("{monthly} a month for {months} months").format(
                    monthly=format_money(result.costs.monthly, self._lang),
                    months=result.costs.term_months,
                )
            return measure_help(measure)
        return None

    def _text(self, result: OfferResult, measure: str) -> str:
        costs, lang = result.costs, self._lang
        unknown = _("unknown")
        if measure == "total":
            if costs.total_cost <= 0:
                return _("no price yet")
            return format_money(costs.total_cost, lang)
        if measure == "annual":
            if costs.total_cost <= 0:
                return _("no price yet")
            return format_money(costs.annual_cost, lang)
        if measure == "downtime":
            value = costs.downtime_cost_per_month
            return unknown if value is None else format_money(value, lang)
        if measure == "credits":
            share = costs.credit_share
            return unknown if share is None else format_percent(share, lang, 0)
        value = costs.value_for_money
        return unknown if value is None else format_number(value, lang)
