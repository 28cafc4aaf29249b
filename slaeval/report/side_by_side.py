"""The side-by-side table: every criterion, area by area, one column per offer.

Landscape pages; past four offers the table is split into balanced groups (8 offers: two
tables of four), each repeating the criterion column, so long provider names and values
still wrap inside their cells. Each cell starts with the status symbol (✔ ~ ✖ ? –), so the
table reads in black and white; the background colour only helps.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from slaeval.evaluation import OfferResult
from slaeval.explain import STATUS_LABELS
from slaeval.formatting import format_percent
from slaeval.report.cells import Cell, Text, text_table
from slaeval.report.content import criterion_value, score_text
from slaeval.report.context import ReportContext
from slaeval.report.document import LANDSCAPE_WIDTH, heading
from slaeval.report.styles import AREA_BG, STATUS_BG, para

MAX_OFFERS_PER_TABLE = 4
_CRITERION_WIDTH = 78 * mm
_WEIGHT_WIDTH = 15 * mm
_MAX_OFFER_WIDTH = 62 * mm


def offer_groups(
    results: list[OfferResult], size: int = MAX_OFFERS_PER_TABLE
) -> list[list[OfferResult]]:
    """Split the offers into tables of at most ``size``, as even as possible."""
    if not results:
        return []
    count = math.ceil(len(results) / size)
    per = math.ceil(len(results) / count)
    return [results[i : i + per] for i in range(0, len(results), per)]


def side_by_side_section(ctx: ReportContext) -> list[Flowable]:
    parts: list[Flowable] = heading(ctx.t("side_by_side"))
    parts.append(para(_legend(ctx), "muted"))
    groups = offer_groups(ctx.results)
    if not groups:
        return [*parts, para(ctx.t("no_offer"))]
    start = 1
    for group in groups:
        if len(groups) > 1:
            end = start + len(group) - 1
            count = len(ctx.results)
            title = (
                f"Offres {start} à {end} sur {count}"
                if ctx.fr
                else f"Offers {start} to {end} of {count}"
            )
            parts += heading(title, 1)
        parts.append(_table(ctx, group))
        start += len(group)
    return parts


def _legend(ctx: ReportContext) -> str:
    return "\u2003·\u2003".join(
        f"{symbol} {fr if ctx.fr else en}" for symbol, fr, en in STATUS_LABELS.values()
    )


def _offer_head(ctx: ReportContext, result: OfferResult) -> str:
    if result.rank is None:
        return f"{result.name} ({ctx.t('knocked_out')})"
    return f"{result.rank}. {result.name}"


def _table(ctx: ReportContext, group: list[OfferResult]) -> Table:
    catalogue = ctx.pe.catalogue
    weights = ctx.pe.evaluation.area_weights
    rows: list[Sequence[Cell]] = [
        [ctx.t("criterion"), ctx.t("weight")] + [_offer_head(ctx, r) for r in group]
    ]
    commands: list[tuple[object, ...]] = []
    for area in catalogue.areas_in_review_order():
        if area.id not in weights:
            continue
        commands.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), AREA_BG))
        rows.append(
            [
                Text(area.label.get(ctx.lang), bold=True),
                Text(format_percent(weights[area.id], ctx.lang, 1), bold=True),
            ]
            + [
                Text(f"{score_text(r.areas.get(area.id, 0.0), ctx.lang)}/100", bold=True)
                for r in group
            ]
        )
        for criterion in catalogue.in_area(area.id):
            row = len(rows)
            first = group[0].criteria[criterion.id]
            cells: list[Cell] = [
                criterion.question.get(ctx.lang),
                format_percent(first.weight, ctx.lang, 1),
            ]
            for column, result in enumerate(group, start=2):
                status = result.criteria[criterion.id].status
                value = criterion_value(
                    ctx.project, ctx.pe, result.offer_id, criterion.id, ctx.lang
                )
                text = (
                    STATUS_LABELS[status][0]
                    + " "
                    + (value if status != "not_applicable" else ctx.t("not_applicable"))
                )
                cells.append(text)
                commands.append(("BACKGROUND", (column, row), (column, row), STATUS_BG[status]))
            rows.append(cells)
    offer_width = min(
        _MAX_OFFER_WIDTH, (LANDSCAPE_WIDTH - _CRITERION_WIDTH - _WEIGHT_WIDTH) / len(group)
    )
    criterion_width = LANDSCAPE_WIDTH - _WEIGHT_WIDTH - offer_width * len(group)
    widths = [criterion_width, _WEIGHT_WIDTH] + [offer_width] * len(group)
    return text_table(rows, widths, 1, commands, right=(1,))
