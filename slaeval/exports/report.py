"""The scored comparison report: cover, executive summary, ranking and radar, side by side
(landscape), red flags and unknowns, costs and sensitivity, method appendix."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable

from slaeval.exports.context import ExportContext
from slaeval.exports.costs_page import costs_pages
from slaeval.exports.cover import cover, summary
from slaeval.exports.document import PageFrame, render
from slaeval.exports.flags import flags_pages
from slaeval.exports.method import method_pages
from slaeval.exports.ranking import ranking_page
from slaeval.exports.side_by_side import side_by_side
from slaeval.localized import Lang
from slaeval.project import Project


def report_pdf(
    project: Project, lang: Lang, logo: Path | None, today: date, author: str | None = None
) -> bytes:
    ctx = ExportContext(project, lang, today, author)
    story: list[Flowable] = []
    story += cover(ctx, logo)
    story += summary(ctx)
    if ctx.ordered:  # with no offer, the summary says so and the appendix is the brief
        story += ranking_page(ctx)
        story += side_by_side(ctx)
        story += flags_pages(ctx)
        story += costs_pages(ctx)
    story += method_pages(ctx)
    title = ctx.t("Comparaison des offres d'infogérance", "Managed IT services: comparison")
    if ctx.client:
        title = f"{title} — {ctx.client}"
    frame = PageFrame(title, ctx.date_text, "Page", skip_first=True)
    return render(story, title=title, author=ctx.author or "slaeval", frame=frame)
