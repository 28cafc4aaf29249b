"""The ranking page: the ranking table (rank, total, K.O., cost) and the radar chart."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from slaeval.exports.context import ExportContext
from slaeval.exports.document import PORTRAIT_WIDTH, heading
from slaeval.exports.radar import MAX_SERIES, radar_drawing
from slaeval.exports.styles import STATUS_TINT, grid_style, styles, table_style, wrap
from slaeval.formatting import format_money, format_number


def ranking_page(ctx: ExportContext) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [heading(ctx.t("Classement", "Ranking"))]
    if not ctx.ordered:
        text = ctx.t("Aucune offre à classer.", "No offer to rank.")
        return [*story, Paragraph(escape(text), st["body"])]
    story.append(_table(ctx))
    story.append(Spacer(1, 3 * mm))
    note = ctx.t(
        "Note sur 100 : moyenne des domaines pondérée par leur poids. Une offre éliminée "
        "(K.O.) garde sa note pour information mais n'est pas classée.",
        "Score out of 100: the mean of the area scores weighted by their weight. A knocked-out "
        "offer keeps its score for reference but is not ranked.",
    )
    story.append(Paragraph(escape(note), st["muted"]))
    story.append(Spacer(1, 6 * mm))
    chart = [
        heading(ctx.t("Notes par domaine", "Scores by area"), 1),
        radar_drawing(ctx.pe.evaluation, ctx.pe.catalogue, ctx.lang, PORTRAIT_WIDTH * 0.9),
    ]
    if len(ctx.ordered) > MAX_SERIES:
        more = ctx.t(
            f"Le graphique montre les {MAX_SERIES} premières offres.",
            f"The chart shows the first {MAX_SERIES} offers.",
        )
        chart.append(Paragraph(escape(more), st["muted"]))
    story.append(KeepTogether(chart))
    return story


def _table(ctx: ExportContext) -> Table:
    head = [
        ctx.t("Rang", "Rank"),
        ctx.t("Offre", "Offer"),
        ctx.t("Note /100", "Score /100"),
        ctx.t("Éliminatoires", "Must-haves"),
        ctx.t("Total sur la durée", "Total over the term"),
        ctx.t("Note pour 10 k€", "Score per €10k"),
    ]
    widths = [22 * mm, 62 * mm, 20 * mm, 28 * mm, 28 * mm, 20 * mm]
    rows: list[list[str]] = [
        [wrap(h, w - 6, 8.5, bold=True) for h, w in zip(head, widths, strict=True)]
    ]
    commands = [*grid_style(8.5), ("ALIGN", (2, 0), (2, -1), "RIGHT")]
    commands.append(("ALIGN", (4, 0), (5, -1), "RIGHT"))
    for index, r in enumerate(ctx.ordered, start=1):
        if r.knocked_out:
            ko = "✖ " + ctx.t(f"K.O. ({len(r.knockouts)})", f"K.O. ({len(r.knockouts)})")
            commands.append(("BACKGROUND", (3, index), (3, index), STATUS_TINT["red"]))
        else:
            ko = "✔ " + ctx.t("passés", "passed")
        per_10k = r.costs.value_for_money
        rows.append(
            [
                ctx.rank_text(r.offer_id),
                wrap(r.name, widths[1] - 6, 8.5, bold=True),
                ctx.total_text(r.offer_id),
                ko,
                format_money(r.costs.total_cost, ctx.lang),
                "—" if per_10k is None else format_number(per_10k, ctx.lang, 1),
            ]
        )
        commands.append(("FONT", (1, index), (1, index), "SlaevalSans-Bold", 8.5, 10.4))
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style(commands))
    return table
