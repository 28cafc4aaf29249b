"""Going from one step to another at a given place: from a comparison cell or an ask to the
answer in the offer editor. The pages reach the main window through their own window, so they
need no reference to it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def open_answer(widget: QWidget, offer_id: str, criterion_id: str) -> bool:
    """Show the Offers step with ``offer_id``'s answer to ``criterion_id`` in view and focused."""
    from slaeval.ui.pages.offers_page import OffersPage

    window = widget.window()
    pages = getattr(window, "pages", [])
    offers = next((p for p in pages if isinstance(p, OffersPage)), None)
    show_step = getattr(window, "show_step", None)
    if offers is None or show_step is None:
        return False
    show_step(OffersPage.step_id)
    return offers.show_answer(offer_id, criterion_id)
