"""The six steps in order, where each one's page lives, and what the step list shows of a step
whose page is not built yet.

A page is built (and its module imported) the first time it is shown or asked for, so the
window can open without them. Until then the step list takes the step's title and completion
from here; once the page exists, from the page. ``tests/ui/test_lazy_pages.py`` checks that the
two agree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING

from slaeval.ui.i18n import _

if TYPE_CHECKING:
    from slaeval.ui.app_state import AppState
    from slaeval.ui.pages.base import Page


@dataclass(frozen=True)
class Step:
    id: str
    module: str  # under slaeval.ui.pages
    class_name: str
    title: Callable[[], str]
    completion: Callable[[AppState], float]

    def page_class(self) -> type[Page]:
        page_class: type[Page] = getattr(
            import_module(f"slaeval.ui.pages.{self.module}"), self.class_name
        )
        return page_class


def _needs_done(state: AppState) -> float:
    from slaeval.ui.pages.needs_page import needs_questions

    questions = needs_questions(state)
    return sum(1 for q in questions if q.answered()) / len(questions)


def _signs_done(state: AppState) -> float:
    return min(1.0, len(state.project.diagnostic.signs) / 10) if state.is_open else 0.0


def _offers_done(state: AppState) -> float:
    return min(1.0, len(state.project.offers) / 2)


def _compare_done(state: AppState) -> float:
    return 1.0 if len(state.project.offers) >= 2 else 0.0


def _negotiate_done(state: AppState) -> float:
    negotiation = state.project.negotiation
    return (
        1.0 if any(v.state != "pending" for n in negotiation.values() for v in n.values()) else 0.0
    )


def _export_done(_state: AppState) -> float:
    return 0.0  # a document saved from the Export page completes it: no page, nothing saved


STEPS: tuple[Step, ...] = (
    Step("needs", "needs_page", "NeedsPage", lambda: _("Needs"), _needs_done),
    Step(
        "requirements",
        "requirements_page",
        "RequirementsPage",
        lambda: _("Requirements"),
        _signs_done,
    ),
    Step("offers", "offers_page", "OffersPage", lambda: _("Offers"), _offers_done),
    Step("compare", "compare_page", "ComparePage", lambda: _("Compare"), _compare_done),
    Step("negotiate", "negotiate_page", "NegotiatePage", lambda: _("Negotiate"), _negotiate_done),
    Step("export", "export_page", "ExportPage", lambda: _("Export"), _export_done),
)
STEP_IDS: tuple[str, ...] = tuple(step.id for step in STEPS)
