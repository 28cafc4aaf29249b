"""The selected ask in full: what to demand and the fallback, what the offer says now, where
the ask stands (three exclusive buttons), the provider's reply and a note, and a button that
sets the offer's answer to what was asked for once the ask is obtained."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from slaeval.criteria import Criterion
from slaeval.explain import format_value
from slaeval.offers import Offer
from slaeval.project import AskState, Negotiation
from slaeval.promise_flags import note_text
from slaeval.requirements import Requirements
from slaeval.ui.i18n import _, current_lang
from slaeval.ui.models.asks_model import STATE_STATUS, STATE_SYMBOLS, state_name
from slaeval.ui.models.criterion_text import good_value, shown_value
from slaeval.ui.pages.offer_prices import add_row
from slaeval.ui.widgets.flow_layout import FlowLayout
from slaeval.ui.widgets.notes_edit import NotesEdit
from slaeval.ui.widgets.status_style import status_background, status_foreground

STATES: tuple[AskState, ...] = ("pending", "obtained", "refused")


class AskDetails(QWidget):
    state_chosen = Signal(str)
    texts_edited = Signal(str, str)  # reply, note
    apply_requested = Signal()
    edit_requested = Signal()  # open the offer's answer in the offer editor

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 0)
        form = QFormLayout()
        column.addLayout(form)
        column.addStretch(1)
        self.ask = QLabel()
        self.fallback = QLabel()
        self.now = QLabel()
        for label in (self.ask, self.fallback):
            label.setWordWrap(True)
        self.state_buttons: list[QPushButton] = []
        self.group = QButtonGroup(self)
        states_row = QWidget()  # the "set the answer" button wraps below in a narrow window
        flow = FlowLayout(states_row)
        for index in range(len(STATES)):
            button = QPushButton()
            button.setCheckable(True)
            self.group.addButton(button, index)
            self.state_buttons.append(button)
            flow.addWidget(button)
        self.apply = QPushButton()
        self.apply.clicked.connect(self.apply_requested.emit)
        self.edit = QPushButton()
        self.edit.clicked.connect(self.edit_requested.emit)
        now_row = QWidget()  # the value, and the button beside it (below when narrow)
        now_flow = FlowLayout(now_row, spacing=12)
        now_flow.addWidget(self.now)
        now_flow.addWidget(self.edit)
        flow.addWidget(self.apply)
        self.group.idClicked.connect(lambda i: self.state_chosen.emit(STATES[i]))
        self.reply = NotesEdit()
        self.note = NotesEdit()
        for edit in (self.reply, self.note):
            edit.setMaximumHeight(64)
            edit.finished.connect(self._texts_done)
        self.labels = [QLabel() for _ in range(6)]
        fields: tuple[QWidget | QLayout, ...] = (
            self.ask,
            self.fallback,
            now_row,
            states_row,
            self.reply,
            self.note,
        )
        for label, field in zip(self.labels, fields, strict=True):
            add_row(form, label, field)
        self._shown: tuple[str, str] | None = None

    def retranslate(self) -> None:
        self.edit.setText(_("Change the answer…"))
        self.edit.setToolTip(_("Open this answer in the offer's editor"))
        texts = (
            _("Ask for"),
            _("If refused"),
            _("The offer says"),
            _("Where it stands"),
            _("Provider's reply"),
            _("Note"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        for button, state in zip(self.state_buttons, STATES, strict=True):
            button.setText(f"{STATE_SYMBOLS[state]} {state_name(state)}")
            button.setAccessibleName(state_name(state))
        self.reply.setAccessibleName(_("Provider's reply"))
        self.note.setAccessibleName(_("Note"))

    def clear(self) -> None:
        self._shown = None
        for label in (self.ask, self.fallback, self.now):
            label.setText("")
        self.setEnabled(False)

    def show_ask(
        self,
        criterion: Criterion,
        offer: Offer,
        negotiation: Negotiation,
        *,
        already: bool,
        requirements: Requirements,
        read_only: bool,
    ) -> None:
        lang = current_lang()
        key = (offer.id, criterion.id)
        if self._shown != key:
            self.reply.clearFocus()
            self.note.clearFocus()
        self._shown = key
        self.setEnabled(not read_only)
        self.ask.setText(criterion.ask.get(lang))
        self.fallback.setText(criterion.fallback.get(lang))
        answer = offer.answers.get(criterion.id)
        self.now.setText(format_value(criterion, answer, offer.support_window, lang))
        button = self.state_buttons[STATES.index(negotiation.state)]
        button.setChecked(True)
        for each, state in zip(self.state_buttons, STATES, strict=True):
            fg = status_foreground(STATE_STATUS[state]).name()
            bg = status_background(STATE_STATUS[state]).name()
            each.setStyleSheet(
                f"QPushButton {{ padding: 4px 12px; }} QPushButton:checked {{ color: {fg};"
                f" background: {bg}; border: 2px solid {fg}; }}"
            )
        self.reply.show_text(negotiation.reply)
        self.note.show_text(note_text(negotiation.note, lang))
        wanted = shown_value(criterion, good_value(criterion, requirements), lang)
        self.apply.setText(
            _("Set the answer of {offer} to “{value}”").format(offer=offer.name, value=wanted)
        )
        self.apply.setVisible(negotiation.state == "obtained")
        self.apply.setEnabled(not already and not read_only)
        self.apply.setToolTip(
            _("The answer already says so.")
            if already
            else _(
                "Record what the provider agreed to: the scores move with it (Ctrl+Z undoes it)."
            )
        )

    def _texts_done(self) -> None:
        if self._shown is not None:
            self.texts_edited.emit(self.reply.toPlainText(), self.note.toPlainText())
