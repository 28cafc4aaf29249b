"""The left column of the Export step: which document, for which offer, in which language,
and the buttons that save it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from slaeval.localized import Lang
from slaeval.project import Project
from slaeval.ui.export_documents import DATA_KINDS, PDF_KINDS
from slaeval.ui.i18n import _


def document_title(kind: str) -> str:
    return {
        "report": _("Scored comparison report"),
        "checklist": _("Negotiation checklist"),
        "diagnostic": _("Diagnostic summary"),
        "xlsx": _("Comparison matrix (XLSX)…"),
        "csv": _("Comparison matrix (CSV)…"),
        "json": _("Offers (JSON)…"),
    }[kind]


def document_help(kind: str) -> str:
    return {
        "report": _(
            "For the manager who decides: summary and recommendation, ranking, side by side, "
            "red flags, costs over the term and the method."
        ),
        "checklist": _(
            "For the negotiation meeting: per offer, what to ask for, the fallback and why, "
            "with a box to tick."
        ),
        "diagnostic": _(
            "What the questionnaire found: the warning signs and their risk, the first "
            "actions and the recommended model."
        ),
    }[kind]


class ExportChoices(QWidget):
    changed = Signal()  # the document, offer or language changed: the preview is out of date
    save_pdf = Signal()
    save_data = Signal(str)  # "xlsx", "csv" or "json"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf_box = QGroupBox()
        self.kinds = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        pdf_column = QVBoxLayout(self.pdf_box)
        for index, kind in enumerate(PDF_KINDS):
            radio = QRadioButton()
            self.kinds.addButton(radio, index)
            self.radios[kind] = radio
            pdf_column.addWidget(radio)
        self.radios["report"].setChecked(True)
        self.kinds.idToggled.connect(lambda _id, on: on and self.changed.emit())
        self.help = QLabel()
        self.help.setWordWrap(True)
        pdf_column.addWidget(self.help)
        form = QFormLayout()
        self.offer = QComboBox()
        self.offer.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.lang = QComboBox()
        self.lang.addItem("Français", "fr")
        self.lang.addItem("English", "en")
        self.lang.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.offer_label = QLabel()
        self.lang_label = QLabel()
        self.offer_label.setBuddy(self.offer)
        self.lang_label.setBuddy(self.lang)
        form.addRow(self.offer_label, self.offer)
        form.addRow(self.lang_label, self.lang)
        pdf_column.addLayout(form)
        self.save_button = QPushButton()
        self.save_button.setShortcut(QKeySequence("Ctrl+E"))
        self.save_button.clicked.connect(self.save_pdf.emit)
        self.open_when_saved = QCheckBox()
        pdf_column.addWidget(self.save_button)
        pdf_column.addWidget(self.open_when_saved)
        self.data_box = QGroupBox()
        data_column = QVBoxLayout(self.data_box)
        self.data_buttons: dict[str, QPushButton] = {}
        for kind in DATA_KINDS:
            button = QPushButton()
            button.clicked.connect(lambda _c=False, k=kind: self.save_data.emit(k))
            self.data_buttons[kind] = button
            data_column.addWidget(button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.pdf_box)
        column.addWidget(self.data_box)
        column.addStretch(1)
        self.setMaximumWidth(380)

    def kind(self) -> str:
        return PDF_KINDS[max(self.kinds.checkedId(), 0)]

    def set_kind(self, kind: str) -> None:
        self.radios[kind].setChecked(True)

    def offer_name(self) -> str | None:
        value = self.offer.currentData()
        return str(value) if value else None

    def lang_code(self) -> Lang:
        return "en" if self.lang.currentData() == "en" else "fr"

    def set_lang(self, lang: Lang) -> None:
        self.lang.blockSignals(True)
        self.lang.setCurrentIndex(self.lang.findData(lang))
        self.lang.blockSignals(False)

    def show_project(self, project: Project, busy: bool) -> None:
        """Offer list, enabled buttons and the help of the chosen document."""
        chosen = self.offer_name()
        names = [offer.name for offer in project.offers]
        if [self.offer.itemData(i) for i in range(1, self.offer.count())] != names:
            self.offer.blockSignals(True)
            self.offer.clear()
            self.offer.addItem(_("Every offer"), "")
            for name in names:
                self.offer.addItem(name, name)
            self.offer.setCurrentIndex(max(self.offer.findData(chosen or ""), 0))
            self.offer.blockSignals(False)
        kind = self.kind()
        self.offer.setEnabled(kind == "checklist" and bool(names))
        self.offer_label.setEnabled(self.offer.isEnabled())
        self.help.setText(document_help(kind))
        self.save_button.setEnabled(not busy)
        for button in self.data_buttons.values():
            button.setEnabled(bool(names) and not busy)

    def retranslate(self) -> None:
        self.pdf_box.setTitle(_("Documents to print or send (PDF)"))
        for kind, radio in self.radios.items():
            radio.setText(document_title(kind))
        self.offer_label.setText(_("&Offer"))
        self.lang_label.setText(_("&Language of the document"))
        if self.offer.count():
            self.offer.setItemText(0, _("Every offer"))
        self.save_button.setText(_("&Save as PDF…"))
        self.save_button.setToolTip(_("Save the document shown in the preview (Ctrl+E)"))
        self.open_when_saved.setText(_("Open the file once it is saved"))
        self.data_box.setTitle(_("For a spreadsheet or another tool"))
        for kind, button in self.data_buttons.items():
            button.setText(document_title(kind))
