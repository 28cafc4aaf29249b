"""The frame every step page shares: its state, refresh on change, retranslation, completion.

After an edit the window calls ``project_changed()`` on every page: the page on screen
refreshes at once, a hidden page only notes that it is out of date and refreshes when it is
next shown, so hidden pages cost nothing per edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from slaeval.ui.app_state import AppState


class Page(QWidget):
    step_id = ""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.out_of_date = False
        self.setAccessibleName(self.step_id)

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Show the project as it is now."""

    def project_changed(self) -> None:
        """The project was opened or edited (or an edit undone or redone): refresh now if the
        page is on screen, otherwise when it is next shown."""
        if self.isVisible():
            self.out_of_date = False
            self.refresh()
        else:
            self.out_of_date = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.out_of_date:
            self.out_of_date = False
            self.refresh()

    def retranslate(self) -> None:
        """Rebuild the visible texts in the current language."""
        self.refresh()

    def completion(self) -> float:
        """How complete the step is, 0 to 1 (shown in the step list)."""
        return 0.0
