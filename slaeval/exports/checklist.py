"""The negotiation checklist: per offer, the asks ordered by importance, each with a box to
tick, the current answer, what to demand, the fallback, why it matters and where it stands
(pending, obtained, refused). Landscape A4, large enough to be filled in during a meeting."""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from slaeval.errors import InputError
from slaeval.evaluation import OfferResult
from slaeval.explain import STATUS_LABELS
from slaeval.exports.context import ExportContext
from slaeval.exports.document import LANDSCAPE_WIDTH, PageFrame, heading, render, to_landscape
from slaeval.exports.styles import (
    BOLD,
    FONT,
    MUTED,
    STATUS_TINT,
    grid_style,
    styles,
    table_style,
    wrap,
)
from slaeval.localized import Lang, both
from slaeval.project import Project
from slaeval.promise_flags import note_text

_SIZE = 7.4
_WIDTHS = [8 * mm, 58 * mm, 34 * mm, 52 * mm, 40 * mm]
_STATE_W = 24 * mm
_STATE_MARK = {"pending": "☐", "obtained": "☑", "refused": "☒"}


def checklist_pdf(
    project: Project,
    lang: Lang,
    offer_name: str | None,
    today: date,
    author: str | None = None,
) -> bytes:
    ctx = ExportContext(project, lang, today, author)
    offers = _chosen(ctx, offer_name)
    story = _intro(ctx, offers)
    for index, result in enumerate(offers):
        if index:
            story += to_landscape()
        story += _offer(ctx, result)
    title = ctx.t("Liste de négociation", "Negotiation checklist")
    if ctx.client:
        title = f"{title} — {ctx.client}"
    frame = PageFrame(title, ctx.date_text, "Page", skip_first=False)
    return render(
        story, title=title, author=ctx.author or "slaeval", frame=frame, first="landscape"
    )


def _chosen(ctx: ExportContext, offer_name: str | None) -> list[OfferResult]:
    if offer_name is None:
        return ctx.ordered
    wanted = offer_name.strip().casefold()
    for result in ctx.ordered:
        if wanted in (result.name.casefold(), result.offer_id.casefold()):
            return [result]
    names = ", ".join(r.name for r in ctx.ordered) or "—"
    raise InputError(
        both(
            f"Offre inconnue : {offer_name} (offres du projet : {names})",
            f"Unknown offer: {offer_name} (offers in the project: {names})",
        )
    )


def _intro(ctx: ExportContext, offers: list[OfferResult]) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        Paragraph(escape(ctx.t("Liste de négociation", "Negotiation checklist")), st["h1"]),
    ]
    who = " · ".join(x for x in (ctx.client, ctx.author, ctx.date_text) if x)
    story.append(Paragraph(escape(who), st["body"]))
    text = ctx.t(
        "Pour chaque offre, les points à obtenir du prestataire, du plus important au moins "
        "important (les critères éliminatoires d'abord). Cochez la case pendant la réunion ; "
        "l'état indiqué est celui enregistré dans le projet : ☐ en attente, ☑ obtenu, "
        "☒ refusé.",
        "For each offer, the points to obtain from the provider, most important first "
        "(must-have criteria lead). Tick the box during the meeting; the state shown is the one "
        "saved in the project: ☐ pending, ☑ obtained, ☒ refused.",
    )
    story += [Spacer(1, 2 * mm), Paragraph(escape(text), st["muted"]), Spacer(1, 2 * mm)]
    if not offers:
        none = ctx.t(
            "Ce projet ne contient aucune offre : il n'y a rien à négocier pour l'instant.",
            "This project holds no offer: there is nothing to negotiate yet.",
        )
        story.append(Paragraph(escape(none), st["body"]))
    return story


def _offer(ctx: ExportContext, result: OfferResult) -> list[Flowable]:
    st = styles()
    asks = result.asks
    title = (
        f"{result.name} — {ctx.rank_text(result.offer_id)}, {ctx.total_text(result.offer_id)}/100"
    )
    story: list[Flowable] = [
        CondPageBreak(40 * mm),
        heading(title),  # a top-level outline entry: nothing above it to nest under
    ]
    states = [ctx.project.negotiation_for(result.offer_id, a.criterion_id).state for a in asks]
    counts = {s: states.count(s) for s in ("pending", "obtained", "refused")}
    line = ctx.t(
        f"{len(asks)} point(s) : {counts['pending']} en attente, {counts['obtained']} obtenu(s), "
        f"{counts['refused']} refusé(s).",
        f"{len(asks)} point(s): {counts['pending']} pending, {counts['obtained']} obtained, "
        f"{counts['refused']} refused.",
    )
    story.append(Paragraph(escape(line), st["body"]))
    if result.knocked_out:
        warn = ctx.t(
            "Offre éliminée en l'état : les points marqués K.O. doivent être obtenus pour "
            "qu'elle puisse être retenue.",
            "Knocked out as it stands: the points marked K.O. must be obtained before it can "
            "be chosen.",
        )
        story.append(Paragraph(escape(warn), st["small"]))
    story.append(Spacer(1, 2 * mm))
    if asks:
        story.append(_table(ctx, result))
    else:
        done = ctx.t(
            "Rien à négocier : toutes les réponses atteignent le niveau attendu.",
            "Nothing to negotiate: every answer meets the expected level.",
        )
        story.append(Paragraph(escape(done), st["body"]))
    story.append(_notes_box(ctx, result))
    return story


def _table(ctx: ExportContext, result: OfferResult) -> Table:
    why_w = LANDSCAPE_WIDTH - sum(_WIDTHS) - _STATE_W
    widths = [*_WIDTHS, why_w, _STATE_W]
    head = [
        "",
        ctx.t("Point à négocier", "Point to negotiate"),
        ctx.t("Réponse actuelle", "Current answer"),
        ctx.t("À exiger", "Demand"),
        ctx.t("Repli acceptable", "Fallback"),
        ctx.t("Pourquoi", "Why"),
        ctx.t("État", "State"),
    ]
    rows = [[wrap(h, w - 6, _SIZE, bold=True) for h, w in zip(head, widths, strict=True)]]
    commands = [*grid_style(_SIZE), ("FONT", (0, 1), (0, -1), BOLD, 11, 13)]
    for number, ask in enumerate(result.asks, start=1):
        rows.append(_row(ctx, result, ask.criterion_id, number, ask.knockout, ask.status, widths))
        commands.append(("BACKGROUND", (2, number), (2, number), STATUS_TINT[ask.status]))
    commands.append(("TEXTCOLOR", (5, 1), (5, -1), MUTED))
    commands.append(("FONT", (1, 1), (1, -1), BOLD, _SIZE, _SIZE * 1.22))
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(table_style(commands))
    return table


def _row(
    ctx: ExportContext,
    result: OfferResult,
    cid: str,
    number: int,
    knockout: bool,
    status: str,
    widths: list[float],
) -> list[str]:
    criterion = ctx.pe.catalogue.criterion(cid)
    nego = ctx.project.negotiation_for(result.offer_id, cid)
    state = {
        "pending": ctx.t("en attente", "pending"),
        "obtained": ctx.t("obtenu", "obtained"),
        "refused": ctx.t("refusé", "refused"),
    }[nego.state]
    state_text = f"{_STATE_MARK[nego.state]} {state}"
    if nego.reply:
        state_text += "\n" + ctx.t("Réponse : ", "Reply: ") + nego.reply
    if nego.note:
        state_text += "\n" + ctx.t("Note : ", "Note: ") + note_text(nego.note, ctx.lang)
    point = f"{number}. " + ("[K.O.] " if knockout else "") + ctx.loc(criterion.question)
    current = f"{STATUS_LABELS[status][0]} {ctx.value_text(criterion, result.offer_id)}"
    cells = [
        "☐",
        point,
        current,
        ctx.loc(criterion.ask),
        ctx.loc(criterion.fallback),
        ctx.loc(criterion.help),
        state_text,
    ]
    return [cells[0]] + [
        wrap(c, w - 6, _SIZE, bold=i == 0)
        for i, (c, w) in enumerate(zip(cells[1:], widths[1:], strict=True))
    ]


def _notes_box(ctx: ExportContext, result: OfferResult) -> Flowable:
    st = styles()
    label = ctx.t(f"Notes de réunion — {result.name}", f"Meeting notes — {result.name}")
    lines = Table([[""] for _ in range(5)], colWidths=[LANDSCAPE_WIDTH], rowHeights=[9 * mm] * 5)
    # Empty cells still name a font: ours, or the PDF would reference a non-embedded Helvetica.
    lines.setStyle(
        table_style([("FONT", (0, 0), (-1, -1), FONT), ("LINEBELOW", (0, 0), (-1, -1), 0.4, MUTED)])
    )
    return KeepTogether([Spacer(1, 4 * mm), Paragraph(escape(label), st["h3"]), lines])
