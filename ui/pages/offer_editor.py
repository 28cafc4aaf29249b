"""The editor of one offer: its name, where it stands (score, rank, K.O., unknowns), its answers
area by area, and its prices and support window.

An area's widgets are built the first time it is opened; afterwards an edit only updates
values and statuses in place. Edits leave as signals that the Offers page turns into commands.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from slaeval.criteria import Catalogue
from slaeval.evaluation import OfferResult
from slaeval.formatting import format_number
from slaeval.offers import Offer
from slaeval.ui.i18n import _, current_lang
from slaeval.ui.pages.area_answers import AreaAnswers
from slaeval.ui.pages.offer_prices import OfferPricesForm
from slaeval.ui.widgets.status_style import status_css


class OfferEditor(QWidget):
    answer_edited = Signal(str, str, object, str)  # offer id, criterion id, value, clock
    details_requested = Signal(str, str)  # offer id, criterion id
    offer_changed = Signal(object)  # an edited Offer (name, prices, window, notes)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offer: Offer | None = None
        self._result: OfferResult | None = None
        self.catalogue: Catalogue | None = None
        self.read_only = False
        self.areas: dict[str, AreaAnswers] = {}
        self._area_ids: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.name_label = QLabel()
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.name.editingFinished.connect(self._rename)
        top.addWidget(self.name_label)
        top.addWidget(self.name, 1)
        self.name_problem = QLabel()
        self.name_problem.setStyleSheet(status_css("red"))
        self.name_problem.setVisible(False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.area_list = QListWidget()
        self.area_list.setFixedWidth(230)
        self.area_list.setWordWrap(True)
        self.area_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area_list.currentRowChanged.connect(self._open_area)
        self.area_stack = QStackedWidget()
        answers = QWidget()
        row = QHBoxLayout(answers)
        row.setContentsMargins(0, 4, 0, 0)
        row.addWidget(self.area_list)
        row.addWidget(self.area_stack, 1)
        self.prices = OfferPricesForm()
        self.prices.changed.connect(self.offer_changed.emit)
        prices_page = QWidget()
        prices_column = QVBoxLayout(prices_page)
        prices_column.addWidget(self.prices)
        prices_column.addStretch(1)
        prices_scroll = QScrollArea()
        prices_scroll.setWidgetResizable(True)
        prices_scroll.setWidget(prices_page)
        self.tabs = QTabWidget()
        self.tabs.addTab(answers, "")
        self.tabs.addTab(prices_scroll, "")
        layout.addLayout(top)
        layout.addWidget(self.name_problem)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)

    def retranslate(self) -> None:
        self.name_label.setText(_("Provider"))
        self.name.setAccessibleName(_("Provider name"))
        self.area_list.setAccessibleName(_("Areas"))
        self.tabs.setTabText(0, _("Answers"))
        self.tabs.setTabText(1, _("Prices and support window"))
        self.prices.retranslate()
        self.reset()

    def reset(self) -> None:
        """Forget the widgets built for the current offer (new offer, language, catalogue)."""
        while (widget := self.area_stack.widget(0)) is not None:
            self.area_stack.removeWidget(widget)
            widget.deleteLater()
        self.areas.clear()
        self._area_ids = []
        self.area_list.blockSignals(True)
        self.area_list.clear()
        self.area_list.blockSignals(False)

    # ------------------------------------------------------------ showing
    def show_offer(
        self, offer: Offer, result: OfferResult | None, catalogue: Catalogue, read_only: bool
    ) -> None:
        changed_offer = self.offer is None or self.offer.id != offer.id
        if changed_offer or catalogue is not self.catalogue or read_only != self.read_only:
            self.reset()
        self.offer, self.catalogue, self.read_only = offer, catalogue, read_only
        self._result = result
        if not self._area_ids:
            self._build_area_list(catalogue)
        if self.name.text() != offer.name and not self.name.hasFocus():
            self.name.setText(offer.name)
        self.name.setReadOnly(read_only)
        self.summary.setText(self._summary(result))
        self._update_area_list(result)
        for area in self.areas.values():
            area.show_offer(offer, result)
        self.prices.show_offer(offer, read_only)
        if self.area_list.currentRow() < 0:
            self.area_list.setCurrentRow(0)

    def _build_area_list(self, catalogue: Catalogue) -> None:
        lang = current_lang()
        self.area_list.blockSignals(True)
        for area in catalogue.areas_in_review_order():
            self._area_ids.append(area.id)
            self.area_list.addItem(QListWidgetItem(area.label.get(lang)))
            self.area_stack.addWidget(QWidget())  # replaced when the area is first opened
        self.area_list.setCurrentRow(-1)
        self.area_list.blockSignals(False)

    def _update_area_list(self, result: OfferResult | None) -> None:
        assert self.catalogue is not None
        lang = current_lang()
        for row, area_id in enumerate(self._area_ids):
            area = self.catalogue.area(area_id)
            counts = {"red": 0, "unknown": 0, "acceptable": 0}
            if result is not None:
                for criterion in self.catalogue.in_area(area_id):
                    status = result.criteria[criterion.id].status
                    if status in counts:
                        counts[status] += 1
            marks = []  # no-break spaces: the marks wrap as one piece
            if counts["red"]:
                marks.append(f"✖\xa0{counts['red']}")
            if counts["unknown"]:
                marks.append(f"?\xa0{counts['unknown']}")
            item = self.area_list.item(row)
            calm = "~" if counts["acceptable"] else "✔"  # nothing red or unknown left
            shown = f"({chr(0xA0).join(marks)})" if marks else calm
            item.setText(f"{area.label.get(lang)}\xa0 {shown}")
            item.setToolTip(
                _("{red} red flags, {unknown} unknown answers").format(
                    red=counts["red"], unknown=counts["unknown"]
                )
            )

    def _summary(self, result: OfferResult | None) -> str:
        if result is None:
            return ""
        lang = current_lang()
        total = format_number(result.total, lang)
        if result.knocked_out:
            assert self.catalogue is not None
            failed = "; ".join(
                self.catalogue.criterion(c).question.get(lang) for c in result.knockouts
            )
            return _(
                "Score {total}/100 · ✖ out of the ranking, a must-have (K.O.) fails: {failed}"
            ).format(total=total, failed=failed)
        return _("Score {total}/100 · rank #{rank}").format(total=total, rank=result.rank)

    def _open_area(self, row: int) -> None:
        if row < 0 or self.offer is None or self.catalogue is None:
            return
        area_id = self._area_ids[row]
        if area_id not in self.areas:
            area = AreaAnswers(self.catalogue.in_area(area_id), self.read_only)
            area.answer_edited.connect(self._answer_edited)
            area.details_requested.connect(self._details)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(area)
            placeholder = self.area_stack.widget(row)
            self.area_stack.insertWidget(row, scroll)
            if placeholder is not None:
                self.area_stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self.areas[area_id] = area
            area.show_offer(self.offer, self._result)
        self.area_stack.setCurrentIndex(row)

    def show_criterion(self, criterion_id: str) -> bool:
        """Open the area of ``criterion_id`` and put its answer in view, with the focus."""
        if self.catalogue is None or self.offer is None:
            return False
        area_id = self.catalogue.criterion(criterion_id).area
        self.tabs.setCurrentIndex(0)
        self.area_list.setCurrentRow(self._area_ids.index(area_id))
        editor = self.areas[area_id].editors[criterion_id]
        scroll = self.area_stack.currentWidget()
        if isinstance(scroll, QScrollArea):
            scroll.ensureWidgetVisible(editor, 20, 60)
        field = editor.spin or editor.choices or editor.buttons
        focusable = [
            w for w in editor.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        target = (
            field if field is not None and field.focusPolicy() & Qt.FocusPolicy.TabFocus else None
        )
        (target or (focusable[0] if focusable else editor)).setFocus(
            Qt.FocusReason.OtherFocusReason
        )
        return True

    # ------------------------------------------------------------ editing
    def _answer_edited(self, criterion_id: str, value: object, clock: str) -> None:
        if self.offer is not None:
            self.answer_edited.emit(self.offer.id, criterion_id, value, clock)

    def _details(self, criterion_id: str) -> None:
        if self.offer is not None:
            self.details_requested.emit(self.offer.id, criterion_id)

    def _rename(self) -> None:
        if self.offer is None or self.read_only:
            return
        name = self.name.text().strip()
        if not name:
            self.name_problem.setText("✖ " + _("The provider name cannot be empty."))
            self.name_problem.setVisible(True)
            return
        self.name_problem.setVisible(False)
        if name != self.offer.name:
            self.offer_changed.emit(self.offer.model_copy(update={"name": name}))
