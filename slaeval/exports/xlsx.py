"""The matrix as a workbook for spreadsheet users: one sheet per view (ranking, side by side,
asks), a bold frozen header, wrapped text and column widths that fit their content."""

from __future__ import annotations

import io
from collections.abc import Iterable
from datetime import date
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from slaeval.explain import status_label
from slaeval.exports.context import ExportContext
from slaeval.localized import Lang
from slaeval.project import Project

MAX_WIDTH = 60
MIN_WIDTH = 8
_HEAD_FILL = PatternFill("solid", fgColor="E3E9F2")
_STATUS_FILL = {
    "good": "DFF0DF",
    "acceptable": "FBF0D0",
    "red": "F7D9D6",
    "unknown": "E6E6E6",
}


def matrix_xlsx(project: Project, lang: Lang) -> bytes:
    ctx = ExportContext(project, lang, date.today())
    book = Workbook()
    ranking = book.active
    ranking.title = ctx.t("Classement", "Ranking")
    _ranking(ctx, ranking)
    _side_by_side(ctx, book.create_sheet(ctx.t("Côte à côte", "Side by side")))
    _asks(ctx, book.create_sheet(ctx.t("À négocier", "Asks")))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _ranking(ctx: ExportContext, sheet: Worksheet) -> None:
    head = [
        ctx.t("Rang", "Rank"),
        ctx.t("Offre", "Offer"),
        ctx.t("Note /100", "Score /100"),
        ctx.t("Éliminée sur", "Knocked out on"),
        ctx.t("Mensualité (€)", "Monthly fee (€)"),
        ctx.t("Durée (mois)", "Term (months)"),
        ctx.t("Total sur la durée (€)", "Total over the term (€)"),
    ]
    areas = list(ctx.pe.evaluation.area_weights)
    head += [ctx.area_label(a) for a in areas]
    rows: list[list[Any]] = []
    for r in ctx.ordered:
        data = ctx.by_id[r.offer_id]  # the figures of ``slaeval score --json``, unrounded
        costs = data["costs"]
        rows.append(
            [
                data["rank"] if data["rank"] else ctx.t("éliminée", "knocked out"),
                r.name,
                data["total"],
                "; ".join(ctx.question(c) for c in r.knockouts),
                costs["monthly"],
                costs["term_months"],
                costs["total_cost"],
                *(data["areas"][a] for a in areas),
            ]
        )
    _fill(sheet, head, rows)
    _one_decimal(sheet, [3, *range(8, 8 + len(areas))], first_row=2)


def _side_by_side(ctx: ExportContext, sheet: Worksheet) -> None:
    head = [ctx.t("Domaine", "Area"), ctx.t("Critère", "Criterion"), ctx.t("Poids %", "Weight %")]
    head += [r.name for r in ctx.ordered]
    rows: list[list[Any]] = []
    statuses: list[list[str]] = []
    for criterion in ctx.pe.catalogue.criteria:
        first = ctx.ordered[0].criteria[criterion.id] if ctx.ordered else None
        row: list[Any] = [
            ctx.area_label(criterion.area),
            ctx.loc(criterion.question),
            round(first.weight, 2) if first else None,
        ]
        marks = []
        for r in ctx.ordered:
            status = r.criteria[criterion.id].status
            value = ctx.value_text(criterion, r.offer_id)
            row.append(f"{status_label(status, ctx.lang).split(' ')[0]} {value}")
            marks.append(status)
        rows.append(row)
        statuses.append(marks)
    total = ["", ctx.t("Note /100", "Score /100"), 100]
    total += [ctx.by_id[r.offer_id]["total"] for r in ctx.ordered]
    rows.append(total)
    _fill(sheet, head, rows)
    _one_decimal(sheet, range(4, 4 + len(ctx.ordered)), first_row=len(rows) + 1)
    for y, marks in enumerate(statuses, start=2):
        for x, status in enumerate(marks, start=4):
            colour = _STATUS_FILL.get(status)
            if colour:
                sheet.cell(y, x).fill = PatternFill("solid", fgColor=colour)
    sheet.freeze_panes = "D2"


def _asks(ctx: ExportContext, sheet: Worksheet) -> None:
    head = [
        ctx.t("Offre", "Offer"),
        "#",
        ctx.t("Point", "Point"),
        "K.O.",
        ctx.t("Réponse actuelle", "Current answer"),
        ctx.t("À exiger", "Demand"),
        ctx.t("Repli", "Fallback"),
        ctx.t("Pourquoi", "Why"),
        ctx.t("État", "State"),
    ]
    state_names = {
        "pending": ctx.t("en attente", "pending"),
        "obtained": ctx.t("obtenu", "obtained"),
        "refused": ctx.t("refusé", "refused"),
    }
    rows: list[list[Any]] = []
    for r in ctx.ordered:
        for number, ask in enumerate(r.asks, start=1):
            criterion = ctx.pe.catalogue.criterion(ask.criterion_id)
            state = ctx.project.negotiation_for(r.offer_id, ask.criterion_id).state
            rows.append(
                [
                    r.name,
                    number,
                    ctx.loc(criterion.question),
                    ctx.t("oui", "yes") if ask.knockout else "",
                    f"{status_label(ask.status, ctx.lang).split(' ')[0]} "
                    + ctx.value_text(criterion, r.offer_id),
                    ctx.loc(criterion.ask),
                    ctx.loc(criterion.fallback),
                    ctx.loc(criterion.help),
                    state_names[state],
                ]
            )
    _fill(sheet, head, rows)
    sheet.freeze_panes = "C2"


def _one_decimal(sheet: Worksheet, columns: Iterable[int], first_row: int) -> None:
    """Scores keep every decimal of ``score --json`` and show one, as in the report."""
    for column in columns:
        for row in range(first_row, sheet.max_row + 1):
            sheet.cell(row, column).number_format = "0.0"


def _fill(sheet: Worksheet, head: list[str], rows: list[list[Any]]) -> None:
    sheet.append(head)
    for row in rows:
        sheet.append(row)
    wrap = Alignment(wrap_text=True, vertical="top")
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = _HEAD_FILL
        cell.alignment = wrap
    for line in sheet.iter_rows(min_row=2):
        for cell in line:
            cell.alignment = wrap
    for index in range(1, len(head) + 1):
        cells = [head[index - 1], *(row[index - 1] for row in rows if len(row) >= index)]
        longest = max((len(str(c)) for c in cells if c is not None), default=0)
        width = max(MIN_WIDTH, min(MAX_WIDTH, longest + 2))
        sheet.column_dimensions[get_column_letter(index)].width = width
    if sheet.freeze_panes is None:
        sheet.freeze_panes = "A2"
