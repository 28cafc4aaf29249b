"""An offer's prices (set-up, monthly fee, term, exit cost, service credits) and the support
window its business-hours delays run in. A change becomes a new Offer value; a value the model
refuses (a window that ends before it starts) is shown with its reason and not kept."""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from slaeval.offers import CreditTier, Offer, Prices, SupportWindow
from slaeval.ui.i18n import _, current_lang
from slaeval.ui.widgets.notes_edit import NotesEdit
from slaeval.ui.widgets.number_spin import locale_for
from slaeval.ui.widgets.status_style import status_css

MAX_TIERS = 6
MAX_NOTES = 20000


def add_row(form: QFormLayout, label: QLabel, field: QWidget | QLayout) -> None:
    """One form row; two calls because Qt's overloads take a layout or a widget, not either."""
    if isinstance(field, QLayout):
        form.addRow(label, field)
    else:
        form.addRow(label, field)


def weekday_names() -> list[str]:
    return [_("Mon"), _("Tue"), _("Wed"), _("Thu"), _("Fri"), _("Sat"), _("Sun")]


def _money(maximum: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(0, maximum)
    spin.setDecimals(2)
    spin.setSuffix(" €")
    spin.setGroupSeparatorShown(True)
    spin.setKeyboardTracking(False)
    spin.setFixedWidth(170)
    return spin


def _percent() -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setLocale(locale_for(current_lang()))  # "99,50 %" in French, like the other fields
    spin.setRange(0, 100)
    spin.setDecimals(2)
    spin.setSuffix(" %")
    spin.setKeyboardTracking(False)
    spin.setFixedWidth(110)
    return spin


class OfferPricesForm(QWidget):
    changed = Signal(object)  # the edited Offer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offer: Offer | None = None
        self._loading = False
        self.form = QFormLayout(self)
        self.setup, self.monthly, self.exit_cost = _money(1e9), _money(1e8), _money(1e9)
        self.term = QSpinBox()
        self.term.setRange(1, 240)
        self.term.setKeyboardTracking(False)
        self.term.setFixedWidth(110)
        self.cap = _percent()
        self.has_cap = QCheckBox()
        cap_row = QHBoxLayout()
        cap_row.addWidget(self.has_cap)
        cap_row.addWidget(self.cap)
        cap_row.addStretch(1)
        self.tiers_box = QVBoxLayout()
        self.add_tier = QPushButton()
        self.add_tier.clicked.connect(self._add_tier)
        self.tiers_box.addWidget(self.add_tier, 0, Qt.AlignmentFlag.AlignLeft)
        self.tier_rows: list[tuple[QDoubleSpinBox, QDoubleSpinBox]] = []
        self.days = [QCheckBox() for _ in range(7)]
        days_row = QHBoxLayout()
        for box in self.days:
            days_row.addWidget(box)
        days_row.addStretch(1)
        self.start, self.end = QTimeEdit(), QTimeEdit()
        hours_row = QHBoxLayout()
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
            edit.setKeyboardTracking(False)
            hours_row.addWidget(edit)
        hours_row.addStretch(1)
        # the desk may close for lunch ("8h-12h et 14h-18h"): business hours stop meanwhile
        self.has_break = QCheckBox()
        self.break_start, self.break_end = QTimeEdit(), QTimeEdit()
        self.break_to = QLabel()
        break_row = QHBoxLayout()
        break_row.addWidget(self.has_break)
        for widget in (self.break_start, self.break_to, self.break_end):
            break_row.addWidget(widget)
        for edit in (self.break_start, self.break_end):
            edit.setDisplayFormat("HH:mm")
            edit.setKeyboardTracking(False)
            edit.setEnabled(False)
        self.has_break.toggled.connect(self.break_start.setEnabled)
        self.has_break.toggled.connect(self.break_end.setEnabled)
        break_row.addStretch(1)
        self.notes = NotesEdit()
        self.notes.setMaximumHeight(90)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(status_css("red") + " font-weight: bold;")
        self.problem.setVisible(False)
        self.labels = [QLabel() for _ in range(10)]
        rows: tuple[QWidget | QLayout, ...] = (
            self.setup,
            self.monthly,
            self.term,
            self.exit_cost,
            self.tiers_box,
            cap_row,
            days_row,
            hours_row,
            break_row,
            self.notes,
        )
        for label, field in zip(self.labels, rows, strict=True):
            label.setWordWrap(True)
            add_row(self.form, label, field)
        self.form.addRow(self.problem)
        self._connect()

    def _connect(self) -> None:
        for spin in (self.setup, self.monthly, self.exit_cost, self.cap):
            spin.valueChanged.connect(self._emit)
        self.term.valueChanged.connect(self._emit)
        self.has_cap.toggled.connect(self._emit)
        for box in self.days:
            box.toggled.connect(self._emit)
        for edit in (self.start, self.end, self.break_start, self.break_end):
            edit.timeChanged.connect(self._emit)
        self.has_break.toggled.connect(self._emit)
        self.notes.finished.connect(self._emit)

    def retranslate(self) -> None:
        texts = (
            _("Set-up fee"),
            _("Monthly fee"),
            _("Term (months)"),
            _("Exit cost"),
            _("Service credits: credit due when monthly availability falls below"),
            _("Cap on credits (share of the monthly fee)"),
            _("Support days"),
            _("Support hours (00:00 at the end means midnight)"),
            _("Lunch break"),
            _("Notes on this offer"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.add_tier.setText(_("Add a credit tier"))
        self.has_break.setText(_("Closed from"))
        self.break_to.setText(_("to"))
        self.has_break.setToolTip(
            _(
                "Tick when the support desk closes during the day (a lunch break): "
                "business-hours delays do not run meanwhile."
            )
        )
        self.has_cap.setText(_("Capped at"))
        for box, name in zip(self.days, weekday_names(), strict=True):
            box.setText(name)
        locale = locale_for(current_lang())
        for spin in (self.setup, self.monthly, self.exit_cost, self.cap):
            spin.setLocale(locale)
        while self.tier_rows:  # rebuilt in the new language by the next show_offer
            self._drop_tier_row(len(self.tier_rows) - 1, emit=False)

    # ------------------------------------------------------------ showing
    def show_offer(self, offer: Offer, read_only: bool) -> None:
        self.offer = offer
        self._loading = True
        try:
            prices, window = offer.prices, offer.support_window
            self.setup.setValue(prices.setup)
            self.monthly.setValue(prices.monthly)
            self.term.setValue(prices.term_months)
            self.exit_cost.setValue(prices.exit_cost)
            self.has_cap.setChecked(prices.credit_cap_percent is not None)
            self.cap.setValue(prices.credit_cap_percent or 0.0)
            self._show_tiers(prices.credit_tiers)
            for index, box in enumerate(self.days):
                box.setChecked(index in window.days)
            self.start.setTime(_clock(window.start_minute))
            self.end.setTime(_clock(window.end_minute))
            paused = window.break_start_minute is not None
            self.has_break.setChecked(paused)
            self.break_start.setTime(_clock(window.break_start_minute or 12 * 60))
            self.break_end.setTime(_clock(window.break_end_minute or 14 * 60))
            self.notes.show_text(offer.notes)
            self.problem.setVisible(False)
        finally:
            self._loading = False
        self.setEnabled(not read_only)

    def _show_tiers(self, tiers: tuple[CreditTier, ...]) -> None:
        while len(self.tier_rows) < len(tiers):
            self._new_tier_row()
        while len(self.tier_rows) > len(tiers):
            self._drop_tier_row(len(self.tier_rows) - 1, emit=False)
        for (below, credit), tier in zip(self.tier_rows, tiers, strict=True):
            below.setValue(tier.below)
            credit.setValue(tier.credit_percent)
        self.add_tier.setEnabled(len(self.tier_rows) < MAX_TIERS)

    def _new_tier_row(self) -> None:
        row = QHBoxLayout()
        below, credit = _percent(), _percent()
        below.setAccessibleName(_("Availability below"))
        credit.setAccessibleName(_("Credit (share of the monthly fee)"))
        remove = QToolButton()
        remove.setText("✖")
        remove.setAccessibleName(_("Remove this tier"))
        remove.setToolTip(_("Remove this tier"))
        arrow = QLabel("→")
        row.addWidget(below)
        row.addWidget(arrow)
        row.addWidget(credit)
        row.addWidget(QLabel(_("of the monthly fee")))
        row.addWidget(remove)
        row.addStretch(1)
        index = len(self.tier_rows)
        self.tier_rows.append((below, credit))
        self.tiers_box.insertLayout(index, row)
        below.valueChanged.connect(self._emit)
        credit.valueChanged.connect(self._emit)
        remove.clicked.connect(lambda _c=False, b=below: self._remove_tier(b))

    def _drop_tier_row(self, index: int, emit: bool) -> None:
        item = self.tiers_box.takeAt(index)
        layout = item.layout() if item else None
        if layout is not None:
            while layout.count():
                child = layout.takeAt(0)
                widget = child.widget() if child else None
                if widget is not None:
                    widget.deleteLater()
        del self.tier_rows[index]
        if emit:
            self._emit()

    def _remove_tier(self, below: QDoubleSpinBox) -> None:
        index = next(i for i, (b, _c) in enumerate(self.tier_rows) if b is below)
        self._drop_tier_row(index, emit=True)

    def _add_tier(self) -> None:
        if len(self.tier_rows) >= MAX_TIERS:
            return
        self._loading = True
        self._new_tier_row()
        below, credit = self.tier_rows[-1]
        below.setValue(99.5)
        credit.setValue(10.0)
        self._loading = False
        self._emit()

    # ------------------------------------------------------------ editing
    def edited_offer(self) -> Offer:
        """The offer as the form shows it; raises ValidationError when a value does not fit."""
        assert self.offer is not None
        paused = self.has_break.isChecked()
        window = SupportWindow(
            days=tuple(i for i, box in enumerate(self.days) if box.isChecked()),
            start_minute=_minutes(self.start),
            end_minute=_minutes(self.end) or 24 * 60,
            break_start_minute=_minutes(self.break_start) if paused else None,
            break_end_minute=_minutes(self.break_end) if paused else None,
        )
        prices = Prices(
            setup=self.setup.value(),
            monthly=self.monthly.value(),
            term_months=self.term.value(),
            exit_cost=self.exit_cost.value(),
            credit_tiers=tuple(
                CreditTier(below=b.value(), credit_percent=c.value()) for b, c in self.tier_rows
            ),
            credit_cap_percent=self.cap.value() if self.has_cap.isChecked() else None,
        )
        return self.offer.model_copy(
            update={
                "prices": prices,
                "support_window": window,
                "notes": self.notes.toPlainText()[:MAX_NOTES],
            }
        )

    def _emit(self) -> None:
        if self._loading or self.offer is None:
            return
        try:
            offer = self.edited_offer()
        except ValidationError as error:
            self.problem.setText("✖ " + _window_problem(error))
            self.problem.setVisible(True)
            return
        self.problem.setVisible(False)
        if offer != self.offer:
            self.changed.emit(offer)


def _minutes(edit: QTimeEdit) -> int:
    return edit.time().hour() * 60 + edit.time().minute()


def _clock(minutes: int) -> QTime:
    return QTime(0, 0).addSecs((minutes % (24 * 60)) * 60)


def _window_problem(error: ValidationError) -> str:
    text = str(error.errors()[0].get("msg", ""))
    if "days" in text:
        return _("Pick at least one support day.")
    if "end after" in text:
        return _("The support hours must end after they start.")
    if "break" in text:
        return _("The break must start after the support hours open and end before they close.")
    if "below" in str(error.errors()[0].get("loc", "")):
        return _("A credit tier needs an availability above 0 %.")
    return _("This value cannot be kept: {reason}").format(reason=text)
