"""An answer widget that fits the criterion's kind: buttons for yes/no and choices, a number
with its unit for durations (with the business/calendar clock), percentages, money and numbers.

It emits ``edited(value, clock)`` when the user changes it; ``None`` means unknown. Values are
stored in the catalogue's unit (minutes, percent, euros), whatever unit is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QHBoxLayout, QPushButton, QWidget

from slaeval.criteria import Criterion
from slaeval.offers import AnswerValue, Clock
from slaeval.ui.i18n import _, current_lang
from slaeval.ui.widgets.choice_buttons import ChoiceButtons

DURATION_UNITS = ((1, "min"), (60, "h"), (24 * 60, "days"))
NUMBER_UNITS = {
    "months": "months",
    "days": "days",
    "months_of_fees": "months of fees",
    "per_year": "per year",
    "count": "",
    "hours": "h",
}


def yesno_options() -> list[tuple[str, str]]:
    return [("yes", _("Yes")), ("partly", _("Partly")), ("no", _("No"))]


class AnswerEditor(QWidget):
    edited = Signal(object, str)  # value (None = unknown), clock

    def __init__(self, criterion: Criterion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.criterion = criterion
        self._loading = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        lang = current_lang()
        self.buttons: ChoiceButtons | None = None
        self.spin: QDoubleSpinBox | None = None
        self.unit: QComboBox | None = None
        self.clock: QComboBox | None = None
        if criterion.kind in ("yesno", "choice"):
            options = (
                yesno_options()
                if criterion.kind == "yesno"
                else [(c.id, c.label.get(lang)) for c in criterion.choices]
            )
            self.buttons = ChoiceButtons(options, _("Unknown"), vertical=criterion.kind == "choice")
            self.buttons.setAccessibleName(criterion.question.get(lang))
            self.buttons.chosen.connect(lambda v: self._emit())
            layout.addWidget(self.buttons)
            return
        self.spin = QDoubleSpinBox()
        self.spin.setLocale(
            QLocale(QLocale.Language.French if lang == "fr" else QLocale.Language.English)
        )
        self.spin.setAccessibleName(criterion.question.get(lang))
        self.spin.setMinimumWidth(120)
        self._configure_spin()
        layout.addWidget(self.spin)
        if criterion.kind == "duration":
            self.unit = QComboBox()
            for _factor, name in DURATION_UNITS:
                self.unit.addItem(_(name))
            self.unit.setCurrentIndex(1)
            self.unit.setAccessibleName(_("Unit"))
            self.unit.currentIndexChanged.connect(lambda _i: self._emit())
            layout.addWidget(self.unit)
            if criterion.business_hours:
                self.clock = QComboBox()
                self.clock.addItems([_("real (calendar) time"), _("business hours")])
                self.clock.setAccessibleName(_("Clock"))
                self.clock.currentIndexChanged.connect(lambda _i: self._emit())
                layout.addWidget(self.clock)
        unknown = QPushButton(_("Unknown"))
        unknown.setAccessibleName(_("Unknown"))
        unknown.clicked.connect(self._set_unknown)
        layout.addWidget(unknown)
        layout.addStretch(1)
        self.spin.valueChanged.connect(lambda _v: self._emit())

    def _configure_spin(self) -> None:
        assert self.spin is not None
        kind = self.criterion.kind
        spin = self.spin
        spin.setSpecialValueText(_("unknown"))
        if kind == "percentage":
            spin.setRange(-1, 100)
            spin.setDecimals(3)
            spin.setSuffix(" %")
        elif kind == "money":
            spin.setRange(-1, 1e9)
            spin.setDecimals(2)
            spin.setSuffix(" €")
            spin.setGroupSeparatorShown(True)
        elif kind == "duration":
            spin.setRange(-1, 100_000)
            spin.setDecimals(1)
        else:
            spin.setRange(-1, 100_000)
            spin.setDecimals(1)
            unit = NUMBER_UNITS.get(self.criterion.unit or "count", "")
            if unit:
                spin.setSuffix(f" {_(unit)}")

    def _factor(self) -> int:
        if self.unit is None:
            return 1
        return DURATION_UNITS[self.unit.currentIndex()][0]

    def value(self) -> tuple[AnswerValue, Clock]:
        clock: Clock = "business" if self.clock and self.clock.currentIndex() == 1 else "calendar"
        if self.buttons is not None:
            return self.buttons.value(), clock
        assert self.spin is not None
        number = self.spin.value()
        if number < 0:
            return None, clock
        return number * self._factor(), clock

    def set_value(self, value: AnswerValue, clock: Clock = "calendar") -> None:
        self._loading = True
        try:
            if self.buttons is not None:
                self.buttons.set_value(value if isinstance(value, str) else None)
                return
            assert self.spin is not None
            if self.clock is not None:
                self.clock.setCurrentIndex(1 if clock == "business" else 0)
            if not isinstance(value, int | float):
                self.spin.setValue(-1)
                return
            if self.unit is not None:
                index = 2 if value >= 2880 and value % 1440 == 0 else 1 if value >= 60 else 0
                self.unit.setCurrentIndex(index)
            self.spin.setValue(float(value) / self._factor())
        finally:
            self._loading = False

    def _set_unknown(self) -> None:
        if self.spin is not None:
            self.spin.setValue(-1)

    def _emit(self) -> None:
        if not self._loading:
            value, clock = self.value()
            self.edited.emit(value, clock)
