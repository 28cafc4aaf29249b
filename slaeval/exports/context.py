"""Everything a report page needs, computed once: the evaluation, its JSON form (the single
source of ranks and totals), offers in rank order, and small formatting helpers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

from slaeval.criteria import Criterion
from slaeval.evaluation import OfferResult
from slaeval.explain import format_value
from slaeval.formatting import format_date, format_number
from slaeval.localized import Lang, Localized
from slaeval.offers import Offer
from slaeval.project import Project
from slaeval.project_evaluation import ProjectEvaluation, evaluate_project
from slaeval.score_json import evaluation_to_dict


@dataclass
class ExportContext:
    project: Project
    lang: Lang
    today: date
    author_override: str | None = None  # the consultant's name from the app's preferences
    pe: ProjectEvaluation = field(init=False)
    scored: dict[str, Any] = field(init=False)

    def __post_init__(self) -> None:
        self.pe = evaluate_project(self.project)
        self.scored = evaluation_to_dict(self.pe.evaluation, self.pe.catalogue, self.lang)

    def t(self, fr: str, en: str) -> str:
        """The text in the report's language."""
        return fr if self.lang == "fr" else en

    def loc(self, text: Localized) -> str:
        return text.get(self.lang)

    @property
    def date_text(self) -> str:
        return format_date(self.today, self.lang)

    @cached_property
    def by_id(self) -> dict[str, dict[str, Any]]:
        """The JSON record of each offer (rank, total, costs, asks), by offer id."""
        return {o["id"]: o for o in self.scored["offers"]}

    @cached_property
    def ordered(self) -> list[OfferResult]:
        """Ranked offers best first, then knocked-out ones by total."""
        ev = self.pe.evaluation
        ranked = [ev.result(i) for i in ev.ranking]
        out = sorted((r for r in ev.offers if r.rank is None), key=lambda r: (-r.total, r.name))
        return ranked + out

    @property
    def ranked(self) -> list[OfferResult]:
        return [r for r in self.ordered if r.rank is not None]

    def offer(self, offer_id: str) -> Offer:
        return self.project.offer(offer_id)

    def total_text(self, offer_id: str) -> str:
        """The total as in ``score --json``, to one decimal: "99,9" / "99.9"."""
        return format_number(self.by_id[offer_id]["total"], self.lang, 1)

    def score_text(self, value: float) -> str:
        return format_number(value, self.lang, 0)

    def rank_text(self, offer_id: str) -> str:
        rank = self.by_id[offer_id]["rank"]
        return f"#{rank}" if rank else self.t("éliminée", "knocked out")

    def value_text(self, criterion: Criterion, offer_id: str) -> str:
        offer = self.offer(offer_id)
        answer = offer.answers.get(criterion.id)
        return format_value(criterion, answer, offer.support_window, self.lang)

    def area_label(self, area_id: str) -> str:
        return self.loc(self.pe.catalogue.area(area_id).label)

    def question(self, criterion_id: str) -> str:
        return self.loc(self.pe.catalogue.criterion(criterion_id).question)

    @property
    def client(self) -> str:
        info = self.project.info
        return info.client or self.project.diagnostic.profile.company_name

    @property
    def author(self) -> str:
        """Who signs the document: the name given for this export, else the project's."""
        return (self.author_override or "").strip() or self.project.info.author.strip()
