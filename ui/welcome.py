"""The first screen: new evaluation, open a file, open the demo, recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from slaeval.ui.i18n import _


class WelcomePage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.new_button = QPushButton()
        self.open_button = QPushButton()
        self.demo_button = QPushButton()
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.recent_label = QLabel()
        self.recent = QListWidget()
        self.recent.itemActivated.connect(lambda item: self.recent_requested.emit(item.text()))
        for widget in (
            self.heading,
            self.intro,
            self.new_button,
            self.open_button,
            self.demo_button,
            self.recent_label,
            self.recent,
        ):
            layout.addWidget(widget)
        self.retranslate([])

    def retranslate(self, recent: list[str]) -> None:
        self.heading.setText(_("Choose your managed IT services provider"))
        self.intro.setText(
            _(
                "slaeval asks what your business needs, scores each provider's "
                "offer against it, shows the offers side by side and prepares "
                "your negotiation. Everything stays on this computer."
            )
        )
        self.new_button.setText(_("New evaluation…"))
        self.open_button.setText(_("Open a file…"))
        self.demo_button.setText(_("Open the demo"))
        self.recent_label.setText(_("Recent files"))
        self.recent.setAccessibleName(_("Recent files"))
        self.set_recent(recent)

    def set_recent(self, recent: list[str]) -> None:
        self.recent.clear()
        existing = [p for p in recent if Path(p).exists()]
        self.recent.addItems(existing)
        self.recent_label.setVisible(bool(existing))
        self.recent.setVisible(bool(existing))
