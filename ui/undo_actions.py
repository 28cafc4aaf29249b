"""The Edit menu's Undo and Redo: they name the change they would undo or redo, in the
language of the window, and follow a language switch.

``QUndoStack.createUndoAction`` fixes its prefix ("Undo") when the action is made, so after a
switch to French the menu would still say "Undo …"; these actions are relabelled instead.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

from slaeval.ui.i18n import _


def _label(alone: str, with_change: str, change: str) -> str:
    if not change:
        return alone
    return with_change.format(change=change.replace("&", "&&"))  # a plain '&', not a mnemonic


class UndoRedoActions:
    """Undo and Redo, disabled until a stack is attached (the project state is made lazily)."""

    def __init__(self, parent: QObject) -> None:
        key = QKeySequence.StandardKey
        self.undo = QAction(parent)
        self.undo.setShortcut(QKeySequence(key.Undo))
        self.redo = QAction(parent)
        self.redo.setShortcut(QKeySequence(key.Redo))
        self.undo.setEnabled(False)
        self.redo.setEnabled(False)
        self.stack: QUndoStack | None = None
        self.retranslate()

    def attach(self, stack: QUndoStack) -> None:
        self.stack = stack
        self.undo.triggered.connect(stack.undo)
        self.redo.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo.setEnabled)
        stack.canRedoChanged.connect(self.redo.setEnabled)
        stack.undoTextChanged.connect(lambda _text: self.retranslate())
        stack.redoTextChanged.connect(lambda _text: self.retranslate())
        self.undo.setEnabled(stack.canUndo())
        self.redo.setEnabled(stack.canRedo())
        self.retranslate()

    def retranslate(self) -> None:
        stack = self.stack
        self.undo.setText(
            _label(_("&Undo"), _("&Undo {change}"), stack.undoText() if stack else "")
        )
        self.redo.setText(
            _label(_("&Redo"), _("&Redo {change}"), stack.redoText() if stack else "")
        )
