"""The costs page: what each offer costs over its term, the downtime its availability
commitment allows, what that downtime costs the client, and how little of a bad month the
service credits pay back; then the sensitivity statement."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from slaeval.costs import AVAILABILITY_ID
from slaeval.downtime import downtime_cost
from slaeval.evaluation import OfferResult
from slaeval.exports.context import ExportContext
from slaeval.exports.document import PORTRAIT_WIDTH, heading
from slaeval.exports.styles import (
    BOLD,
    FONT,
    INK,
    MUTED,
    SERIES_COLOURS,
    grid_style,
    styles,
    table_style,
    wrap,
)
from slaeval.formatting import format_duration, format_money, format_percent

PER_TABLE = 4
_LABEL_W = 62 * mm


def costs_pages(ctx: ExportContext) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        heading(ctx.t("Coûts et exposition aux pannes", "Costs and downtime exposure"))
    ]
    story += _hourly_cost(ctx)
    if not ctx.ordered:
        story.append(Paragraph(escape(ctx.t("Aucune offre.", "No offer.")), st["body"]))
    offers = ctx.ordered
    for start in range(0, len(offers), PER_TABLE):
        story += [_table(ctx, offers[start : start + PER_TABLE]), Spacer(1, 4 * mm)]
    note = ctx.t(
        "Mois difficile : un mois où l'arrêt dure le double de ce que l'engagement tolère. "
        "Les crédits de service sont calculés selon le barème de l'offre, plafond compris.",
        "Bad month: a month with twice the downtime the commitment allows. Service credits "
        "follow the offer's credit table, cap included.",
    )
    story.append(Paragraph(escape(note), st["muted"]))
    if any(r.costs.bad_month_loss for r in offers):
        story += [
            Spacer(1, 4 * mm),
            KeepTogether(
                [
                    Paragraph(
                        escape(
                            ctx.t(
                                "Perte d'un mois difficile et crédits versés",
                                "Bad-month loss and credits paid",
                            )
                        ),
                        st["h3"],
                    ),
                    _bars(ctx, offers),
                ]
            ),
        ]
    story += _sensitivity(ctx)
    story.append(PageBreak())
    return story


def _hourly_cost(ctx: ExportContext) -> list[Flowable]:
    st = styles()
    profile = ctx.project.diagnostic.profile
    cost = downtime_cost(profile)
    if cost.total is None:
        text = ctx.t(
            "Le coût d'une heure d'arrêt n'est pas renseigné dans le diagnostic : l'exposition "
            "aux pannes n'est donc pas chiffrée.",
            "The cost of an hour of downtime is not filled in the diagnostic, so the downtime "
            "exposure is not priced.",
        )
        return [Paragraph(escape(text), st["body"]), Spacer(1, 3 * mm)]
    lead = ctx.t("Une heure d'arrêt vous coûte environ ", "An hour of downtime costs you about ")
    out: list[Flowable] = [
        Paragraph(f"{escape(lead)}<b>{escape(format_money(cost.total, ctx.lang))}</b>.", st["body"])
    ]
    out += [
        Paragraph(escape(line), st["muted"], bulletText="·")
        for line in cost.explain(profile.downtime, ctx.lang)
    ]
    return [*out, Spacer(1, 3 * mm)]


def _money(value: float | None, ctx: ExportContext) -> str:
    return "—" if value is None else format_money(value, ctx.lang)


def _column(ctx: ExportContext, r: OfferResult) -> list[str]:
    c = r.costs
    availability = ctx.offer(r.offer_id).answer(AVAILABILITY_ID).value
    prices = ctx.offer(r.offer_id).prices
    return [
        format_money(prices.setup, ctx.lang),
        format_money(c.monthly, ctx.lang),
        ctx.t(f"{c.term_months} mois", f"{c.term_months} months"),
        format_money(prices.exit_cost, ctx.lang),
        format_money(c.total_cost, ctx.lang),
        format_percent(float(availability), ctx.lang, 2)
        if isinstance(availability, int | float)
        else ctx.t("aucun engagement", "no commitment"),
        "—"
        if c.allowed_downtime_hours is None
        else format_duration(c.allowed_downtime_hours * 60, ctx.lang),
        _money(c.downtime_cost_per_month, ctx),
        _money(c.bad_month_loss, ctx),
        _money(c.bad_month_credit, ctx),
        "—" if c.credit_share is None else format_percent(c.credit_share, ctx.lang, 1),
    ]


def _table(ctx: ExportContext, offers: list[OfferResult]) -> Table:
    labels = [
        ctx.t("Mise en service", "Setup"),
        ctx.t("Mensualité", "Monthly fee"),
        ctx.t("Durée d'engagement", "Term"),
        ctx.t("Coût de sortie", "Exit cost"),
        ctx.t("Total sur la durée", "Total over the term"),
        ctx.t("Disponibilité engagée", "Committed availability"),
        ctx.t("Arrêt toléré par mois", "Downtime allowed per month"),
        ctx.t("Coût de cet arrêt, par mois", "What that downtime costs you, per month"),
        ctx.t("Perte d'un mois difficile", "Loss in a bad month"),
        ctx.t("Crédits versés ce mois-là", "Credits paid that month"),
        ctx.t("Part de la perte remboursée", "Share of the loss paid back"),
    ]
    width = (PORTRAIT_WIDTH - _LABEL_W) / PER_TABLE
    head = [""] + [wrap(r.name, width - 6, 7.5, bold=True) for r in offers]
    columns = [_column(ctx, r) for r in offers]
    rows = [head] + [[label] + [col[i] for col in columns] for i, label in enumerate(labels)]
    commands = [*grid_style(7.5), ("ALIGN", (1, 0), (-1, -1), "RIGHT")]
    commands += [
        ("FONT", (0, 5), (-1, 5), BOLD, 7.5, 9.2),
        ("FONT", (0, 11), (-1, 11), BOLD, 7.5, 9.2),
    ]
    table = Table(rows, colWidths=[_LABEL_W] + [width] * len(offers), hAlign="LEFT")
    table.setStyle(table_style(commands))
    return table


def _bars(ctx: ExportContext, offers: list[OfferResult]) -> Drawing:
    shown = [r for r in offers if r.costs.bad_month_loss]
    row_h, label_w = 26, 150
    drawing = Drawing(PORTRAIT_WIDTH, row_h * len(shown) + 30, initialFontName=FONT)
    top = max(r.costs.bad_month_loss or 0 for r in shown)
    span = PORTRAIT_WIDTH - label_w - 80
    for i, r in enumerate(shown):
        y = drawing.height - 44 - i * row_h
        name = wrap(r.name, label_w - 8, 7.5, bold=True).split("\n")[0]
        drawing.add(String(0, y + 4, name, fontName=BOLD, fontSize=7.5, fillColor=INK))
        loss = r.costs.bad_month_loss or 0
        credit = r.costs.bad_month_credit or 0
        drawing.add(
            Rect(label_w, y + 8, span * loss / top, 8, fillColor=SERIES_COLOURS[1], strokeWidth=0)
        )
        drawing.add(
            Rect(
                label_w,
                y - 1,
                max(span * credit / top, 0.8),
                8,
                fillColor=SERIES_COLOURS[2],
                strokeWidth=0,
            )
        )
        drawing.add(
            String(
                label_w + span * loss / top + 4,
                y + 9,
                format_money(loss, ctx.lang),
                fontName=FONT,
                fontSize=7,
                fillColor=INK,
            )
        )
        drawing.add(
            String(
                label_w + max(span * credit / top, 0.8) + 4,
                y,
                format_money(credit, ctx.lang),
                fontName=FONT,
                fontSize=7,
                fillColor=INK,
            )
        )
    legend_y = drawing.height - 10
    drawing.add(Rect(label_w, legend_y, 8, 6, fillColor=SERIES_COLOURS[1], strokeWidth=0))
    drawing.add(
        String(
            label_w + 11,
            legend_y,
            ctx.t("perte", "loss"),
            fontName=FONT,
            fontSize=7,
            fillColor=MUTED,
        )
    )
    drawing.add(Rect(label_w + 60, legend_y, 8, 6, fillColor=SERIES_COLOURS[2], strokeWidth=0))
    drawing.add(
        String(
            label_w + 71,
            legend_y,
            ctx.t("crédits versés", "credits paid"),
            fontName=FONT,
            fontSize=7,
            fillColor=MUTED,
        )
    )
    return drawing


def _sensitivity(ctx: ExportContext) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [
        heading(ctx.t("Sensibilité du classement", "How robust the ranking is"), 1)
    ]
    out.append(Paragraph(escape(ctx.scored["sensitivity"]), st["body"]))
    flips = sorted(ctx.scored["flips"], key=lambda f: abs(f["flip_share"] - f["current_share"]))
    if not flips:
        return out
    head = [
        ctx.t("Domaine", "Area"),
        ctx.t("Poids actuel", "Current weight"),
        ctx.t("Poids qui change le vainqueur", "Weight that changes the winner"),
        ctx.t("Nouveau vainqueur", "New winner"),
    ]
    rows = [head] + [
        [
            ctx.area_label(f["area"]),
            format_percent(f["current_share"], ctx.lang, 1),
            format_percent(f["flip_share"], ctx.lang, 1),
            wrap(f["winner"], 55 * mm, 7.5),
        ]
        for f in flips[:6]
    ]
    table = Table(rows, colWidths=[55 * mm, 28 * mm, 45 * mm, 58 * mm], hAlign="LEFT")
    table.setStyle(table_style([*grid_style(7.5), ("ALIGN", (1, 0), (2, -1), "RIGHT")]))
    return [*out, Spacer(1, 2 * mm), table]
