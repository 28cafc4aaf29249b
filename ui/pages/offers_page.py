"""Step 3, Offers: the providers' offers with their score, imported from JSON or from a
contract document, deleted (undoable)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from slaeval.errors import SlaevalError
from slaeval.formatting import format_money, format_number
from slaeval.offers import new_offer_id
from slaeval.ui import commands
from slaeval.ui.app_state import AppState
from slaeval.ui.i18n import _, current_lang
from slaeval.ui.messages import show_error
from slaeval.ui.pages.base import Page


def import_offer_file(state: AppState, path: Path, parent: QWidget | None) -> bool:
    """Import an offer JSON or a contract document as a new offer; False with a message if not."""
    assert state.evaluation is not None
    catalogue = state.evaluation.catalogue
    try:
        if path.suffix.lower() == ".json":
            from slaeval.offer_io import read_offer_file

            offer = read_offer_file(path, catalogue)
        else:
            from slaeval.analysis import offer_from_document

            offer = offer_from_document(path, path.stem, catalogue)
    except SlaevalError as error:
        show_error(parent, error.text(current_lang()))
        return False
    if any(o.id == offer.id for o in state.project.offers):
        offer = offer.model_copy(update={"id": new_offer_id()})
    state.push(commands.AddOffer(state, offer))
    return True


class OffersPage(Page):
    step_id = "offers"

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.list = QListWidget()
        buttons = QHBoxLayout()
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self._import)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self._delete)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def title(self) -> str:
        return _("Offers")

    def retranslate(self) -> None:
        self.heading.setText(_("The offers you are comparing"))
        self.import_button.setText(_("Import an offer (JSON or contract document)…"))
        self.delete_button.setText(_("Delete the selected offer"))
        self.list.setAccessibleName(_("Offers"))
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        evaluation = self.state.evaluation
        if evaluation is None:
            return
        lang = current_lang()
        for result in evaluation.evaluation.offers:
            rank = f"#{result.rank}" if result.rank else _("knocked out")
            self.list.addItem(
                f"{result.name} — {format_number(result.total, lang)}/100 — {rank}"
                f" — {format_money(result.costs.total_cost, lang)}"
            )
        if not evaluation.evaluation.offers:
            self.list.addItem(_("No offer yet: import one to start comparing."))
        writable = not self.state.read_only
        self.import_button.setEnabled(writable)
        self.delete_button.setEnabled(writable and bool(evaluation.evaluation.offers))

    def _import(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            _("Import an offer"),
            "",
            _("Offers and contracts") + " (*.json *.pdf *.docx *.txt *.md)",
        )
        if name:
            import_offer_file(self.state, Path(name), self)

    def _delete(self) -> None:
        row = self.list.currentRow()
        offers = self.state.project.offers
        if 0 <= row < len(offers):
            self.state.push(commands.DeleteOffer(self.state, offers[row].id))

    def completion(self) -> float:
        return min(1.0, len(self.state.project.offers) / 2)
