"""The ranking table and the radar chart of area scores."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from slaeval.formatting import format_money, format_number
from slaeval.report.content import rank_text, score_text
from slaeval.report.context import ReportContext
from slaeval.report.document import PORTRAIT_WIDTH, heading
from slaeval.report.radar import radar_drawing
from slaeval.report.styles import STATUS_BG, grid_style, para


def ranking_section(ctx: ReportContext) -> list[Flowable]:
    parts: list[Flowable] = heading(ctx.t("ranking"))
    if not ctx.results:
        return [*parts, para(ctx.t("no_offer"))]
    parts.append(_ranking_table(ctx))
    parts.append(Spacer(1, 6 * mm))
    chart = radar_drawing(ctx.pe.evaluation, ctx.pe.catalogue, ctx.lang, PORTRAIT_WIDTH)
    parts.append(KeepTogether([*heading(ctx.t("radar"), 1), chart]))
    return parts


def _ranking_table(ctx: ReportContext) -> Table:
    head = ["rank", "offer", "total", "ko_on", "total_cost", "term", "per_10k"]
    rows: list[list[Flowable]] = [[para(ctx.t(k), "head") for k in head]]
    ko_rows = []
    for index, result in enumerate(ctx.results, start=1):
        failed = ", ".join(result.knockouts) if result.knockouts else "—"
        per_10k = result.costs.value_for_money
        rows.append(
            [
                para(rank_text(result, ctx.lang), "cell_bold"),
                para(result.name, "cell_bold" if result.rank == 1 else "cell"),
                para(score_text(result.total, ctx.lang), "cell_right"),
                para(failed, "cell"),
                para(format_money(result.costs.total_cost, ctx.lang), "cell_right"),
                para(f"{result.costs.term_months} {ctx.t('months')}", "cell_right"),
                para("—" if per_10k is None else format_number(per_10k, ctx.lang, 1), "cell_right"),
            ]
        )
        if result.knocked_out:
            ko_rows.append(index)
    widths = [17 * mm, 50 * mm, 18 * mm, 33 * mm, 22 * mm, 17 * mm]
    widths.append(PORTRAIT_WIDTH - sum(widths))
    extra = [("BACKGROUND", (0, r), (-1, r), STATUS_BG["red"]) for r in ko_rows]
    return Table(rows, colWidths=widths, repeatRows=1, style=grid_style(1, extra), hAlign="LEFT")
