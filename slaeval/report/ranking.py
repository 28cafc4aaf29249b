"""The ranking table and the radar chart of area scores."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from slaeval.formatting import format_money, format_number
from slaeval.report.cells import Cell, Text, text_table
from slaeval.report.content import rank_text, score_text
from slaeval.report.context import ReportContext
from slaeval.report.document import PORTRAIT_WIDTH, heading
from slaeval.report.radar import radar_drawing
from slaeval.report.styles import STATUS_BG, para


def ranking_section(ctx: ReportContext) -> list[Flowable]:
    parts: list[Flowable] = heading(ctx.t("ranking"))
    if not ctx.results:
        return [*parts, para(ctx.t("no_offer"))]
    parts.append(_ranking_table(ctx))
    parts.append(Spacer(1, 6 * mm))
    chart = radar_drawing(ctx.pe.evaluation, ctx.pe.catalogue, ctx.lang, PORTRAIT_WIDTH)
    parts.append(KeepTogether([*heading(ctx.t("radar"), 1), chart]))
    return parts


def _knockout_areas(ctx: ReportContext, knockouts: tuple[str, ...]) -> str:
    """ "2 — Scope, Security": how many K.O.s failed and where (the summary names them)."""
    if not knockouts:
        return "—"
    catalogue = ctx.pe.catalogue
    areas = dict.fromkeys(catalogue.criterion(c).area for c in knockouts)
    names = ", ".join(catalogue.area(a).label.get(ctx.lang) for a in areas)
    return f"{len(knockouts)} — {names}"


def _ranking_table(ctx: ReportContext) -> Table:
    head = ["rank", "offer", "total", "ko_on", "total_cost", "term", "per_10k"]
    rows: list[Sequence[Cell]] = [[ctx.t(k) for k in head]]
    ko_rows = []
    for index, result in enumerate(ctx.results, start=1):
        failed = _knockout_areas(ctx, result.knockouts)
        per_10k = result.costs.value_for_money
        rows.append(
            [
                Text(rank_text(result, ctx.lang), bold=True),
                Text(result.name, bold=result.rank == 1),
                score_text(result.total, ctx.lang),
                failed,
                format_money(result.costs.total_cost, ctx.lang),
                f"{result.costs.term_months} {ctx.t('months')}",
                "—" if per_10k is None else format_number(per_10k, ctx.lang, 1),
            ]
        )
        if result.knocked_out:
            ko_rows.append(index)
    widths = [21 * mm, 48 * mm, 18 * mm, 31 * mm, 22 * mm, 17 * mm]
    widths.append(PORTRAIT_WIDTH - sum(widths))
    extra = [("BACKGROUND", (0, r), (-1, r), STATUS_BG["red"]) for r in ko_rows]
    return text_table(rows, widths, 1, extra, right=(2, 4, 5, 6))
