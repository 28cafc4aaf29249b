"""A number field for answers: locale-aware, with "unknown" as its lowest value, and a range wide
enough to let a wrong value be typed, so that the answer check can refuse it with its reason
(a spin box that silently clamps 120 % to 100 % would hide the mistake)."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

UNKNOWN = -999_999_999.0
HIGHEST = 999_999_999_999.0


def locale_for(lang: str) -> QLocale:
    """The number format of the window's language: "7,5" in French, "7.5" in English."""
    return QLocale(QLocale.Language.French if lang == "fr" else QLocale.Language.English)


class NumberSpin(QDoubleSpinBox):
    def __init__(self, unknown_text: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLocale(locale_for(lang))
        self.setRange(UNKNOWN, HIGHEST)
        self.setSpecialValueText(unknown_text)
        self.setKeyboardTracking(False)  # one value when the user is done, not one per key
        self.setGroupSeparatorShown(True)
        self.setFixedWidth(150)
        self.setValue(UNKNOWN)

    def is_unknown(self) -> bool:
        return self.value() <= UNKNOWN

    def set_unknown(self) -> None:
        self.setValue(UNKNOWN)

    def textFromValue(self, value: float) -> str:
        """No trailing zeros: "4 h", "99.95 %", not "4.00 h"."""
        if value <= UNKNOWN:
            return self.specialValueText()
        text = self.locale().toString(value, "f", self.decimals())
        point = self.locale().decimalPoint()
        if point in text:
            text = text.rstrip("0").rstrip(point)
        return text

    def stepBy(self, steps: int) -> None:
        if self.is_unknown():
            self.setValue(0.0 if steps > 0 else UNKNOWN)
            return
        super().stepBy(steps)
