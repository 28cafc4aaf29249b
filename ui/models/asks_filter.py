"""Which asks the Negotiate table shows: all of them, those in one state (pending, obtained,
refused), or only the must-haves (K.O.). The order stays the core's: most important first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from slaeval.ui.i18n import _
from slaeval.ui.models.asks_model import AsksModel

Index = QModelIndex | QPersistentModelIndex
SHOWN = ("all", "pending", "obtained", "refused", "knockout")


def shown_name(shown: str) -> str:
    return {
        "all": _("All asks"),
        "pending": _("Pending only"),
        "obtained": _("Obtained only"),
        "refused": _("Refused only"),
        "knockout": _("Must-haves (K.O.) only"),
    }[shown]


class AsksFilter(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.shown = "all"

    def source(self) -> AsksModel:
        model = self.sourceModel()
        assert isinstance(model, AsksModel)
        return model

    def set_shown(self, shown: str) -> None:
        if shown != self.shown:
            self.shown = shown
            self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self.shown == "all":
            return True
        model = self.source()
        ask = model.ask(source_row)
        if self.shown == "knockout":
            return ask.knockout
        return model.negotiation(ask.criterion_id).state == self.shown

    def row_of(self, criterion_id: str) -> int:
        """The shown row of an ask, or -1 when the filter hides it."""
        row = self.source().row_of(criterion_id)
        if row < 0:
            return -1
        return self.mapFromSource(self.source().index(row, 0)).row()
