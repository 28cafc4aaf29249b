"""A multi-line text box that says when the user leaves it: notes and replies are saved then,
not at each key (one undo step per visit, not one per letter)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QPlainTextEdit


class NotesEdit(QPlainTextEdit):
    finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.finished.emit()

    def show_text(self, text: str) -> None:
        """Show ``text`` unless the user is typing here (an edit elsewhere must not erase it)."""
        if self.toPlainText() != text and not self.hasFocus():
            self.setPlainText(text)
