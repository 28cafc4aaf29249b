"""The side-by-side table on landscape pages: one row per criterion grouped by area, one
column per offer with the status symbol and the answer; at most eight offers per table, so
more offers are split over several tables. Area rows carry each offer's area score."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from slaeval.evaluation import OfferResult
from slaeval.explain import STATUS_LABELS
from slaeval.exports.context import ExportContext
from slaeval.exports.document import LANDSCAPE_WIDTH, heading, to_landscape, to_portrait
from slaeval.exports.styles import AREA_BG, BOLD, STATUS_TINT, grid_style, styles, table_style, wrap
from slaeval.formatting import format_number

PER_TABLE = 8
_SIZE = 6.8
_QUESTION_W = 72 * mm
_WEIGHT_W = 13 * mm


def side_by_side(ctx: ExportContext) -> list[Flowable]:
    story: list[Flowable] = [*to_landscape(), heading(ctx.t("Côte à côte", "Side by side"))]
    st = styles()
    if not ctx.ordered:
        text = ctx.t("Aucune offre à comparer.", "No offer to compare.")
        return [*story, Paragraph(escape(text), st["body"]), *to_portrait()]
    legend = ctx.t(
        "✔ bon   ~ acceptable   ✖ alerte   ? inconnu (à obtenir par écrit)   – sans objet. "
        "Poids : part du critère dans la note totale. Sur les lignes de domaine : note du "
        "domaine sur 100.",
        "✔ good   ~ acceptable   ✖ red flag   ? unknown (get it in writing)   – not applicable. "
        "Weight: the criterion's share of the total score. On area rows: the area score "
        "out of 100.",
    )
    story.append(Paragraph(escape(legend), st["muted"]))
    story.append(Spacer(1, 2 * mm))
    offers = ctx.ordered
    chunks = [offers[i : i + PER_TABLE] for i in range(0, len(offers), PER_TABLE)]
    for number, chunk in enumerate(chunks, start=1):
        if len(chunks) > 1:
            part = ctx.t(f"Partie {number} / {len(chunks)}", f"Part {number} / {len(chunks)}")
            story.append(heading(part, 1))
        story.append(_table(ctx, chunk))
    return [*story, *to_portrait()]


def _table(ctx: ExportContext, offers: list[OfferResult]) -> Table:
    width = (LANDSCAPE_WIDTH - _QUESTION_W - _WEIGHT_W) / len(offers)
    inner = width - 6
    head = [ctx.t("Critère", "Criterion"), ctx.t("Poids", "Weight")]
    head += [
        wrap(
            f"{r.name}\n{ctx.rank_text(r.offer_id)} · {ctx.total_text(r.offer_id)}/100",
            inner,
            _SIZE,
            bold=True,
        )
        for r in offers
    ]
    rows: list[list[str]] = [head]
    commands = [*grid_style(_SIZE), ("ALIGN", (1, 0), (1, -1), "RIGHT")]
    catalogue = ctx.pe.catalogue
    for area in catalogue.areas_in_review_order():
        share = ctx.pe.evaluation.area_weights.get(area.id)
        row = len(rows)
        rows.append(
            [
                wrap(ctx.loc(area.label), _QUESTION_W - 6, _SIZE, bold=True),
                "–" if share is None else format_number(share, ctx.lang, 1),
            ]
            + ["–" if share is None else ctx.score_text(r.areas.get(area.id, 0.0)) for r in offers]
        )
        commands += [
            ("BACKGROUND", (0, row), (-1, row), AREA_BG),
            ("FONT", (0, row), (-1, row), BOLD, _SIZE, _SIZE * 1.22),
        ]
        for criterion in catalogue.in_area(area.id):
            commands += _criterion_row(ctx, rows, criterion.id, offers, inner)
    table = Table(rows, colWidths=[_QUESTION_W, _WEIGHT_W] + [width] * len(offers), repeatRows=1)
    table.setStyle(table_style(commands))
    return table


def _criterion_row(
    ctx: ExportContext, rows: list[list[str]], cid: str, offers: list[OfferResult], inner: float
) -> list[tuple[object, ...]]:
    criterion = ctx.pe.catalogue.criterion(cid)
    row = len(rows)
    first = offers[0].criteria[cid]
    weight = "–" if first.status == "not_applicable" else format_number(first.weight, ctx.lang, 1)
    if cid in ctx.pe.requirements.knockouts:
        weight = f"K.O. {weight}"
    cells = [wrap(ctx.loc(criterion.question), _QUESTION_W - 6, _SIZE), weight]
    commands: list[tuple[object, ...]] = []
    for column, result in enumerate(offers, start=2):
        status = result.criteria[cid].status
        text = f"{STATUS_LABELS[status][0]} {ctx.value_text(criterion, result.offer_id)}"
        cells.append(wrap(text, inner, _SIZE))
        tint = STATUS_TINT[status]
        commands.append(("BACKGROUND", (column, row), (column, row), tint))
    rows.append(cells)
    return commands
