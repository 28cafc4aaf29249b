"""One offer's negotiation checklist as a Qt model: the asks the core generated, most important
first, with what the offer says now, what to ask for, where the ask stands and the reply."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from slaeval.asks import Ask
from slaeval.explain import format_value
from slaeval.formatting import format_number
from slaeval.localized import Lang
from slaeval.offers import Offer
from slaeval.project import Negotiation, Project
from slaeval.project_evaluation import ProjectEvaluation
from slaeval.ui.i18n import _
from slaeval.ui.models.criterion_text import wanted_text
from slaeval.ui.widgets.status_style import status_background, status_foreground, status_symbol

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("rank", "ask", "now", "wanted", "gain", "state", "reply")
ROLE_CRITERION = Qt.ItemDataRole.UserRole + 1
STATE_SYMBOLS = {"pending": "…", "obtained": "✔", "refused": "✖"}
STATE_STATUS = {"pending": "unknown", "obtained": "good", "refused": "red"}


def state_name(state: str) -> str:
    return {"pending": _("pending"), "obtained": _("obtained"), "refused": _("refused")}[state]


class AsksModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._asks: tuple[Ask, ...] = ()
        self._pe: ProjectEvaluation | None = None
        self._offer: Offer | None = None
        self._negotiation: dict[str, Negotiation] = {}
        self._lang: Lang = "en"

    def set_offer(
        self, pe: ProjectEvaluation | None, project: Project, offer_id: str | None, lang: Lang
    ) -> None:
        offer = next((o for o in project.offers if o.id == offer_id), None)
        asks = pe.evaluation.result(offer.id).asks if pe is not None and offer else ()
        same = [a.criterion_id for a in asks] == [
            a.criterion_id for a in self._asks
        ] and lang == self._lang
        if not same:
            self.beginResetModel()
        self._asks, self._pe, self._offer, self._lang = asks, pe, offer, lang
        self._negotiation = project.negotiation.get(offer_id or "", {})
        if not same:
            self.endResetModel()
        elif asks:
            self.dataChanged.emit(self.index(0, 0), self.index(len(asks) - 1, len(COLUMNS) - 1))

    def ask(self, row: int) -> Ask:
        return self._asks[row]

    def row_of(self, criterion_id: str) -> int:
        return next((i for i, a in enumerate(self._asks) if a.criterion_id == criterion_id), -1)

    def negotiation(self, criterion_id: str) -> Negotiation:
        return self._negotiation.get(criterion_id) or Negotiation()

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STATE_SYMBOLS, 0)
        for ask in self._asks:
            counts[self.negotiation(ask.criterion_id).state] += 1
        return counts

    # ------------------------------------------------------------ shape
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._asks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section] == "gain":
            return _("Points the total score gains if this ask is obtained")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            "#",
            _("What to ask for"),
            _("The offer says"),
            _("Your target"),
            _("Gain"),
            _("Where it stands"),
            _("Reply"),
        )[section]

    # ------------------------------------------------------------ cells
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._pe is None or self._offer is None:
            return None
        ask = self._asks[index.row()]
        column = COLUMNS[index.column()]
        if role == ROLE_CRITERION:
            return ask.criterion_id
        status = self._status(ask, column)
        if role == Qt.ItemDataRole.ForegroundRole and status:
            return status_foreground(status)
        if role == Qt.ItemDataRole.BackgroundRole and status:
            return status_background(status)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "gain":
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(ask, column, role == Qt.ItemDataRole.ToolTipRole)
        return None

    def gain(self, ask: Ask) -> float:
        """Points of the total won if the answer became good: its share times what it lacks."""
        assert self._pe is not None and self._offer is not None
        result = self._pe.evaluation.result(self._offer.id).criteria[ask.criterion_id]
        return result.weight * (100.0 - result.score) / 100.0

    def _gain_text(self, ask: Ask, tooltip: bool) -> str:
        points = "+" + format_number(self.gain(ask), self._lang, 1)
        if not tooltip:
            return points
        text = _("{points} points on the total score if this ask is obtained").format(points=points)
        if ask.knockout:
            text += "\n" + _("Must-have (K.O.): obtaining it also keeps the offer in the ranking.")
        return text

    def _status(self, ask: Ask, column: str) -> str | None:
        if column == "now":
            return ask.status
        if column == "state":
            return STATE_STATUS[self.negotiation(ask.criterion_id).state]
        return None

    def _text(self, ask: Ask, column: str, tooltip: bool) -> str:
        assert self._pe is not None and self._offer is not None
        criterion = self._pe.catalogue.criterion(ask.criterion_id)
        lang = self._lang
        negotiation = self.negotiation(ask.criterion_id)
        if column == "rank":
            return str(self._asks.index(ask) + 1)
        if column == "ask":
            text = ("K.O. · " if ask.knockout else "") + criterion.ask.get(lang)
            if tooltip:
                return (
                    text
                    + "\n\n"
                    + _("If refused: {fallback}").format(fallback=criterion.fallback.get(lang))
                )
            return text
        if column == "now":
            answer = self._offer.answers.get(ask.criterion_id)
            value = format_value(criterion, answer, self._offer.support_window, lang)
            if tooltip:
                return value + "\n" + _("Double-click to change this answer.")
            return f"{status_symbol(ask.status)} {value}"
        if column == "wanted":
            return wanted_text(criterion, self._pe.requirements, lang)
        if column == "gain":
            return self._gain_text(ask, tooltip)
        if column == "state":
            return f"{STATE_SYMBOLS[negotiation.state]} {state_name(negotiation.state)}"
        return negotiation.reply
