"""The costs page (price over the term; downtime exposure against what the service credits pay
back in a bad month) and the sensitivity statement."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from slaeval.evaluation import OfferResult
from slaeval.formatting import format_duration, format_money, format_percent
from slaeval.report.cells import Cell, text_table
from slaeval.report.context import ReportContext
from slaeval.report.document import PORTRAIT_WIDTH, heading
from slaeval.report.fonts import REGULAR
from slaeval.report.styles import para

_LOSS = colors.HexColor("#c0504d")
_CREDIT = colors.HexColor("#2e7d32")


def costs_section(ctx: ReportContext) -> list[Flowable]:
    parts: list[Flowable] = heading(ctx.t("costs"))
    if not ctx.results:
        return [*parts, para(ctx.t("no_offer"))]
    parts += [_price_table(ctx), Spacer(1, 5 * mm)]
    parts.append(para(_exposure_intro(ctx)))
    parts.append(Spacer(1, 2 * mm))
    parts.append(_exposure_table(ctx))
    if any(r.costs.allowed_downtime_hours is None for r in ctx.results):
        note = (
            "— : l'offre ne chiffre pas d'engagement de disponibilité, son exposition ne peut "
            "pas être calculée."
            if ctx.fr
            else "—: the offer states no availability commitment, so its exposure cannot be "
            "worked out."
        )
        parts.append(para(note, "muted"))
    chart = _exposure_chart(ctx)
    if chart is not None:
        parts += [Spacer(1, 4 * mm), chart]
    return parts


def _money(value: float | None, ctx: ReportContext) -> str:
    return "—" if value is None else format_money(value, ctx.lang)


def _head(ctx: ReportContext, keys: list[str]) -> list[Cell]:
    return [ctx.t(k) for k in keys]


def _price_table(ctx: ReportContext) -> Table:
    rows: list[Sequence[Cell]] = [
        _head(ctx, ["offer", "setup", "monthly", "term", "exit_cost", "total_cost"])
    ]
    for r in ctx.results:
        c = r.costs
        price = ctx.project.offer(r.offer_id).prices
        rows.append(
            [
                r.name,
                _money(price.setup, ctx),
                _money(c.monthly, ctx),
                f"{c.term_months} {ctx.t('months')}",
                _money(price.exit_cost, ctx),
                _money(c.total_cost, ctx),
            ]
        )
    widths = [PORTRAIT_WIDTH - 5 * 24 * mm] + [24 * mm] * 5
    return text_table(rows, widths, right=(1, 2, 3, 4, 5))


def _exposure_intro(ctx: ReportContext) -> str:
    per_hour = ctx.pe.requirements.downtime_cost_per_hour
    if per_hour is None:
        return (
            "Le coût d'une heure d'arrêt n'est pas renseigné dans le diagnostic : seules les "
            "durées d'arrêt admises sont montrées."
            if ctx.fr
            else "The cost of an hour of downtime is not filled in the diagnostic: only the "
            "allowed downtime is shown."
        )
    cost = format_money(per_hour, ctx.lang)
    if ctx.fr:
        return (
            f"Une heure d'arrêt coûte environ {cost} à l'entreprise. Le mois difficile compte "
            "deux fois l'arrêt admis par l'engagement de disponibilité : ce que l'arrêt coûte, "
            "et ce que les pénalités du contrat remboursent."
        )
    return (
        f"An hour of downtime costs the business about {cost}. The bad month counts twice the "
        "downtime the availability commitment allows: what that downtime costs, and what the "
        "contract's service credits pay back."
    )


def _exposure_table(ctx: ReportContext) -> Table:
    keys = ["offer", "allowed_downtime", "exposure", "bad_month_loss", "bad_month_credit"]
    rows: list[Sequence[Cell]] = [_head(ctx, [*keys, "credit_share"])]
    for r in ctx.results:
        c = r.costs
        allowed = (
            "—"
            if c.allowed_downtime_hours is None
            else format_duration(c.allowed_downtime_hours * 60, ctx.lang)
        )
        share = "—" if c.credit_share is None else format_percent(c.credit_share, ctx.lang, 1)
        rows.append(
            [
                r.name,
                allowed,
                _money(c.downtime_cost_per_month, ctx),
                _money(c.bad_month_loss, ctx),
                _money(c.bad_month_credit, ctx),
                share,
            ]
        )
    widths = [PORTRAIT_WIDTH - 5 * 25 * mm] + [25 * mm] * 5
    return text_table(rows, widths, right=(1, 2, 3, 4, 5))


def _exposure_chart(ctx: ReportContext) -> Flowable | None:
    """Paired bars per offer: the bad month's loss, and the credits paid back."""
    shown = [r for r in ctx.results if r.costs.bad_month_loss]
    if not shown:
        return None
    top = max(r.costs.bad_month_loss or 0.0 for r in shown)
    label_width, bar_room, row = 62 * mm, PORTRAIT_WIDTH - 62 * mm - 30 * mm, 22.0
    drawing = Drawing(PORTRAIT_WIDTH, row * len(shown) + 16, initialFontName=REGULAR)
    y = drawing.height - row
    for result in shown:
        drawing.add(String(0, y + 6, _short(result.name), fontName=REGULAR, fontSize=7.5))
        _bar(
            drawing,
            label_width,
            y + 9,
            bar_room,
            result.costs.bad_month_loss or 0.0,
            top,
            _LOSS,
            ctx,
        )
        _bar(
            drawing,
            label_width,
            y + 1,
            bar_room,
            result.costs.bad_month_credit or 0.0,
            top,
            _CREDIT,
            ctx,
        )
        y -= row
    legend = (
        ("■ perte d'un mois difficile", "■ pénalités remboursées")
        if ctx.fr
        else ("■ loss in a bad month", "■ credits paid back")
    )
    drawing.add(String(label_width, 2, legend[0], fontName=REGULAR, fontSize=7, fillColor=_LOSS))
    drawing.add(
        String(label_width + 160, 2, legend[1], fontName=REGULAR, fontSize=7, fillColor=_CREDIT)
    )
    return KeepTogether([drawing, Spacer(1, 4 * mm)])


def _bar(
    drawing: Drawing,
    x: float,
    y: float,
    room: float,
    value: float,
    top: float,
    colour: colors.Color,
    ctx: ReportContext,
) -> None:
    width = room * value / top if top else 0.0
    drawing.add(Rect(x, y, max(width, 0.5), 7, fillColor=colour, strokeColor=None))
    text = format_money(value, ctx.lang)
    drawing.add(String(x + width + 3, y + 1, text, fontName=REGULAR, fontSize=6.5))


def _short(name: str, limit: int = 38) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


def sensitivity_section(ctx: ReportContext) -> list[Flowable]:
    from slaeval.explain import sensitivity_sentence

    evaluation, catalogue = ctx.pe.evaluation, ctx.pe.catalogue
    parts: list[Flowable] = heading(ctx.t("sensitivity"))
    parts.append(para(sensitivity_sentence(evaluation, catalogue, ctx.lang)))
    flips = sorted(evaluation.sensitivity.flips, key=lambda f: f.change)
    if flips:
        rows: list[Sequence[Cell]] = [
            _head(ctx, ["flip_area", "flip_now", "flip_at", "flip_winner"])
        ]
        for flip in flips:
            rows.append(
                [
                    catalogue.area(flip.area).label.get(ctx.lang),
                    format_percent(flip.current_share, ctx.lang, 1),
                    format_percent(flip.flip_share, ctx.lang, 1),
                    evaluation.result(flip.winner).name,
                ]
            )
        widths = [60 * mm, 30 * mm, 30 * mm, PORTRAIT_WIDTH - 120 * mm]
        parts += [
            Spacer(1, 3 * mm),
            text_table(rows, widths, right=(1, 2)),
        ]
    return parts


__all__ = ["OfferResult", "costs_section", "sensitivity_section"]
