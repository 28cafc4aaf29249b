"""An answer widget that fits the criterion's kind: buttons for yes/no and choices, a number
with its unit for durations (with the business/calendar clock), percentages, money and numbers,
and "unknown" one click away.

It emits ``edited(value, clock)`` when the user changes it; ``None`` means unknown. Values are
stored in the catalogue's unit (minutes, percent, euros), whatever unit is shown. A value the
answer check refuses (120 %, a negative delay) is never emitted: the reason is shown under the
field and ``refused(reason)`` is emitted instead.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from slaeval.answer_check import answer_problem
from slaeval.criteria import Criterion
from slaeval.localized import Lang
from slaeval.offers import AnswerValue, Clock
from slaeval.ui.i18n import _, current_lang
from slaeval.ui.widgets.choice_buttons import ChoiceButtons
from slaeval.ui.widgets.number_spin import NumberSpin
from slaeval.ui.widgets.status_style import status_css, status_symbol

DURATION_FACTORS = (1, 60, 24 * 60)  # minutes, hours, days
DECIMALS = {"percentage": 3, "money": 2, "duration": 2}
CHECKED_STYLE = "QPushButton:checked { background: #1f5fa8; color: white; font-weight: bold; }"


def yesno_options() -> list[tuple[str, str]]:
    return [("yes", _("Yes")), ("partly", _("Partly")), ("no", _("No"))]


def duration_units() -> list[str]:
    return [_("min"), _("h"), _("days")]


def number_suffix(unit: str | None, value: float = 2.0) -> str:
    if value == 1:
        return {
            "months": _("month"),
            "days": _("day"),
            "months_of_fees": _("month of fees"),
            "per_year": _("per year"),
            "hours": _("h"),
        }.get(unit or "", "")
    return {
        "months": _("months"),
        "days": _("days"),
        "months_of_fees": _("months of fees"),
        "per_year": _("per year"),
        "hours": _("h"),
    }.get(unit or "", "")


class AnswerEditor(QWidget):
    edited = Signal(object, str)  # value (None = unknown), clock
    refused = Signal(str)  # why the typed value cannot be kept

    def __init__(self, criterion: Criterion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.criterion = criterion
        self._loading = False
        self._problem: str | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(layout)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(status_css("red"))
        self.error.setVisible(False)
        outer.addWidget(self.error)
        lang = current_lang()
        self.buttons: ChoiceButtons | None = None
        self.spin: NumberSpin | None = None
        self.unit: QComboBox | None = None
        self.clock: QComboBox | None = None
        self.choices: QComboBox | None = None
        if criterion.kind == "yesno":
            self._unknown_index = 3
            self.buttons = ChoiceButtons(yesno_options(), _("Unknown"))
            self.buttons.setAccessibleName(criterion.question.get(lang))
            self.buttons.setStyleSheet(CHECKED_STYLE)
            self.buttons.chosen.connect(lambda _v: self._emit())
            layout.addWidget(self.buttons)
            return
        if criterion.kind == "choice":
            self._choice_widgets(layout, lang)
            return
        self._number_widgets(layout, lang)

    def _choice_widgets(self, layout: QHBoxLayout, lang: Lang) -> None:
        """A list of the catalogue's choices, each with the status it earns, and "unknown"."""
        self.choices = QComboBox()
        self.choices.addItem(_("unknown"), None)
        for choice in self.criterion.choices:
            self.choices.addItem(
                f"{status_symbol(choice.status)} {choice.label.get(lang)}", choice.id
            )
        self.choices.setAccessibleName(self.criterion.question.get(lang))
        self.choices.setMinimumWidth(260)
        self.choices.currentIndexChanged.connect(lambda _i: self._emit())
        layout.addWidget(self.choices, 1)
        self._unknown_button(layout)

    def _unknown_button(self, layout: QHBoxLayout) -> None:
        unknown = QPushButton(_("Unknown"))
        unknown.setAccessibleName(_("Unknown"))
        unknown.setToolTip(_("The offer does not say: mark this answer unknown"))
        unknown.clicked.connect(self.set_unknown)
        layout.addWidget(unknown)

    def _number_widgets(self, layout: QHBoxLayout, lang: Lang) -> None:
        criterion = self.criterion
        self.spin = NumberSpin(_("unknown"), lang)
        self.spin.setAccessibleName(criterion.question.get(current_lang()))
        self.spin.setDecimals(DECIMALS.get(criterion.kind, 1))
        suffix = {"percentage": " %", "money": " €"}.get(criterion.kind, "")
        if criterion.kind == "number" and number_suffix(criterion.unit):
            suffix = " " + number_suffix(criterion.unit)
        self.spin.setSuffix(suffix)
        layout.addWidget(self.spin)
        if criterion.kind == "duration":
            self.unit = QComboBox()
            self.unit.addItems(duration_units())
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
        self._unknown_button(layout)
        layout.addStretch(1)
        self.spin.valueChanged.connect(lambda _v: self._emit())
        if criterion.kind == "number" and criterion.unit:
            self.spin.valueChanged.connect(self._fit_suffix)

    def _fit_suffix(self, value: float) -> None:
        """ "1 month", "2 months": the unit follows the number."""
        assert self.spin is not None
        suffix = number_suffix(self.criterion.unit, value)
        self.spin.setSuffix(f" {suffix}" if suffix else "")

    # ------------------------------------------------------------ reading and writing
    def _factor(self) -> int:
        return 1 if self.unit is None else DURATION_FACTORS[self.unit.currentIndex()]

    def value(self) -> tuple[AnswerValue, Clock]:
        clock: Clock = "business" if self.clock and self.clock.currentIndex() == 1 else "calendar"
        if self.buttons is not None:
            return self.buttons.value(), clock
        if self.choices is not None:
            return self.choices.currentData(), clock
        assert self.spin is not None
        if self.spin.is_unknown():
            return None, clock
        return round(self.spin.value() * self._factor(), 6), clock

    def set_value(self, value: AnswerValue, clock: Clock = "calendar") -> None:
        """Show a stored value (clears any refusal shown)."""
        self._loading = True
        try:
            self._show_problem(None)
            if self.buttons is not None:
                self.buttons.set_value(value if isinstance(value, str) else None)
                return
            if self.choices is not None:
                self.choices.setCurrentIndex(max(0, self.choices.findData(value)))
                return
            assert self.spin is not None
            if self.clock is not None:
                self.clock.setCurrentIndex(1 if clock == "business" else 0)
            if isinstance(value, bool) or not isinstance(value, int | float):
                self.spin.set_unknown()
                return
            if self.unit is not None:
                index = 2 if value >= 2880 and value % 1440 == 0 else 1 if value >= 60 else 0
                self.unit.setCurrentIndex(index)
            self.spin.setValue(float(value) / self._factor())
        finally:
            self._loading = False

    def set_unknown(self) -> None:
        if self.spin is not None:
            self.spin.set_unknown()
        elif self.choices is not None:
            self.choices.setCurrentIndex(0)
        elif self.buttons is not None:
            self.buttons.choose_index(self._unknown_index)

    def problem(self) -> str | None:
        """Why the value shown cannot be kept, or None."""
        return self._problem

    def _show_problem(self, text: str | None) -> None:
        self._problem = text
        self.error.setText(f"✖ {text}" if text else "")
        self.error.setVisible(bool(text))
        if self.spin is not None:
            self.spin.setStyleSheet("QDoubleSpinBox { border: 2px solid #a31515; }" if text else "")

    def _emit(self) -> None:
        if self._loading:
            return
        value, clock = self.value()
        problem = answer_problem(self.criterion, value)
        if problem is not None:
            reason = problem.get(current_lang())
            self._show_problem(reason)
            self.refused.emit(reason)
            return
        self._show_problem(None)
        self.edited.emit(value, clock)
