"""The comparison table as a Qt model over the core's evaluation.

Rows: rank, total and K.O. summary rows, then for each area its subtotal row followed by its
criteria. Columns: the criterion, the client's requirement, then one column per offer. Texts
are built when a cell is first shown and cached until the next evaluation, so a re-score only
swaps the data and signals ``dataChanged`` (a reset happens only when rows or offers change).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from slaeval.evaluation import OfferResult
from slaeval.explain import format_value, status_label
from slaeval.formatting import format_number, format_percent
from slaeval.localized import Lang
from slaeval.offers import Offer
from slaeval.project_evaluation import ProjectEvaluation
from slaeval.ui.i18n import _
from slaeval.ui.models.criterion_text import cell_reason, criterion_name, target_text
from slaeval.ui.widgets.status_style import status_background, status_foreground, status_symbol

COL_CRITERION = 0
COL_TARGET = 1
FIRST_OFFER_COL = 2

ROLE_KIND = Qt.ItemDataRole.UserRole + 1  # "rank" | "total" | "knockout" | "area" | "criterion"
ROLE_KEY = Qt.ItemDataRole.UserRole + 2  # area id or criterion id
ROLE_STATUS = Qt.ItemDataRole.UserRole + 3  # a criterion cell's status
ROLE_AREA = Qt.ItemDataRole.UserRole + 4

SUMMARY_KINDS = ("rank", "total", "knockout")
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TEXT_ROLES = frozenset(
    {_DISPLAY, int(Qt.ItemDataRole.ToolTipRole), int(Qt.ItemDataRole.AccessibleTextRole)}
)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ROLES = _TEXT_ROLES | {
    _FOREGROUND,
    _BACKGROUND,
    _FONT,
    _ALIGNMENT,
    int(ROLE_KIND),
    int(ROLE_KEY),
    int(ROLE_STATUS),
    int(ROLE_AREA),
}
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_SUMMARY_TINTS = {
    "area": QColor("#dfe6ee"),
    **dict.fromkeys(("rank", "total", "knockout"), QColor("#eef2f6")),
}
_SUMMARY_TEXT = QColor("#14233c")  # dark on the light tint, whatever the palette
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Row:
    kind: str
    key: str = ""
    area: str = ""
    order: int = 0  # position in the catalogue (areas: review order)


class CompareModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._pe: ProjectEvaluation | None = None
        self._rows: list[Row] = []
        self._results: tuple[OfferResult, ...] = ()
        self._offers: dict[str, Offer] = {}
        self._lang: Lang = "en"
        self._cache: dict[tuple[int, int, int], Any] = {}
        self._folded: set[str] = set()
        self._bold = QFont()
        self._bold.setBold(True)

    # ------------------------------------------------------------ feeding
    def set_evaluation(
        self, pe: ProjectEvaluation | None, offers: tuple[Offer, ...], lang: Lang
    ) -> None:
        rows = _build_rows(pe) if pe is not None and offers else []
        results = pe.evaluation.offers if pe is not None and rows else ()
        same_shape = (
            rows == self._rows
            and [r.offer_id for r in results] == [r.offer_id for r in self._results]
            and lang == self._lang
        )
        if not same_shape:
            self.beginResetModel()
        self._pe, self._rows, self._results, self._lang = pe, rows, results, lang
        self._offers = {o.id: o for o in offers}
        self._cache.clear()
        if not same_shape:
            self.endResetModel()
        elif rows:
            last = self.index(len(rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            self.headerDataChanged.emit(
                Qt.Orientation.Horizontal, FIRST_OFFER_COL, self.columnCount() - 1
            )

    def set_folded(self, areas: set[str]) -> None:
        """Which areas show the ▸ (folded) marker rather than ▾; the filter hides their rows."""
        self._folded = set(areas)
        for row, info in enumerate(self._rows):
            if info.kind == "area":
                self._cache.pop((row, COL_CRITERION, int(Qt.ItemDataRole.DisplayRole)), None)
                index = self.index(row, COL_CRITERION)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    # ------------------------------------------------------------ shape
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._rows else FIRST_OFFER_COL + len(self._results)

    def lang(self) -> Lang:
        return self._lang

    def answer_key(self, offer_id: str, criterion_id: str) -> tuple[object, ...]:
        """What an offer's answer shows as (value, clock, support window), cheap to compare."""
        offer = self._offers[offer_id]
        answer = offer.answers.get(criterion_id)
        shown = (None, None) if answer is None else (answer.value, answer.clock)
        return (*shown, offer.support_window)

    def row_info(self, row: int) -> Row:
        return self._rows[row]

    def offer_ids(self) -> list[str]:
        return [r.offer_id for r in self._results]

    def area_rows(self, area: str) -> list[int]:
        return [i for i, r in enumerate(self._rows) if r.kind == "criterion" and r.area == area]

    def result_at(self, column: int) -> OfferResult:
        return self._results[column - FIRST_OFFER_COL]

    # ------------------------------------------------------------ what the filters read
    def statuses(self, row: int) -> list[str]:
        key = self._rows[row].key
        return [r.criteria[key].status for r in self._results]

    def differs(self, row: int) -> bool:
        """Do the offers answer this criterion differently (value or status)?"""
        key = self._rows[row].key
        seen = {(r.criteria[key].status, r.criteria[key].value) for r in self._results}
        return len(seen) > 1

    def has_problem(self, row: int) -> bool:
        return any(s in ("red", "unknown") for s in self.statuses(row))

    def weight(self, row: int) -> float:
        """A criterion's share of the total, in percent (0 when it does not count)."""
        info = self._rows[row]
        if info.kind == "criterion" and self._results:
            return self._results[0].criteria[info.key].weight
        return 0.0

    def area_weight(self, area: str) -> float:
        return self._pe.evaluation.area_weights.get(area, 0.0) if self._pe else 0.0

    def area_order(self, area: str) -> int:
        return self._pe.catalogue.area(area).review_order if self._pe else 0

    # ------------------------------------------------------------ cells
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every painted cell: unknown roles leave first, and the
        # roles are compared as plain ints (the view repaints 30 offers x 80 rows quickly).
        role = int(role)
        if role not in _ROLES or self._pe is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        info = self._rows[row]
        if role in _TEXT_ROLES:
            key = (row, column, role)
            if key not in self._cache:
                self._cache[key] = self._text(info, column, role != _DISPLAY)
            return self._cache[key]
        if role == _FOREGROUND:
            status = self._status(info, column)
            if status:
                return status_foreground(status)
            return _SUMMARY_TEXT if info.kind in _SUMMARY_TINTS else None
        if role == _BACKGROUND:
            status = self._status(info, column)
            return status_background(status) if status else _SUMMARY_TINTS.get(info.kind)
        if role == _FONT:
            return self._bold if info.kind != "criterion" else None
        if role == _ALIGNMENT:
            return _LEFT
        if role == ROLE_KIND:
            return info.kind
        if role == ROLE_KEY:
            return info.key
        if role == ROLE_AREA:
            return info.area
        return self._status(info, column)  # ROLE_STATUS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or self._pe is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == COL_CRITERION:
                return _("Criterion")
            if section == COL_TARGET:
                return _("Your requirement")
            result = self.result_at(section)
            return result.name + ("\n✖ K.O." if result.knocked_out else f"\n#{result.rank}")
        if role == Qt.ItemDataRole.ToolTipRole and section >= FIRST_OFFER_COL:
            return self._rank_text(self.result_at(section), tooltip=True)
        return None

    def _status(self, info: Row, column: int) -> str | None:
        if info.kind != "criterion" or column < FIRST_OFFER_COL:
            return None
        return self.result_at(column).criteria[info.key].status

    # ------------------------------------------------------------ texts
    def _text(self, info: Row, column: int, tooltip: bool) -> str:
        if info.kind == "criterion":
            return self._criterion_text(info, column, tooltip)
        if info.kind == "area":
            return self._area_text(info, column, tooltip)
        if column == COL_CRITERION:
            return {"rank": _("Rank"), "total": _("Total score"), "knockout": _("K.O.")}[info.kind]
        if column == COL_TARGET:
            return "/100" if info.kind == "total" else ""
        result = self.result_at(column)
        if info.kind == "rank":
            return self._rank_text(result, tooltip)
        if info.kind == "total":
            return format_number(result.total, self._lang)
        return self._knockout_text(result, tooltip)

    def _criterion_text(self, info: Row, column: int, tooltip: bool) -> str:
        assert self._pe is not None
        lang = self._lang
        criterion = self._pe.catalogue.criterion(info.key)
        req = self._pe.requirements
        if column == COL_CRITERION:
            question = criterion.question.get(lang)
            return f"{question}\n\n{criterion.help.get(lang)}" if tooltip else question
        if column == COL_TARGET:
            text = target_text(criterion, req, lang)
            if tooltip:
                return _("What you require for this point: {target}").format(target=text)
            return text
        result = self.result_at(column)
        offer = self._offers[result.offer_id]
        answer = offer.answers.get(info.key)
        cr = result.criteria[info.key]
        if tooltip:
            reason = cell_reason(criterion, cr, answer, offer.support_window, req, lang)
            return reason + "\n" + _("Double-click to change this answer.")
        text = format_value(criterion, answer, offer.support_window, lang)
        if cr.status == "not_applicable":
            text = _("not applicable")
        marker = " · K.O." if criterion.id in result.knockouts else ""
        return f"{status_symbol(cr.status)} {text}{marker}"

    def _area_text(self, info: Row, column: int, tooltip: bool) -> str:
        assert self._pe is not None
        share = self._pe.evaluation.area_weights.get(info.key)
        if column == COL_CRITERION:
            label = self._pe.catalogue.area(info.key).label.get(self._lang)
            return label if tooltip else ("▸ " if info.key in self._folded else "▾ ") + label
        if column == COL_TARGET:
            if share is None:
                return _("not counted")
            return _("weight {share}").format(share=format_percent(share, self._lang, 0))
        score = self.result_at(column).areas.get(info.key)
        if score is None:
            return "–"
        text = format_number(score, self._lang)
        if tooltip:
            return _("Area score: {score}/100").format(score=text)
        return text

    def _rank_text(self, result: OfferResult, tooltip: bool) -> str:
        if result.rank is None:
            return (
                _("✖ K.O.: out of the ranking")
                if not tooltip
                else self._knockout_text(result, True)
            )
        text = f"#{result.rank}"
        if tooltip:
            text = _("Rank {rank}, total {total}/100").format(
                rank=result.rank, total=format_number(result.total, self._lang)
            )
        return text

    def _knockout_text(self, result: OfferResult, tooltip: bool) -> str:
        assert self._pe is not None
        if not result.knockouts:
            return "" if not tooltip else _("Passes every must-have (K.O.) criterion.")
        offer = self._offers[result.offer_id]
        parts = []
        for criterion_id in result.knockouts:
            criterion = self._pe.catalogue.criterion(criterion_id)
            status = result.criteria[criterion_id].status
            value = format_value(
                criterion, offer.answers.get(criterion_id), offer.support_window, self._lang
            )
            if tooltip:
                question = criterion.question.get(self._lang)
                parts.append(f"{question} — {value} ({status_label(status, self._lang)})")
            else:  # the cell: its short name, then the reason
                name = criterion_name(criterion, self._lang)
                parts.append(_("{name}: {reason}").format(name=name, reason=value))
        if tooltip:
            return (
                _("Out of the ranking because of a must-have (K.O.) criterion:")
                + "\n"
                + ("\n".join(parts))
            )
        return "\n".join("✖ " + part for part in parts)


def _build_rows(pe: ProjectEvaluation) -> list[Row]:
    rows = [Row(kind) for kind in SUMMARY_KINDS]
    position = {c.id: i for i, c in enumerate(pe.catalogue.criteria)}
    for area in pe.catalogue.areas_in_review_order():
        rows.append(Row("area", area.id, area.id, area.review_order))
        rows += [
            Row("criterion", c.id, area.id, position[c.id]) for c in pe.catalogue.in_area(area.id)
        ]
    return rows
