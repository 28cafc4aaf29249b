"""The scored comparison report: cover, executive summary, ranking and radar, side by side,
red flags and unknowns, costs, sensitivity and the method appendix."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from slaeval.localized import Lang
from slaeval.project import Project
from slaeval.project_evaluation import ProjectEvaluation
from slaeval.report.context import ReportContext, make_context
from slaeval.report.costs_page import costs_section, sensitivity_section
from slaeval.report.cover import cover, executive_summary
from slaeval.report.document import PageText, render, to_landscape, to_portrait
from slaeval.report.flags import flags_section
from slaeval.report.method import method_section
from slaeval.report.ranking import ranking_section
from slaeval.report.side_by_side import side_by_side_section


def report_flowables(ctx: ReportContext) -> list[Flowable]:
    parts = cover(ctx, "report_title")
    parts += executive_summary(ctx)
    parts.append(PageBreak())
    parts += ranking_section(ctx)
    if ctx.results:
        parts += to_landscape()
        parts += side_by_side_section(ctx)
        parts += to_portrait()
        parts += flags_section(ctx)
        parts.append(PageBreak())
        parts += costs_section(ctx)
    parts += sensitivity_section(ctx)
    parts.append(PageBreak())
    parts += method_section(ctx)
    return parts


def build_report(
    project: Project,
    lang: Lang,
    *,
    logo: Path | None = None,
    today: date | None = None,
    author: str | None = None,
    evaluation: ProjectEvaluation | None = None,
) -> bytes:
    ctx = make_context(project, lang, today=today, author=author, logo=logo, pe=evaluation)
    title = project.info.title or ctx.t("report_title")
    text = PageText(
        header_left=ctx.header_left("report_title"),
        header_right=ctx.t("report_title"),
        footer_left=ctx.day,
        page_word=ctx.t("page"),
    )
    return render(report_flowables(ctx), title=title, author=ctx.author, lang=lang, text=text)
