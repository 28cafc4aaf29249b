"""Messages to the user, in one place so that tests can observe them without modal dialogs.

Dialogs are opened with ``open()`` (not ``exec()``), so nothing blocks the event loop.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

shown: list[tuple[str, str]] = []  # (kind, text): the last messages, read by tests


def show_error(parent: QWidget | None, text: str) -> QMessageBox:
    return _show(parent, QMessageBox.Icon.Warning, "error", text)


def show_info(parent: QWidget | None, text: str) -> QMessageBox:
    return _show(parent, QMessageBox.Icon.Information, "info", text)


def _show(parent: QWidget | None, icon: QMessageBox.Icon, kind: str, text: str) -> QMessageBox:
    shown.append((kind, text))
    del shown[:-20]
    box = QMessageBox(icon, "slaeval", text, QMessageBox.StandardButton.Ok, parent)
    box.setAccessibleName(text)
    box.open()
    return box
