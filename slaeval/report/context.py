"""What every part of a report needs: the project, its evaluation, the language, the day."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from slaeval.evaluation import OfferResult
from slaeval.formatting import format_date
from slaeval.localized import Lang
from slaeval.project import Project
from slaeval.project_evaluation import ProjectEvaluation, evaluate_project
from slaeval.report.content import report_order
from slaeval.report.labels import label


@dataclass(frozen=True)
class ReportContext:
    project: Project
    pe: ProjectEvaluation
    lang: Lang
    today: date
    author: str
    logo: Path | None = None
    results: list[OfferResult] = field(default_factory=list)

    def t(self, key: str) -> str:
        return label(key, self.lang)

    @property
    def fr(self) -> bool:
        return self.lang == "fr"

    @property
    def colon(self) -> str:
        """French puts a (no-break) space before the colon."""
        return "\u00a0: " if self.fr else ": "

    @property
    def day(self) -> str:
        return format_date(self.today, self.lang)

    @property
    def client(self) -> str:
        info = self.project.info
        return info.client or self.project.diagnostic.profile.company_name

    def header_left(self, document_key: str) -> str:
        client = self.client
        title = self.project.info.title or self.t(document_key)
        return f"{title} — {client}" if client else title


def make_context(
    project: Project,
    lang: Lang,
    *,
    today: date | None = None,
    author: str | None = None,
    logo: Path | None = None,
    pe: ProjectEvaluation | None = None,
) -> ReportContext:
    """``author`` (from the app's preferences) wins over the one stored in the project."""
    pe = pe or evaluate_project(project)
    return ReportContext(
        project=project,
        pe=pe,
        lang=lang,
        today=today or date.today(),
        author=(author or project.info.author).strip(),
        logo=logo,
        results=report_order(pe),
    )
