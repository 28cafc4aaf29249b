"""The open project as the windows see it: its store, its value, its evaluation, its undo stack.

Every edit goes through ``push(command)``; commands call the store (which writes at once) and
then ``reload()``, which re-reads the project, re-scores it and emits ``project_changed``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from slaeval.project import Project
from slaeval.project_evaluation import ProjectEvaluation, evaluate_project
from slaeval.project_store import ProjectStore


class AppState(QObject):
    project_opened = Signal()
    project_closed = Signal()
    project_changed = Signal()
    edit_failed = Signal(object)  # a SlaevalError raised by a store write

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store: ProjectStore | None = None
        self.project: Project = Project()
        self.evaluation: ProjectEvaluation | None = None
        self.undo_stack = QUndoStack(self)

    @property
    def is_open(self) -> bool:
        return self.store is not None

    @property
    def read_only(self) -> bool:
        return self.store is not None and self.store.read_only

    @property
    def path(self) -> Path | None:
        return self.store.path if self.store else None

    def open_store(self, store: ProjectStore) -> None:
        """Take over an opened store (the caller has already handled opening errors)."""
        self.close()
        self.store = store
        self.undo_stack.clear()
        self._refresh()
        self.project_opened.emit()

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None
            self.project = Project()
            self.evaluation = None
            self.undo_stack.clear()
            self.project_closed.emit()

    def push(self, command: QUndoCommand) -> None:
        if self.store is None or self.store.read_only:
            return
        self.undo_stack.push(command)

    def reload(self) -> None:
        self._refresh()
        self.project_changed.emit()

    def _refresh(self) -> None:
        assert self.store is not None
        self.project = self.store.load()
        self.evaluation = evaluate_project(self.project)
