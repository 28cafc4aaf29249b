"""The always-visible list of steps, each with how complete it is."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from slaeval.ui.i18n import _


class StepList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(_("Steps"))
        self.setMinimumWidth(220)

    def show_steps(self, entries: list[tuple[str, float]]) -> None:
        """One row per step: its title and how complete it is (0 to 1)."""
        current = self.currentRow()
        self.blockSignals(True)
        self.clear()
        for number, (title, completion) in enumerate(entries, start=1):
            done = round(completion * 100)
            mark = "✔" if done >= 100 else f"{done} %"
            item = QListWidgetItem(f"{number}. {title}   {mark}")
            item.setToolTip(_("{done} % complete").format(done=done))
            self.addItem(item)
        self.setCurrentRow(max(0, current))
        self.blockSignals(False)
