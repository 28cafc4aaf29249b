"""Preferences: the language of the app, the consultant's name and the logo for the reports.
Kept in the user's settings (QSettings), not in the project file."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from slaeval.ui.i18n import _, current_lang


class PreferencesDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(_("Preferences"))
        form = QFormLayout(self)
        self.language = QComboBox()
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if current_lang() == "fr" else 1)
        self.language.setAccessibleName(_("Language"))
        self.author = QLineEdit(str(settings.value("author", "")))
        self.author.setAccessibleName(_("Author or consultant on the reports"))
        self.logo = QLineEdit(str(settings.value("logo", "")))
        self.logo.setAccessibleName(_("Logo on the reports (PNG or JPEG)"))
        browse = QPushButton(_("Choose…"))
        browse.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(browse)
        form.addRow(_("Language"), self.language)
        form.addRow(_("Author or consultant on the reports"), self.author)
        form.addRow(_("Logo on the reports (PNG or JPEG)"), logo_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _choose_logo(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, _("Logo"), "", _("Images") + " (*.png *.jpg *.jpeg)"
        )
        if name:
            self.logo.setText(name)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def save(self) -> None:
        self.settings.setValue("author", self.author.text().strip()[:200])
        self.settings.setValue("logo", self.logo.text().strip())
        self.settings.setValue("language", self.chosen_language())
