"""The frame every step page shares: its state, refresh on change, retranslation, completion."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from slaeval.ui.app_state import AppState


class Page(QWidget):
    step_id = ""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setAccessibleName(self.step_id)

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Show the project as it is now (called after every edit, undo and redo)."""

    def retranslate(self) -> None:
        """Rebuild the visible texts in the current language."""
        self.refresh()

    def completion(self) -> float:
        """How complete the step is, 0 to 1 (shown in the step list)."""
        return 0.0
