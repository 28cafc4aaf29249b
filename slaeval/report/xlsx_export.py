"""The comparison as a spreadsheet (XLSX) for people who work in Excel or LibreOffice: one
sheet per view (ranking, side by side, asks), bold frozen headers, filters, and column
widths that fit their content (long texts wrap instead of running off)."""

from __future__ import annotations

import io
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from slaeval.explain import status_label
from slaeval.localized import Lang
from slaeval.project import Project
from slaeval.project_evaluation import ProjectEvaluation
from slaeval.report.content import criterion_value, rank_text
from slaeval.report.context import ReportContext, make_context

Cell = str | float | int | None
_MIN_WIDTH, _MAX_WIDTH = 6, 60
_HEAD_FILL = PatternFill("solid", start_color="E4EBF2")
_STATUS_FILL = {
    "good": "E3F1E4",
    "acceptable": "FDF1D3",
    "red": "F9DCDC",
    "unknown": "ECEFF1",
}


def build_xlsx(
    project: Project, lang: Lang, *, evaluation: ProjectEvaluation | None = None
) -> bytes:
    ctx = make_context(project, lang, pe=evaluation)
    book = Workbook()
    ranking = book.active
    assert ranking is not None
    ranking.title = ctx.t("sheet_ranking")
    _fill(ranking, *_ranking(ctx))
    side = book.create_sheet(ctx.t("sheet_side"))
    _fill(side, *_side_by_side(ctx))
    _colour_statuses(side, ctx)
    asks = book.create_sheet(ctx.t("sheet_asks"))
    _fill(asks, *_asks(ctx))
    book.properties.title = project.info.title or ctx.t("report_title")
    book.properties.creator = ctx.author or "slaeval"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _ranking(ctx: ReportContext) -> tuple[list[str], list[list[Cell]]]:
    keys = ["rank", "offer", "total", "ko_on", "setup", "monthly", "term", "exit_cost"]
    head = [ctx.t(k) for k in keys] + [ctx.t("total_cost"), ctx.t("per_10k")]
    area_ids = list(ctx.pe.evaluation.area_weights)
    head += [ctx.pe.catalogue.area(a).label.get(ctx.lang) for a in area_ids]
    rows: list[list[Cell]] = []
    for r in ctx.results:
        prices = ctx.project.offer(r.offer_id).prices
        per_10k = r.costs.value_for_money
        rows.append(
            [
                r.rank if r.rank is not None else rank_text(r, ctx.lang),
                r.name,
                round(r.total, 4),
                ", ".join(r.knockouts),
                prices.setup,
                prices.monthly,
                prices.term_months,
                prices.exit_cost,
                round(r.costs.total_cost, 2),
                None if per_10k is None else round(per_10k, 2),
            ]
            + [round(r.areas.get(a, 0.0), 4) for a in area_ids]
        )
    return head, rows


def _side_by_side(ctx: ReportContext) -> tuple[list[str], list[list[Cell]]]:
    head = [ctx.t("area"), ctx.t("criterion"), ctx.t("id"), ctx.t("weight") + " %"]
    for r in ctx.results:
        head += [r.name, f"{r.name} — {ctx.t('status')}"]
    rows: list[list[Cell]] = []
    for criterion in ctx.pe.catalogue.criteria:
        weight = ctx.results[0].criteria[criterion.id].weight if ctx.results else 0.0
        row: list[Cell] = [
            ctx.pe.catalogue.area(criterion.area).label.get(ctx.lang),
            criterion.question.get(ctx.lang),
            criterion.id,
            round(weight, 4),
        ]
        for r in ctx.results:
            row.append(criterion_value(ctx.project, ctx.pe, r.offer_id, criterion.id, ctx.lang))
            row.append(status_label(r.criteria[criterion.id].status, ctx.lang))
        rows.append(row)
    return head, rows


def _asks(ctx: ReportContext) -> tuple[list[str], list[list[Cell]]]:
    keys = ["offer", "order", "id", "criterion", "area", "status", "knockout", "current_value"]
    keys += ["demand", "fallback", "why", "state", "reply", "note", "priority"]
    rows: list[list[Cell]] = []
    for r in ctx.results:
        for number, ask in enumerate(r.asks, start=1):
            criterion = ctx.pe.catalogue.criterion(ask.criterion_id)
            talk = ctx.project.negotiation_for(r.offer_id, ask.criterion_id)
            rows.append(
                [
                    r.name,
                    number,
                    ask.criterion_id,
                    criterion.question.get(ctx.lang),
                    ctx.pe.catalogue.area(criterion.area).label.get(ctx.lang),
                    status_label(ask.status, ctx.lang),
                    "K.O." if ask.knockout else "",
                    criterion_value(ctx.project, ctx.pe, r.offer_id, ask.criterion_id, ctx.lang),
                    criterion.ask.get(ctx.lang),
                    criterion.fallback.get(ctx.lang),
                    criterion.help.get(ctx.lang),
                    ctx.t(f"state_{talk.state}"),
                    talk.reply,
                    talk.note,
                    ask.priority,
                ]
            )
    return [ctx.t(k) for k in keys], rows


def _fill(sheet: Worksheet, head: list[str], rows: Sequence[Sequence[Cell]]) -> None:
    sheet.append(head)
    for row in rows:
        sheet.append(list(row))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = _HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "C2"
    sheet.auto_filter.ref = sheet.dimensions
    _fit_columns(sheet, head, rows)


def _fit_columns(sheet: Worksheet, head: list[str], rows: Sequence[Sequence[Cell]]) -> None:
    """Each column as wide as its longest text, within bounds; longer texts wrap."""
    wrap = Alignment(wrap_text=True, vertical="top")
    for index, title in enumerate(head, start=1):
        lengths = [len(str(row[index - 1])) for row in rows if row[index - 1] is not None]
        longest = max([len(title) // 2 + 1, *lengths], default=0)
        width = min(_MAX_WIDTH, max(_MIN_WIDTH, longest + 2))
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = width
        if longest > _MAX_WIDTH:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.alignment = wrap


def _colour_statuses(sheet: Worksheet, ctx: ReportContext) -> None:
    """Tint the status cells; the symbol and the word stay the meaning."""
    for offset, r in enumerate(ctx.results):
        column = 5 + 2 * offset + 1
        for row, criterion in enumerate(ctx.pe.catalogue.criteria, start=2):
            colour = _STATUS_FILL.get(r.criteria[criterion.id].status)
            if colour:
                sheet.cell(row=row, column=column).fill = PatternFill("solid", start_color=colour)
