"""Weights as percentages: how much each area counts in the total (they add up to 100 %), and
inside an area, how much each criterion counts (an expander per area).

A change is written as weight overrides (one undoable step); the shares shown are the ones the
evaluation used, so they always add up to 100 whatever the raw points are.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from slaeval.formatting import format_percent
from slaeval.project_evaluation import ProjectEvaluation
from slaeval.ui import commands
from slaeval.ui.app_state import AppState
from slaeval.ui.i18n import _, current_lang
from slaeval.ui.models.weights import MAX_SHARE, shares, weights_for_share
from slaeval.ui.widgets.number_spin import locale_for

AREA_CEILING = 100.0
CRITERION_CEILING = 10.0


def _percent_spin(name: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setLocale(locale_for(current_lang()))
    spin.setRange(0, MAX_SHARE)
    spin.setDecimals(1)
    spin.setSuffix(" %")
    spin.setKeyboardTracking(False)  # commit on Enter, focus loss or arrows, not per key
    spin.setAccessibleName(name)
    spin.setFixedWidth(92)
    return spin


class WeightsPanel(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.area_spins: dict[str, QDoubleSpinBox] = {}
        self.area_bars: dict[str, QProgressBar] = {}
        self.criterion_spins: dict[str, QDoubleSpinBox] = {}
        self._expanded: set[str] = set()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.reset = QPushButton()
        self.reset.clicked.connect(self.reset_weights)
        layout.addWidget(self.heading)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.reset)
        self._built_for: tuple[str, frozenset[str]] | None = None

    # ------------------------------------------------------------ building
    def _build(self, pe: ProjectEvaluation) -> None:
        lang = current_lang()
        body = QWidget()
        self.grid = QGridLayout(body)
        self.grid.setContentsMargins(4, 4, 4, 4)
        self.grid.setVerticalSpacing(2)
        self.area_spins.clear()
        self.criterion_spins.clear()
        row = 0
        for area in pe.catalogue.areas_in_review_order():
            toggle = QToolButton()
            toggle.setArrowType(
                Qt.ArrowType.DownArrow if area.id in self._expanded else Qt.ArrowType.RightArrow
            )
            toggle.setAccessibleName(
                _("Show the criteria of {area}").format(area=area.label.get(lang))
            )
            toggle.clicked.connect(lambda _c=False, a=area.id: self._toggle(a))
            label = QLabel(area.label.get(lang))
            label.setWordWrap(True)
            spin = _percent_spin(_("Weight of {area}").format(area=area.label.get(lang)))
            spin.valueChanged.connect(lambda v, a=area.id: self._area_changed(a, v))
            self.area_spins[area.id] = spin
            bar = QProgressBar()
            bar.setRange(0, 1000)
            bar.setTextVisible(False)
            bar.setFixedHeight(10)
            self.area_bars[area.id] = bar
            self.grid.addWidget(toggle, row, 0)
            self.grid.addWidget(label, row, 1)
            self.grid.addWidget(bar, row, 2)
            self.grid.addWidget(spin, row, 3)
            row += 1
            if area.id in self._expanded:
                row = self._criteria_rows(pe, area.id, row)
        self.total = QLabel()
        self.grid.addWidget(self.total, row, 1, 1, 3, Qt.AlignmentFlag.AlignRight)
        self.grid.setColumnStretch(1, 2)
        self.grid.setColumnStretch(2, 3)
        self.grid.setRowStretch(row + 1, 1)
        self.scroll_area.setWidget(body)

    def _criteria_rows(self, pe: ProjectEvaluation, area: str, row: int) -> int:
        lang = current_lang()
        for criterion in pe.catalogue.in_area(area):
            if criterion.id in pe.requirements.not_applicable:
                continue
            label = QLabel(criterion.question.get(lang))
            label.setWordWrap(True)
            label.setToolTip(criterion.help.get(lang))
            spin = _percent_spin(_("Weight within the area"))
            spin.setToolTip(_("Share of this criterion within its area"))
            spin.valueChanged.connect(lambda v, c=criterion.id: self._criterion_changed(c, v))
            self.criterion_spins[criterion.id] = spin
            self.grid.addWidget(label, row, 1, 1, 2)
            self.grid.addWidget(spin, row, 3)
            row += 1
        return row

    def _toggle(self, area: str) -> None:
        self._expanded ^= {area}
        self._built_for = None
        self.refresh()

    # ------------------------------------------------------------ showing
    def retranslate(self) -> None:
        self.heading.setText(
            _("How much each area counts in the total. Open an area to weigh its criteria.")
        )
        self.reset.setText(_("Back to the suggested weights"))
        self._built_for = None
        self.refresh()

    def refresh(self) -> None:
        pe = self.state.evaluation
        if pe is None:
            return
        key = (current_lang(), frozenset(self._expanded))
        if self._built_for != key:
            self._build(pe)
            self._built_for = key
        area_shares = pe.evaluation.area_weights
        for area, spin in self.area_spins.items():
            self._show(spin, area_shares.get(area))
            self.area_bars[area].setValue(round(10 * area_shares.get(area, 0.0)))
        for criterion_id, share in self._criterion_shares(pe).items():
            if criterion_id in self.criterion_spins:
                self._show(self.criterion_spins[criterion_id], share)
        total = sum(area_shares.values())
        self.total.setText(
            _("Total: {total}").format(total=format_percent(total, current_lang(), 0))
        )
        overridden = any(
            k.split(":")[0] in ("area_weight", "criterion_weight")
            for k in self.state.project.overrides
        )
        self.reset.setEnabled(overridden and not self.state.read_only)

    def _show(self, spin: QDoubleSpinBox, share: float | None) -> None:
        spin.blockSignals(True)
        spin.setValue(share or 0.0)
        spin.blockSignals(False)
        spin.setEnabled(share is not None and not self.state.read_only)

    @staticmethod
    def _criterion_shares(pe: ProjectEvaluation) -> dict[str, float]:
        req = pe.requirements
        out: dict[str, float] = {}
        for area in pe.catalogue.areas:
            raw = {
                c.id: req.criterion_weights.get(c.id, 0.0)
                for c in pe.catalogue.in_area(area.id)
                if c.id not in req.not_applicable
            }
            out.update(shares(raw))
        return out

    # ------------------------------------------------------------ editing
    def _area_changed(self, area: str, share: float) -> None:
        pe = self.state.evaluation
        assert pe is not None
        raw = {a: pe.requirements.area_weights.get(a, 0.0) for a in pe.evaluation.area_weights}
        self._write("area_weight", weights_for_share(raw, area, share, AREA_CEILING))

    def _criterion_changed(self, criterion_id: str, share: float) -> None:
        pe = self.state.evaluation
        assert pe is not None
        req = pe.requirements
        area = pe.catalogue.criterion(criterion_id).area
        raw = {
            c.id: req.criterion_weights.get(c.id, 0.0)
            for c in pe.catalogue.in_area(area)
            if c.id not in req.not_applicable
        }
        self._write(
            "criterion_weight", weights_for_share(raw, criterion_id, share, CRITERION_CEILING)
        )

    def _write(self, prefix: str, values: dict[str, float]) -> None:
        if not values or self.state.read_only:
            return
        stack = self.state.undo_stack
        stack.beginMacro(_("Change the weights"))
        for key, value in values.items():
            self.state.push(commands.set_override(self.state, f"{prefix}:{key}", value))
        stack.endMacro()

    def reset_weights(self) -> None:
        keys = [
            k
            for k in self.state.project.overrides
            if k.startswith(("area_weight:", "criterion_weight:"))
        ]
        if not keys or self.state.read_only:
            return
        self.state.undo_stack.beginMacro(_("Back to the suggested weights"))
        for key in keys:
            self.state.push(commands.clear_override(self.state, key))
        self.state.undo_stack.endMacro()
