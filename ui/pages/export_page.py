"""Step 6, Export: the comparison matrix (CSV) and the offers (JSON), written whole or not at
all. The PDF reports appear here when the report package is installed."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from slaeval.atomic_write import write_text_atomic
from slaeval.errors import SlaevalError
from slaeval.matrix_csv import matrix_csv
from slaeval.ui.app_state import AppState
from slaeval.ui.i18n import _, current_lang
from slaeval.ui.messages import show_error, show_info
from slaeval.ui.pages.base import Page


def export_csv(state: AppState, path: Path) -> None:
    assert state.evaluation is not None
    write_text_atomic(path, matrix_csv(state.project, state.evaluation, current_lang()))


def export_json(state: AppState, path: Path) -> None:
    offers = [o.model_dump(mode="json") for o in state.project.offers]
    write_text_atomic(path, json.dumps({"offers": offers}, ensure_ascii=False, indent=2))


class ExportPage(Page):
    step_id = "export"

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.csv_button = QPushButton()
        self.csv_button.clicked.connect(lambda: self._export("csv"))
        self.json_button = QPushButton()
        self.json_button.clicked.connect(lambda: self._export("json"))
        layout.addWidget(self.intro)
        layout.addWidget(self.csv_button)
        layout.addWidget(self.json_button)
        layout.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return _("Export")

    def retranslate(self) -> None:
        self.intro.setText(
            _(
                "Save the comparison for a spreadsheet, or the offers to share "
                "them. Files are written whole or not at all."
            )
        )
        self.csv_button.setText(_("Comparison matrix (CSV)…"))
        self.json_button.setText(_("Offers (JSON)…"))
        self.refresh()

    def refresh(self) -> None:
        has_offers = bool(self.state.project.offers)
        self.csv_button.setEnabled(has_offers)
        self.json_button.setEnabled(has_offers)

    def _export(self, kind: str) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, _("Export"), f"slaeval.{kind}", f"{kind.upper()} (*.{kind})"
        )
        if not name:
            return
        try:
            (export_csv if kind == "csv" else export_json)(self.state, Path(name))
        except SlaevalError as error:
            show_error(self, error.text(current_lang()))
            return
        show_info(self, _("Written: {path}").format(path=name))

    def completion(self) -> float:
        return 0.0
