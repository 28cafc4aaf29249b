"""The always-visible list of steps, each with how complete it is."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from slaeval.ui.i18n import _
from slaeval.ui.pages.base import Page


class StepList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(_("Steps"))
        self.setMinimumWidth(220)

    def show_pages(self, pages: list[Page]) -> None:
        current = self.currentRow()
        self.blockSignals(True)
        self.clear()
        for number, page in enumerate(pages, start=1):
            done = round(page.completion() * 100)
            mark = "✔" if done >= 100 else f"{done} %"
            item = QListWidgetItem(f"{number}. {page.title()}   {mark}")
            item.setToolTip(_("{done} % complete").format(done=done))
            self.addItem(item)
        self.setCurrentRow(max(0, current))
        self.blockSignals(False)
