"""Step 5, Negotiate: per offer, the asks in order of importance, each with where it stands
(pending, obtained, refused), the provider's reply and a note, all kept in the project file.
An obtained ask can set the offer's answer to what was asked for, in one undoable step."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from slaeval.offers import Answer
from slaeval.project import AskState
from slaeval.promise_flags import edited_note
from slaeval.ui import commands
from slaeval.ui.app_state import AppState
from slaeval.ui.i18n import _, current_lang
from slaeval.ui.models.asks_filter import SHOWN, AsksFilter, shown_name
from slaeval.ui.models.asks_model import COLUMNS, ROLE_CRITERION, AsksModel, state_name
from slaeval.ui.models.criterion_text import good_value
from slaeval.ui.models.negotiation_outlook import outlook, outlook_text
from slaeval.ui.pages.ask_details import AskDetails
from slaeval.ui.pages.asks_table import AsksTable
from slaeval.ui.pages.base import Page
from slaeval.ui.pages.edit_names import ask_state_text, ask_texts_text, named, obtained_text
from slaeval.ui.pages.navigation import open_answer


class NegotiatePage(Page):
    step_id = "negotiate"

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self._stale = True
        self.model = AsksModel(self)
        self.proxy = AsksFilter(self)
        self.proxy.setSourceModel(self.model)
        self.shown = QComboBox()  # which asks the table lists
        for shown in SHOWN:
            self.shown.addItem("", shown)
        self.shown.currentIndexChanged.connect(self._shown_changed)
        self.offer_label = QLabel()
        self.offer = QComboBox()
        self.offer.setMinimumWidth(260)
        self.offer.currentIndexChanged.connect(lambda _i: self.refresh())
        self.progress = QLabel()
        self.progress.setWordWrap(True)  # two lines rather than cut in a narrow window
        self.outlook = QLabel()  # what the negotiation is worth for this offer
        self.outlook.setWordWrap(True)
        self.outlook.setObjectName("outlook")
        self.outlook.setStyleSheet(
            "QLabel#outlook { color: #14233c; background: #eef3fb; border: 1px solid #c5d3ea;"
            " border-radius: 4px; padding: 4px 6px; }"
        )
        top = QHBoxLayout()
        top.addWidget(self.offer_label)
        top.addWidget(self.offer)
        top.addWidget(self.progress, 1)
        top.addWidget(self.shown)
        self.table = self._table()
        self.details = AskDetails()
        self.details.state_chosen.connect(self.set_state)
        self.details.texts_edited.connect(self.set_texts)
        self.details.apply_requested.connect(self.apply_obtained)
        self.details.edit_requested.connect(self._edit_answer)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.outlook)
        layout.addWidget(self.stack, 1)
        self.retranslate()

    def _table(self) -> AsksTable:
        table = AsksTable(self.proxy)
        table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_details())
        table.doubleClicked.connect(self._open_answer)
        self.proxy.modelReset.connect(self._after_reset)
        return table

    # ------------------------------------------------------------ texts
    def title(self) -> str:
        return _("Negotiate")

    def retranslate(self) -> None:
        self.offer_label.setText(_("Offer"))
        self.offer.setAccessibleName(_("Offer"))
        self.table.setAccessibleName(_("Asks for this offer, most important first"))
        self.shown.setAccessibleName(_("Which asks to list"))
        for index, shown in enumerate(SHOWN):
            self.shown.setItemText(index, shown_name(shown))
        self.empty.setText(_("Add offers first: their weak points become asks here."))
        self.details.retranslate()
        self._stale = True
        self.refresh()

    # ------------------------------------------------------------ showing
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._fill_offers()
        offer_id = self.offer.currentData()
        self.model.set_offer(self.state.evaluation, self.state.project, offer_id, current_lang())
        self.stack.setCurrentIndex(1 if offer_id else 0)
        counts = self.model.counts()
        self.progress.setText(
            _("{total} asks: {obtained} obtained, {refused} refused, {pending} pending").format(
                total=sum(counts.values()), **counts
            )
            if offer_id
            else ""
        )
        pe = self.state.evaluation
        self.outlook.setVisible(bool(offer_id) and pe is not None)
        if offer_id and pe is not None:
            view = outlook(pe, self.state.project, str(offer_id))
            self.outlook.setText(outlook_text(view, current_lang()))
        self._show_details()

    def _fill_offers(self) -> None:
        current = self.offer.currentData()
        offers = self.state.project.offers
        self.offer.blockSignals(True)
        if [self.offer.itemData(i) for i in range(self.offer.count())] != [o.id for o in offers]:
            self.offer.clear()
            for offer in offers:
                self.offer.addItem(offer.name, offer.id)
        for index, offer in enumerate(offers):
            self.offer.setItemText(index, offer.name)
        self.offer.setCurrentIndex(max(0, self.offer.findData(current)))
        self.offer.blockSignals(False)

    def _after_reset(self) -> None:
        if self.proxy.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.proxy.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _shown_changed(self) -> None:
        criterion_id = self.current_criterion()
        self.proxy.set_shown(str(self.shown.currentData()))
        if criterion_id is not None and self.proxy.row_of(criterion_id) >= 0:
            self.select_ask(criterion_id)
        else:
            self._after_reset()
        self._show_details()

    def current_criterion(self) -> str | None:
        index = self.table.currentIndex()
        return str(index.data(ROLE_CRITERION)) if index.isValid() else None

    def select_ask(self, criterion_id: str) -> None:
        row = self.proxy.row_of(criterion_id)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.proxy.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _show_details(self) -> None:
        pe = self.state.evaluation
        criterion_id = self.current_criterion()
        offer_id = self.offer.currentData()
        if pe is None or criterion_id is None or offer_id is None:
            self.details.clear()
            return
        offer = self.state.project.offer(offer_id)
        criterion = pe.catalogue.criterion(criterion_id)
        wanted = good_value(criterion, pe.requirements)
        answer = offer.answers.get(criterion_id)
        self.details.show_ask(
            criterion,
            offer,
            self.model.negotiation(criterion_id),
            already=answer is not None and answer.value == wanted,
            requirements=pe.requirements,
            read_only=self.state.read_only,
        )

    def _edit_answer(self) -> None:
        offer_id, criterion_id = self.offer.currentData(), self.current_criterion()
        if offer_id and criterion_id:
            open_answer(self, str(offer_id), criterion_id)

    def _open_answer(self, index: QModelIndex) -> None:
        """A double click on what the offer says opens that answer in the offer editor."""
        offer_id = self.offer.currentData()
        if offer_id and COLUMNS[index.column()] == "now":
            open_answer(self, str(offer_id), str(index.data(ROLE_CRITERION)))

    # ------------------------------------------------------------ editing
    def _push_negotiation(self, **changes: str) -> None:
        criterion_id = self.current_criterion()
        offer_id = self.offer.currentData()
        if criterion_id is None or offer_id is None:
            return
        old = self.model.negotiation(criterion_id)
        new = old.model_copy(update=changes)
        if new != old:
            name = self.state.project.offer(offer_id).name
            text = (
                ask_state_text(name, state_name(new.state))
                if new.state != old.state
                else ask_texts_text(name)
            )
            command = commands.set_negotiation(self.state, offer_id, criterion_id, new)
            self.state.push(named(command, text))
            self.select_ask(criterion_id)

    def set_state(self, state: AskState) -> None:
        self._push_negotiation(state=state)

    def set_texts(self, reply: str, note: str) -> None:
        criterion_id = self.current_criterion()
        if criterion_id is not None:  # the flags' other language, kept
            note = edited_note(self.model.negotiation(criterion_id).note, note, current_lang())
        self._push_negotiation(reply=reply[:20000], note=note[:20000])

    def apply_obtained(self) -> None:
        """Set the offer's answer to what was asked for (the catalogue's good value)."""
        pe = self.state.evaluation
        criterion_id = self.current_criterion()
        offer_id = self.offer.currentData()
        if pe is None or criterion_id is None or offer_id is None:
            return
        criterion = pe.catalogue.criterion(criterion_id)
        old = self.state.project.offer(offer_id).answers.get(criterion_id) or Answer()
        new = old.model_copy(
            update={
                "value": good_value(criterion, pe.requirements),
                "clock": "calendar",
                "source": "typed",
                "evidence": None,
            }
        )
        command = commands.set_answer(self.state, offer_id, criterion_id, new)
        name = self.state.project.offer(offer_id).name
        self.state.push(named(command, obtained_text(name, criterion.question.get(current_lang()))))
        self.select_ask(criterion_id)

    def completion(self) -> float:
        negotiation = self.state.project.negotiation
        return (
            1.0
            if any(v.state != "pending" for n in negotiation.values() for v in n.values())
            else 0.0
        )
