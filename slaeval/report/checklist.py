"""The negotiation checklist: per offer, the asks by importance, each with a box to tick, the
current value, what to demand, the fallback, why, and where it stands (from the project file).

Landscape pages so that the six text columns stay readable when printed for a meeting.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from slaeval.errors import InputError
from slaeval.evaluation import OfferResult
from slaeval.localized import Lang, both
from slaeval.project import Project
from slaeval.project_evaluation import ProjectEvaluation
from slaeval.report.cells import Cell, Text, text_table
from slaeval.report.content import criterion_value, rank_text, score_text
from slaeval.report.context import ReportContext, make_context
from slaeval.report.document import LANDSCAPE_WIDTH, PageText, heading, render
from slaeval.report.fonts import REGULAR
from slaeval.report.styles import RULE, STATUS_BG, esc, markup, para

BOXES = {"pending": "☐", "obtained": "☑", "refused": "☒"}
_WIDTHS = (9, 7, 50, 32, 52, 46, 45)  # mm; the state column takes the rest
_NOTE_LINES = 6


def pick_offers(ctx: ReportContext, offer_name: str | None) -> list[OfferResult]:
    """Every offer in report order, or the one named (by name or id, any case)."""
    if offer_name is None:
        return ctx.results
    wanted = offer_name.strip().casefold()
    chosen = [r for r in ctx.results if wanted in (r.name.casefold(), r.offer_id.casefold())]
    if chosen:
        return chosen[:1]
    names = ", ".join(r.name for r in ctx.results) or "—"
    raise InputError(
        both(
            f"Aucune offre nommée « {offer_name} ». Offres du projet : {names}",
            f"No offer named '{offer_name}'. Offers in the project: {names}",
        )
    )


def checklist_flowables(ctx: ReportContext, offers: list[OfferResult]) -> list[Flowable]:
    parts: list[Flowable] = [para(ctx.t("checklist_title"), "cover_title"), Spacer(1, 2 * mm)]
    who = ctx.client or ctx.t("no_client")
    by = f" — {ctx.t('prepared_by')}{ctx.colon}{ctx.author}" if ctx.author else ""
    parts.append(para(f"{who} — {ctx.day}{by}", "cover_meta"))
    parts += [Spacer(1, 3 * mm), para(ctx.t("checklist_intro"), "small"), Spacer(1, 4 * mm)]
    if not offers:
        return [*parts, Spacer(1, 6 * mm), para(ctx.t("no_offer"))]
    for index, result in enumerate(offers):
        if index:
            parts.append(PageBreak())
        parts += _offer_part(ctx, result)
    return parts


def _offer_part(ctx: ReportContext, result: OfferResult) -> list[Flowable]:
    title = f"{result.name} ({ctx.t('knocked_out')})" if result.knocked_out else result.name
    states: list[str] = [
        ctx.project.negotiation_for(result.offer_id, a.criterion_id).state for a in result.asks
    ]
    counts = {s: states.count(s) for s in BOXES}
    rank = rank_text(result, ctx.lang)
    line = (
        f"{ctx.t('rank')}{ctx.colon}{rank} — {score_text(result.total, ctx.lang)}/100 — "
        f"{len(result.asks)} {ctx.t('asks' if len(result.asks) != 1 else 'ask').lower()}"
        f"{ctx.colon}{counts['obtained']} "
        f"{ctx.t('state_obtained')}, {counts['refused']} {ctx.t('state_refused')}, "
        f"{counts['pending']} {ctx.t('state_pending')}"
    )
    parts: list[Flowable] = [*heading(title, 0), para(line, "muted"), Spacer(1, 2 * mm)]
    parts.append(_asks_table(ctx, result) if result.asks else para(ctx.t("no_ask")))
    parts += _note_lines(ctx, result.name)
    return parts


def _asks_table(ctx: ReportContext, result: OfferResult) -> Table:
    keys = ("criterion", "current_value", "demand", "fallback", "why", "state")
    # The caption row repeats with the column heads, so a continued table names its offer.
    caption: list[Cell] = [Text(f"{result.name} — {ctx.t('asks')}", bold=True, span=True)]
    rows: list[Sequence[Cell]] = [caption + [""] * 7, ["", "#"] + [ctx.t(k) for k in keys]]
    commands: list[tuple[object, ...]] = [("SPAN", (0, 0), (-1, 0))]
    for number, ask in enumerate(result.asks, start=1):
        criterion = ctx.pe.catalogue.criterion(ask.criterion_id)
        negotiation = ctx.project.negotiation_for(result.offer_id, ask.criterion_id)
        area = ctx.pe.catalogue.area(criterion.area).label.get(ctx.lang)
        ko = "<b>K.O.</b> — " if ask.knockout else ""
        value = criterion_value(ctx.project, ctx.pe, result.offer_id, ask.criterion_id, ctx.lang)
        rows.append(
            [
                para(BOXES[negotiation.state], "box"),
                str(number),
                markup(
                    f"{ko}{esc(criterion.question.get(ctx.lang))}<br/>"
                    f"<font color='#616e7c'>{esc(area)}</font>",
                    "cell",
                ),
                value,
                criterion.ask.get(ctx.lang),
                criterion.fallback.get(ctx.lang),
                criterion.help.get(ctx.lang),
                markup(
                    _state_text(ctx, negotiation.state, negotiation.reply, negotiation.note), "cell"
                ),
            ]
        )
        row = number + 1
        commands.append(("BACKGROUND", (3, row), (3, row), STATUS_BG[ask.status]))
    widths = [w * mm for w in _WIDTHS]
    widths.append(LANDSCAPE_WIDTH - sum(widths))
    return text_table(rows, widths, 2, commands)


def _state_text(ctx: ReportContext, state: str, reply: str, note: str) -> str:
    text = f"<b>{esc(ctx.t('state_' + state))}</b>"
    if reply.strip():
        text += f"<br/>{esc(ctx.t('reply'))}{ctx.colon}{esc(reply.strip())}"
    if note.strip():
        text += f"<br/>{esc(ctx.t('note'))}{ctx.colon}{esc(note.strip())}"
    return text


def _note_lines(ctx: ReportContext, offer_name: str) -> list[Flowable]:
    """Ruled space to write on during the meeting."""
    lines = Table(
        [[""] for _ in range(_NOTE_LINES)],
        colWidths=[LANDSCAPE_WIDTH],
        rowHeights=[8 * mm] * _NOTE_LINES,
        style=[("FONTNAME", (0, 0), (-1, -1), REGULAR), ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE)],
    )
    # Kept whole: split, it would leave a page holding nothing but ruled lines.
    return [
        Spacer(1, 4 * mm),
        KeepTogether([para(f"{ctx.t('notes')} — {offer_name}", "h3"), lines]),
    ]


def build_checklist(
    project: Project,
    lang: Lang,
    offer_name: str | None = None,
    *,
    today: date | None = None,
    author: str | None = None,
    evaluation: ProjectEvaluation | None = None,
) -> bytes:
    ctx = make_context(project, lang, today=today, author=author, pe=evaluation)
    offers = pick_offers(ctx, offer_name)
    title = ctx.t("checklist_title")
    if len(offers) == 1:
        title = f"{title} — {offers[0].name}"
    text = PageText(
        header_left=ctx.header_left("checklist_title"),
        header_right=ctx.t("checklist_title"),
        footer_left=ctx.day,
        page_word=ctx.t("page"),
        has_cover=False,
    )
    flowables = checklist_flowables(ctx, offers)
    return render(
        flowables, title=title, author=ctx.author, lang=lang, text=text, first="landscape"
    )
