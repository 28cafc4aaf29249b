"""Choosing a contract document to read (File menu and Offers step alike).

While the file dialog is open, the analysis rules are compiled in the background: Python's
regex compiler takes a noticeable part of a second on them, which the first analysis of a
session would otherwise wait for.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from slaeval.ui.background import run_in_background
from slaeval.ui.i18n import _
from slaeval.ui.messages import show_info

CONTRACT_FILTER = " (*.pdf *.docx *.txt *.md)"


def choose_contract(parent: QWidget) -> Path | None:
    """The document the user picks; None when cancelled or when this version was built
    without contract analysis (the user is told)."""
    try:
        from slaeval.analysis import warm_up
    except ImportError:
        show_info(parent, _("Reading contract documents is not available in this version."))
        return None
    # No parent: the thread must outlive a window closed meanwhile (the app waits for it at
    # quit). A failure here shows again, with its message, when the document is analysed.
    run_in_background(lambda _progress: warm_up(), _ignored, _ignored)
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        _("New offer from a contract document"),
        "",
        _("Contract documents") + CONTRACT_FILTER,
    )
    return Path(name) if name else None


def _ignored(_result: object) -> None:
    return None
