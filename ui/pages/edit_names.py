"""What the Edit menu calls each change of the Offers and Negotiate steps ("Undo Rename …").

The commands name themselves with ids ("answer support.p1_response"); the pages rename them
here in the user's language, with the offer and the question, before pushing them.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtGui import QUndoCommand

from slaeval.offers import Offer
from slaeval.ui.i18n import _
from slaeval.ui.models.criterion_text import shortened

Command = TypeVar("Command", bound=QUndoCommand)
LONGEST = 60


def named(command: Command, text: str) -> Command:
    command.setText(text)
    return command


def short(text: str, limit: int = LONGEST) -> str:
    """``text`` cut at a word before ``limit`` characters, with an ellipsis."""
    return shortened(text, limit)


def answer_text(offer_name: str, question: str) -> str:
    return _("{offer}: answer to “{question}”").format(
        offer=short(offer_name, 40), question=short(question)
    )


def details_text(offer_name: str, question: str) -> str:
    return _("{offer}: note and evidence on “{question}”").format(
        offer=short(offer_name, 40), question=short(question)
    )


def offer_edit_text(old: Offer, new: Offer) -> str:
    if old.name != new.name:
        return _("Rename {old} to {new}").format(old=short(old.name, 40), new=short(new.name, 40))
    if old.notes != new.notes and (old.prices, old.support_window) == (
        new.prices,
        new.support_window,
    ):
        return _("{offer}: notes on the offer").format(offer=short(new.name, 40))
    return _("{offer}: prices and support window").format(offer=short(new.name, 40))


def add_text(offer_name: str) -> str:
    return _("Add the offer {offer}").format(offer=short(offer_name, 40))


def import_text(offer_name: str) -> str:
    return _("Import the offer {offer}").format(offer=short(offer_name, 40))


def duplicate_text(offer_name: str) -> str:
    return _("Duplicate {offer}").format(offer=short(offer_name, 40))


def delete_text(offer_name: str) -> str:
    return _("Delete the offer {offer}").format(offer=short(offer_name, 40))


def ask_state_text(offer_name: str, state_name: str) -> str:
    return _("{offer}: ask marked {state}").format(offer=short(offer_name, 40), state=state_name)


def ask_texts_text(offer_name: str) -> str:
    return _("{offer}: reply and note on an ask").format(offer=short(offer_name, 40))


def obtained_text(offer_name: str, question: str) -> str:
    return _("{offer}: obtained answer to “{question}”").format(
        offer=short(offer_name, 40), question=short(question)
    )
