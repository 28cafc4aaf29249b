"""Step 3, Offers: the providers' offers (add, duplicate, rename, delete, import from JSON or
from a contract document) and the editor of the selected one. Every change is a command, so
Ctrl+Z undoes it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from slaeval.formatting import format_number
from slaeval.offers import Answer, Offer, new_offer_id
from slaeval.ui import commands
from slaeval.ui.app_state import AppState
from slaeval.ui.i18n import _, current_lang
from slaeval.ui.pages.answer_details import AnswerDetailsDialog
from slaeval.ui.pages.base import Page
from slaeval.ui.pages.edit_names import (
    add_text,
    answer_text,
    delete_text,
    details_text,
    duplicate_text,
    named,
    offer_edit_text,
)
from slaeval.ui.pages.offer_editor import OfferEditor
from slaeval.ui.pages.offer_import import answer_with, import_offer_file
from slaeval.ui.widgets.flow_layout import FlowLayout

OFFER_ID_ROLE = Qt.ItemDataRole.UserRole
__all__ = ["OffersPage", "answer_with", "import_offer_file"]  # the main window imports from here


class OffersPage(Page):
    step_id = "offers"

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self._stale = True
        self.selected_id: str | None = None
        self.list = QListWidget()
        self.list.setMaximumHeight(118)
        self.list.currentRowChanged.connect(self._selection_changed)
        self.buttons = {
            name: QPushButton()
            for name in ("add", "duplicate", "rename", "delete", "import", "contract")
        }
        actions = {
            "add": self.add_offer,
            "duplicate": self.duplicate_offer,
            "rename": self.rename_offer,
            "delete": self.delete_offer,
            "import": self._import,
            "contract": self.offer_from_contract,
        }
        bar = QWidget()  # the buttons wrap onto a second line in a narrow window
        flow = FlowLayout(bar)
        for name, button in self.buttons.items():
            button.clicked.connect(actions[name])
            flow.addWidget(button)
        self.editor = OfferEditor()
        self.editor.answer_edited.connect(self.set_answer)
        self.editor.details_requested.connect(self.edit_details)
        self.editor.offer_changed.connect(self.update_offer)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty.setMargin(40)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        layout.addWidget(bar)
        layout.addWidget(self.stack, 1)
        self.retranslate()

    def title(self) -> str:
        return _("Offers")

    def retranslate(self) -> None:
        texts = {
            "add": _("Add"),
            "duplicate": _("Duplicate"),
            "rename": _("Rename"),
            "delete": _("Delete"),
            "import": _("Import a JSON offer…"),
            "contract": _("New offer from a contract document…"),
        }
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.heading.setText(_("The offers you are comparing. Pick one to edit its answers."))
        self.empty.setText(
            _(
                "No offer yet. Add one and type its answers, import a JSON offer, or let "
                "slaeval read a provider's contract document."
            )
        )
        self.list.setAccessibleName(_("Offers"))
        self.editor.retranslate()
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
        offers = self.state.project.offers
        self._fill_list(offers)
        writable = self.state.is_open and not self.state.read_only
        for name in ("add", "import", "contract"):
            self.buttons[name].setEnabled(writable)
        for name in ("duplicate", "rename", "delete"):
            self.buttons[name].setEnabled(writable and bool(offers))
        pe = self.state.evaluation
        offer = self.current_offer()
        if pe is None or offer is None:
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        result = next((r for r in pe.evaluation.offers if r.offer_id == offer.id), None)
        self.editor.show_offer(offer, result, pe.catalogue, self.state.read_only)

    def _fill_list(self, offers: tuple[Offer, ...]) -> None:
        ids = [o.id for o in offers]
        if self.selected_id not in ids:
            self.selected_id = ids[0] if ids else None
        results = (
            {r.offer_id: r for r in self.state.evaluation.evaluation.offers}
            if (self.state.evaluation)
            else {}
        )
        lang = current_lang()
        self.list.blockSignals(True)
        if self.list.count() != len(offers):
            self.list.clear()
            for _offer in offers:
                self.list.addItem(QListWidgetItem())
        for row, offer in enumerate(offers):
            result = results.get(offer.id)
            text = offer.name
            if result is not None:
                rank = f"#{result.rank}" if result.rank else "✖ K.O."
                unknown = sum(1 for c in result.criteria.values() if c.status == "unknown")
                text += _(" — {score}/100 — {rank} — {unknown} unknown").format(
                    score=format_number(result.total, lang), rank=rank, unknown=unknown
                )
            item = self.list.item(row)
            item.setText(text)
            item.setData(OFFER_ID_ROLE, offer.id)
        if self.selected_id is not None:
            self.list.setCurrentRow(ids.index(self.selected_id))
        self.list.blockSignals(False)

    def current_offer(self) -> Offer | None:
        return next((o for o in self.state.project.offers if o.id == self.selected_id), None)

    def select_offer(self, offer_id: str) -> None:
        self.selected_id = offer_id
        self.refresh()

    def show_answer(self, offer_id: str, criterion_id: str) -> bool:
        """Select the offer and bring its answer to ``criterion_id`` into view, focused."""
        if all(o.id != offer_id for o in self.state.project.offers):
            return False
        self.select_offer(offer_id)
        return self.editor.show_criterion(criterion_id)

    def _selection_changed(self, row: int) -> None:
        item = self.list.item(row)
        if item is not None:
            self.select_offer(str(item.data(OFFER_ID_ROLE)))

    # ------------------------------------------------------------ offers
    def add_offer(self) -> None:
        count = len(self.state.project.offers) + 1
        offer = Offer(name=_("New offer {number}").format(number=count))
        self.selected_id = offer.id
        self.state.push(named(commands.AddOffer(self.state, offer), add_text(offer.name)))
        self.rename_offer()

    def duplicate_offer(self) -> None:
        offer = self.current_offer()
        if offer is None:
            return
        name = _("{name} (copy)").format(name=offer.name)[:200]
        copy = offer.model_copy(update={"id": new_offer_id(), "name": name})
        self.selected_id = copy.id
        self.state.push(named(commands.AddOffer(self.state, copy), duplicate_text(offer.name)))

    def rename_offer(self) -> None:
        self.editor.name.setFocus()
        self.editor.name.selectAll()

    def delete_offer(self) -> None:
        offer = self.current_offer()
        if offer is not None:
            command = commands.DeleteOffer(self.state, offer.id)
            self.state.push(named(command, delete_text(offer.name)))

    def update_offer(self, offer: Offer) -> None:
        """Name, prices, support window or notes changed in the editor."""
        old = self.state.project.offer(offer.id)
        command = commands.update_offer(self.state, offer)
        self.state.push(named(command, offer_edit_text(old, offer)))

    def _import(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, _("Import a JSON offer"), "", _("Offers") + " (*.json)"
        )
        if name:
            import_offer_file(self.state, Path(name), self)

    def offer_from_contract(self) -> None:
        """Read a contract document and review what it proposes (contract analysis)."""
        from slaeval.ui.contract_choice import choose_contract

        path = choose_contract(self)
        if path is not None:
            from slaeval.ui.contract_review import ContractReviewDialog

            self.contract_dialog = ContractReviewDialog(self.state, path, self)
            self.contract_dialog.open()

    # ------------------------------------------------------------ answers
    def set_answer(self, offer_id: str, criterion_id: str, value: object, clock: str) -> None:
        offer = self.state.project.offer(offer_id)
        old = offer.answers.get(criterion_id)
        new = answer_with(old, value, clock)  # type: ignore[arg-type]
        if new != old:
            command = commands.set_answer(self.state, offer_id, criterion_id, new)
            text = answer_text(offer.name, self._question(criterion_id))
            self.state.push(named(command, text))

    def _question(self, criterion_id: str) -> str:
        assert self.state.evaluation is not None
        return self.state.evaluation.catalogue.criterion(criterion_id).question.get(current_lang())

    def edit_details(self, offer_id: str, criterion_id: str) -> None:
        assert self.state.evaluation is not None
        criterion = self.state.evaluation.catalogue.criterion(criterion_id)
        old = self.state.project.offer(offer_id).answers.get(criterion_id)
        dialog = AnswerDetailsDialog(criterion.question.get(current_lang()), old, self)
        dialog.accepted.connect(lambda: self._details_done(offer_id, criterion_id, dialog))
        self.details_dialog = dialog
        dialog.open()

    def _details_done(self, offer_id: str, criterion_id: str, dialog: AnswerDetailsDialog) -> None:
        old = self.state.project.offer(offer_id).answers.get(criterion_id)
        new: Answer | None = dialog.edited_answer()
        if new is not None and new.value is None and not new.note and new.evidence is None:
            new = None
        if new != old:
            command = commands.set_answer(self.state, offer_id, criterion_id, new)
            name = self.state.project.offer(offer_id).name
            self.state.push(named(command, details_text(name, self._question(criterion_id))))

    def completion(self) -> float:
        return min(1.0, len(self.state.project.offers) / 2)
