"""One question at a time: title, plain-words help, an answer widget, a note, and Back / Next /
Skip with the progress shown. Used by the Needs step and by the consultant mode.

A question is described by ``Question`` (its texts and a factory for its answer widget); the
flow knows nothing about what the answer means: it calls ``on_answer`` and ``on_note``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from slaeval.ui.i18n import _


@dataclass
class Question:
    key: str  # also the note key in the project ("sign:untested_backups", ...)
    title: str
    help: str
    make_editor: Callable[[], QWidget]
    answered: Callable[[], bool]


class QuestionFlow(QWidget):
    note_edited = Signal(str, str)  # key, text
    finished = Signal()
    moved = Signal(int)

    def __init__(self, parent: QWidget | None = None, large: bool = False) -> None:
        super().__init__(parent)
        self._questions: list[Question] = []
        self._notes: dict[str, str] = {}
        self._index = 0
        self._large = large
        layout = QVBoxLayout(self)
        self.progress = QProgressBar()
        self.progress.setFormat("%v / %m")
        self.progress.setAccessibleName(_("Progress"))
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setTextFormat(Qt.TextFormat.PlainText)
        self.editor_area = QStackedWidget()
        self.note = QLineEdit()
        self.note.setAccessibleName(_("Note"))
        self.note.editingFinished.connect(self._note_done)
        self.note.returnPressed.connect(self.go_next)
        buttons = QHBoxLayout()
        self.back = QPushButton(_("Back"))
        self.skip = QPushButton(_("Skip"))
        self.next = QPushButton(_("Next"))
        self.next.setDefault(True)
        for button in (self.back, self.skip, self.next):
            button.setAccessibleName(button.text())
        self.back.clicked.connect(self.go_back)
        self.skip.clicked.connect(self.go_next)
        self.next.clicked.connect(self.go_next)
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.skip)
        buttons.addWidget(self.next)
        for widget in (self.progress, self.title, self.help, self.editor_area):
            layout.addWidget(widget)
        self.note_label = QLabel(_("Note"))
        layout.addWidget(self.note_label)
        layout.addWidget(self.note)
        self._filler = QWidget()
        layout.addWidget(self._filler, 1)
        layout.addLayout(buttons)
        self._layout = layout
        self._style()
        self._shortcuts()

    def _shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(context)
            shortcut.activated.connect(self.go_next)
        if self._large:
            back = QShortcut(QKeySequence(Qt.Key.Key_Backspace), self)
            back.setContext(context)
            back.activated.connect(self.go_back)

    def _style(self) -> None:
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * (2.0 if self._large else 1.3))
        font.setBold(True)
        self.title.setFont(font)
        if self._large:
            for widget in (self.help, self.note, self.back, self.next, self.skip):
                f = widget.font()
                f.setPointSizeF(f.pointSizeF() * 1.5)
                widget.setFont(f)

    def set_questions(self, questions: list[Question], notes: dict[str, str]) -> None:
        self._questions = questions
        self._notes = dict(notes)
        self._index = min(self._index, max(0, len(questions) - 1))
        self.progress.setRange(0, len(questions))
        self._show()

    def update_notes(self, notes: dict[str, str]) -> None:
        self._notes = dict(notes)
        if self._questions and not self.note.hasFocus():
            self.note.setText(self._notes.get(self.current().key, ""))

    def current(self) -> Question:
        return self._questions[self._index]

    def title_of(self, key: str) -> str:
        """The title of the question whose key (and note key) is ``key``."""
        return next((q.title for q in self._questions if q.key == key), key)

    @property
    def index(self) -> int:
        return self._index

    def go_to(self, index: int) -> None:
        if 0 <= index < len(self._questions):
            self._note_done()
            self._index = index
            self._show()
            self.moved.emit(index)

    def go_next(self) -> None:
        if self._index + 1 >= len(self._questions):
            self._note_done()
            self.finished.emit()
        else:
            self.go_to(self._index + 1)

    def go_back(self) -> None:
        self.go_to(self._index - 1)

    def _note_done(self) -> None:
        if not self._questions:
            return
        key = self.current().key
        text = self.note.text()
        if text != self._notes.get(key, ""):
            self._notes[key] = text
            self.note_edited.emit(key, text)

    def _show(self) -> None:
        while self.editor_area.count():
            old = self.editor_area.widget(0)
            self.editor_area.removeWidget(old)
            old.deleteLater()
        if not self._questions:
            self.title.setText(_("No question here."))
            return
        question = self.current()
        self.title.setText(question.title)
        self.help.setText(question.help)
        editor = question.make_editor()
        self.editor_area.addWidget(editor)
        # A table takes the free height; a row of buttons stays compact at the top.
        grows = isinstance(editor, QAbstractScrollArea)
        self._layout.setStretchFactor(self.editor_area, 1 if grows else 0)
        self._layout.setStretchFactor(self._filler, 0 if grows else 1)
        self.note.setText(self._notes.get(question.key, ""))
        self.progress.setValue(self._index + 1)
        self.back.setEnabled(self._index > 0)
        last = self._index + 1 >= len(self._questions)
        self.next.setText(_("Finish") if last else _("Next"))
        if self.isVisible() and not self.note.hasFocus():
            focus = editor.focusProxy() or editor
            focus.setFocus()

    def answered_count(self) -> int:
        return sum(1 for q in self._questions if q.answered())
