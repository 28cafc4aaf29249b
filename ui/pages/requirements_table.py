"""One area's requirements as a table: weight, K.O. and target of each criterion, each showing
why it is suggested, marked when the user changed it, with a reset to the suggestion."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QWidget,
)

from slaeval.criteria import Criterion
from slaeval.localized import listed
from slaeval.ui import commands
from slaeval.ui.app_state import AppState
from slaeval.ui.i18n import _, current_lang
from slaeval.ui.pages.edit_names import named
from slaeval.ui.pages.setting_names import override_text
from slaeval.ui.widgets.number_spin import locale_for

COLUMNS = ("Criterion", "Weight", "K.O.", "Target", "Why", "")
DISPLAY_FACTOR = {"duration": 60.0}  # durations are shown in hours


def _target_unit(criterion: Criterion) -> str:
    if criterion.kind == "duration":
        return " h"
    if criterion.kind == "percentage":
        return " %"
    return ""


class AreaRequirements(QTableWidget):
    def __init__(self, state: AppState, area_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.area_id = area_id
        assert state.evaluation is not None
        self.catalogue = state.evaluation.catalogue
        criteria = self.catalogue.in_area(area_id)
        self.setColumnCount(len(COLUMNS))
        self.setHorizontalHeaderLabels([_(c) for c in COLUMNS])
        self.setRowCount(len(criteria) + 1)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.setWordWrap(True)
        self._area_row()
        for row, criterion in enumerate(criteria, start=1):
            self._criterion_row(row, criterion)
        self.resizeRowsToContents()
        self.setAccessibleName(_("Requirements of this area"))

    # ------------------------------------------------------------ helpers
    def _suggestion(self, key: str) -> tuple[object, str]:
        assert self.state.evaluation is not None
        suggestion = self.state.evaluation.derived.suggestions().get(key)
        if suggestion is None:
            return None, ""
        return suggestion.value, suggestion.reason.get(current_lang())

    def _why(self, keys: list[str]) -> tuple[str, bool]:
        overrides = self.state.project.overrides
        changed = [k for k in keys if k in overrides]
        if changed:
            return _("Changed by you"), True
        reasons = [why for why in (self._suggestion(k)[1] for k in keys) if why]
        why = listed(list(dict.fromkeys(reasons)), current_lang())
        return _("Suggested because: ") + why, False

    def _label(self, row: int, column: int, text: str, bold: bool = False) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setMargin(4)
        if bold:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        self.setCellWidget(row, column, label)
        return label

    def _reset_button(self, row: int, keys: list[str], changed: bool) -> None:
        button = QPushButton(_("Reset"))
        button.setEnabled(changed and not self.state.read_only)
        button.setAccessibleName(_("Reset to the suggestion"))
        button.clicked.connect(lambda: self._reset(keys))
        self.setCellWidget(row, 5, button)

    def _reset(self, keys: list[str]) -> None:
        changed = [key for key in keys if key in self.state.project.overrides]
        if not changed:
            return
        stack = self.state.undo_stack
        stack.beginMacro(override_text(changed[0], self.catalogue, cleared=True))
        for key in changed:
            self.state.push(commands.clear_override(self.state, key))
        stack.endMacro()

    def _spin(self, value: float, maximum: float, decimals: int, name: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setLocale(locale_for(current_lang()))
        spin.setRange(0, maximum)
        spin.setDecimals(decimals)
        spin.setValue(value)
        spin.setAccessibleName(name)
        spin.setReadOnly(self.state.read_only)
        return spin

    # ------------------------------------------------------------ rows
    def _area_row(self) -> None:
        assert self.state.evaluation is not None
        key = f"area_weight:{self.area_id}"
        area = self.catalogue.area(self.area_id)
        weight = self.state.evaluation.requirements.area_weights.get(self.area_id, 0.0)
        self._label(
            0,
            0,
            _("Weight of the area “{area}”").format(area=area.label.get(current_lang())),
            bold=True,
        )
        spin = self._spin(weight, 100, 1, _("Area weight"))
        spin.editingFinished.connect(lambda: self._set(key, spin.value(), weight))
        self.setCellWidget(0, 1, spin)
        why, changed = self._why([key])
        self._label(0, 4, why)
        self._reset_button(0, [key], changed)

    def _criterion_row(self, row: int, criterion: Criterion) -> None:
        assert self.state.evaluation is not None
        req = self.state.evaluation.requirements
        lang = current_lang()
        label = self._label(row, 0, criterion.question.get(lang))
        label.setToolTip(criterion.help.get(lang))
        keys = [f"criterion_weight:{criterion.id}"]
        weight = req.criterion_weights.get(criterion.id, criterion.weight)
        spin = self._spin(weight, 10, 1, _("Weight"))
        spin.editingFinished.connect(lambda: self._set(keys[0], spin.value(), weight))
        self.setCellWidget(row, 1, spin)
        if criterion.knockout_allowed:
            ko_key = f"knockout:{criterion.id}"
            keys.append(ko_key)
            box = QCheckBox()
            box.setChecked(criterion.id in req.knockouts)
            box.setAccessibleName(_("Must-have (K.O.)"))
            box.setEnabled(not self.state.read_only)
            box.toggled.connect(lambda on: self._set(ko_key, on, not on))
            self.setCellWidget(row, 2, box)
        if criterion.thresholds is not None:
            target_key = f"target:{criterion.id}"
            keys.append(target_key)
            factor = DISPLAY_FACTOR.get(criterion.kind, 1.0)
            current = req.targets.get(criterion.id, criterion.thresholds.good)
            target = self._spin(current / factor, 1e7, 2, _("Target"))
            target.setSuffix(_target_unit(criterion))
            target.editingFinished.connect(
                lambda: self._set(target_key, target.value() * factor, current)
            )
            self.setCellWidget(row, 3, target)
        why, changed = self._why(keys)
        self._label(row, 4, why)
        self._reset_button(row, keys, changed)

    def _set(self, key: str, value: object, old: object) -> None:
        if value != old:
            command = commands.set_override(self.state, key, value)
            self.state.push(named(command, override_text(key, self.catalogue)))
