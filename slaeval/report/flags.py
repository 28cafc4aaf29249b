"""Red flags and unknowns, offer by offer: what is wrong and what is still to be put in writing."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from slaeval.evaluation import OfferResult
from slaeval.formatting import format_percent
from slaeval.report.cells import Cell, Text, text_table
from slaeval.report.content import criterion_value, flags_and_unknowns
from slaeval.report.context import ReportContext
from slaeval.report.document import PORTRAIT_WIDTH, heading
from slaeval.report.styles import STATUS_BG, para

_CAPTIONS = {"red": "✖", "unknown": "?"}
_CAPTION_KEYS = {"red": "red_flags", "unknown": "unknowns"}


def flags_section(ctx: ReportContext) -> list[Flowable]:
    parts: list[Flowable] = heading(ctx.t("flags"))
    if not ctx.results:
        return [*parts, para(ctx.t("no_offer"))]
    for result in ctx.results:
        parts += _offer_flags(ctx, result)
    return parts


def _offer_flags(ctx: ReportContext, result: OfferResult) -> list[Flowable]:
    red, unknown = flags_and_unknowns(result)
    title = result.name if result.rank is not None else f"{result.name} ({ctx.t('knocked_out')})"
    parts: list[Flowable] = heading(title, 1)
    counts = (
        f"{len(red)} alerte(s), {len(unknown)} inconnue(s)."
        if ctx.fr
        else f"{len(red)} red flag(s), {len(unknown)} unknown(s)."
    )
    parts.append(para(counts, "muted"))
    for ids, status, empty in ((red, "red", "no_red_flag"), (unknown, "unknown", "no_unknown")):
        parts.append(Spacer(1, 2 * mm))
        parts.append(_table(ctx, result, ids, status) if ids else para(ctx.t(empty)))
    return parts


def _table(ctx: ReportContext, result: OfferResult, ids: list[str], status: str) -> Table:
    catalogue = ctx.pe.catalogue
    head = [ctx.t("criterion"), ctx.t("area"), ctx.t("weight")]
    if status == "red":
        head.insert(1, ctx.t("current_value"))
    # The caption row repeats with the column heads, so a continued table names its offer.
    caption = f"{result.name} — {_CAPTIONS[status]} {ctx.t(_CAPTION_KEYS[status])}"
    caption_row: list[Cell] = [Text(caption, bold=True, span=True)] + [""] * (len(head) - 1)
    rows: list[Sequence[Cell]] = [caption_row, list(head)]
    for cid in ids:
        criterion = catalogue.criterion(cid)
        marker = "K.O. — " if cid in result.knockouts else ""
        row = [
            marker + criterion.question.get(ctx.lang),
            catalogue.area(criterion.area).label.get(ctx.lang),
            format_percent(result.criteria[cid].weight, ctx.lang, 1),
        ]
        if status == "red":
            value = criterion_value(ctx.project, ctx.pe, result.offer_id, cid, ctx.lang)
            row.insert(1, value)
        rows.append(row)
    widths = [88 * mm, 40 * mm, 34 * mm] if status == "red" else [120 * mm, 42 * mm]
    widths.append(PORTRAIT_WIDTH - sum(widths))
    extra = [
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), STATUS_BG[status]),
        ("BACKGROUND", (0, 2), (0, -1), STATUS_BG[status]),
    ]
    return text_table(rows, widths, 2, extra, right=(len(head) - 1,))
