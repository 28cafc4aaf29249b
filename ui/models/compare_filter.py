"""What the comparison table shows: folded areas, "differences only", "red flags and unknowns
only", and the order (catalogue order, or heaviest areas and criteria first).

The summary rows (rank, total, K.O.) always stay on top. An area row stays visible while its
area is folded, and disappears only when the filters leave none of its criteria.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from slaeval.ui.models.compare_model import SUMMARY_KINDS, CompareModel

Index = QModelIndex | QPersistentModelIndex


class CompareFilter(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.differences_only = False
        self.problems_only = False
        self.by_weight = False
        self.folded: set[str] = set()
        # Rows are re-filtered and re-sorted when a setting asks for it (``refresh``), not
        # on every dataChanged: with the plain view nothing moves when an answer changes.
        self.setDynamicSortFilter(False)

    def source(self) -> CompareModel:
        model = self.sourceModel()
        assert isinstance(model, CompareModel)
        return model

    # ------------------------------------------------------------ settings
    def set_filters(
        self,
        *,
        differences_only: bool | None = None,
        problems_only: bool | None = None,
        by_weight: bool | None = None,
    ) -> None:
        if differences_only is not None:
            self.differences_only = differences_only
        if problems_only is not None:
            self.problems_only = problems_only
        if by_weight is not None:
            self.by_weight = by_weight
        self.invalidate()

    def refresh(self) -> None:
        """After new data: only filters and the weight order depend on the values."""
        if self.differences_only or self.problems_only or self.by_weight:
            self.invalidate()

    def toggle_fold(self, area: str) -> None:
        self.set_folded(self.folded ^ {area})

    def set_folded(self, areas: set[str]) -> None:
        if not hasattr(self, "beginFilterChange"):  # Qt before 6.9
            self.folded = set(areas)
            self.invalidateFilter()
        else:
            self.beginFilterChange()
            self.folded = set(areas)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.source().set_folded(self.folded)

    # ------------------------------------------------------------ filtering
    def _passes(self, row: int) -> bool:
        model = self.source()
        if self.differences_only and not model.differs(row):
            return False
        return not (self.problems_only and not model.has_problem(row))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        info = self.source().row_info(source_row)
        if info.kind in SUMMARY_KINDS:
            return True
        if info.kind == "area":
            if not (self.differences_only or self.problems_only):
                return True
            return any(self._passes(r) for r in self.source().area_rows(info.key))
        return info.area not in self.folded and self._passes(source_row)

    # ------------------------------------------------------------ order
    def _key(self, row: int) -> tuple[float, ...]:
        model = self.source()
        info = model.row_info(row)
        if info.kind in SUMMARY_KINDS:
            return (0.0, float(SUMMARY_KINDS.index(info.kind)))
        heaviest_first = -model.area_weight(info.area) if self.by_weight else 0.0
        group = (1.0, heaviest_first, float(model.area_order(info.area)))
        if info.kind == "area":
            return (*group, 0.0)
        within = -model.weight(row) if self.by_weight else 0.0
        return (*group, 1.0, within, float(info.order))

    def lessThan(self, left: Index, right: Index) -> bool:
        return self._key(left.row()) < self._key(right.row())
