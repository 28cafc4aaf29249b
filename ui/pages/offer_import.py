"""A new offer from a file (an offer JSON, or a contract document read by contract analysis),
and the answer an edit leaves behind. Used by the Offers page and by the main window when a
file is dropped on it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from slaeval.errors import SlaevalError
from slaeval.offers import Answer, AnswerValue, new_offer_id
from slaeval.ui import commands
from slaeval.ui.app_state import AppState
from slaeval.ui.i18n import _, current_lang
from slaeval.ui.messages import show_error
from slaeval.ui.pages.edit_names import import_text, named


def import_offer_file(state: AppState, path: Path, parent: QWidget | None) -> bool:
    """Import an offer JSON, each offer of a JSON export (``slaeval export --format json``) or
    a contract document as new offers, undone in one step; False with a message if not."""
    assert state.evaluation is not None
    catalogue = state.evaluation.catalogue
    try:
        if path.suffix.lower() == ".json":
            from slaeval.offer_io import read_offers_file

            offers = read_offers_file(path, catalogue)
        else:
            from slaeval.analysis import offer_from_document

            offers = [offer_from_document(path, path.stem, catalogue)]
    except SlaevalError as error:
        show_error(parent, error.text(current_lang()))
        return False
    taken = {o.id for o in state.project.offers}
    fresh = []
    for offer in offers:
        fresh.append(
            offer.model_copy(update={"id": new_offer_id()}) if offer.id in taken else offer
        )
        taken.add(fresh[-1].id)
    if len(fresh) == 1:
        state.push(named(commands.AddOffer(state, fresh[0]), import_text(fresh[0].name)))
    else:  # one transaction and one undo step: a write failing partway adds none
        text = _("Import {count} offers").format(count=len(fresh))
        state.push(named(commands.AddOffers(state, fresh), text))
    return True


def answer_with(old: Answer | None, value: AnswerValue, clock: str) -> Answer | None:
    """The answer after the user typed ``value``; None when nothing is left to keep."""
    if value is None and (old is None or (not old.note and old.evidence is None)):
        return None
    base = old or Answer()
    return base.model_copy(update={"value": value, "clock": clock, "source": "typed"})
