"""A row of exclusive, keyboard-friendly answer buttons (yes / partly / no, or catalogue choices),
plus "unknown". Digits 1..n pick an answer when the row has focus."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QVBoxLayout, QWidget


class ChoiceButtons(QWidget):
    chosen = Signal(object)  # the option id, or None for unknown

    def __init__(
        self,
        options: list[tuple[str, str]],
        unknown_label: str,
        vertical: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self) if vertical else QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._ids: list[str | None] = []
        for index, (option_id, label) in enumerate([*options, ("", unknown_label)]):
            button = QPushButton(f"{index + 1}. {label}" if index < 9 else label)
            button.setCheckable(True)
            button.setAccessibleName(label)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self._group.addButton(button, index)
            self._ids.append(option_id or None)
            layout.addWidget(button)
        if not vertical:
            layout.addStretch(1)
        self._group.idClicked.connect(lambda i: self.chosen.emit(self._ids[i]))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_value(self, value: str | None) -> None:
        index = self._ids.index(value) if value in self._ids else len(self._ids) - 1
        button = self._group.button(index)
        if button is not None:
            button.setChecked(True)

    def value(self) -> str | None:
        index = self._group.checkedId()
        return self._ids[index] if index >= 0 else None

    def choose_index(self, index: int) -> bool:
        """Select the ``index``-th option (0-based) as if clicked; False if out of range."""
        button = self._group.button(index)
        if button is None:
            return False
        button.setChecked(True)
        self.chosen.emit(self._ids[index])
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and text != "0" and self.choose_index(int(text) - 1):
            return
        super().keyPressEvent(event)
