"""The cover page (client, date, author, optional logo) and the one-page executive summary."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Image,
    KeepInFrame,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
)

from slaeval.errors import ExportError
from slaeval.formatting import format_money
from slaeval.localized import both
from slaeval.report.cells import Cell, Text, text_table
from slaeval.report.content import rank_text, score_text, summarise
from slaeval.report.context import ReportContext
from slaeval.report.document import PORTRAIT_WIDTH, heading
from slaeval.report.styles import bullets, esc, markup, para

MAX_KO_LISTED = 3
_SUMMARY_HEIGHT = 255 * mm  # the portrait frame: the summary is shrunk to stay on one page


def cover(ctx: ReportContext, document_key: str) -> list[Flowable]:
    info = ctx.project.info
    parts: list[Flowable] = []
    if ctx.logo is not None:
        parts += [logo_image(ctx.logo), Spacer(1, 12 * mm)]
    else:
        parts.append(Spacer(1, 40 * mm))
    parts.append(para(info.title or ctx.t(document_key), "cover_title"))
    parts.append(Spacer(1, 4 * mm))
    if info.title:
        parts.append(para(ctx.t(document_key), "cover_sub"))
    count = len(ctx.results)
    scope = (
        f"{count} offre(s) comparée(s) sur {len(ctx.pe.catalogue.criteria)} critères"
        if ctx.fr
        else f"{count} offer(s) compared on {len(ctx.pe.catalogue.criteria)} criteria"
    )
    parts += [Spacer(1, 3 * mm), para(scope, "cover_meta"), Spacer(1, 24 * mm)]
    rows = [
        (ctx.t("prepared_for"), ctx.client or ctx.t("no_client")),
        (ctx.t("prepared_by"), ctx.author or "—"),
        (ctx.t("date"), ctx.day),
    ]
    for key, value in rows:
        parts.append(markup(f"{esc(key)}{ctx.colon}<b>{esc(value)}</b>", "cover_meta"))
        parts.append(Spacer(1, 2 * mm))
    parts += [NextPageTemplate("portrait"), PageBreak()]
    return parts


def logo_image(path: Path) -> Image:
    """The logo, at most 60 x 25 mm, its proportions kept; a clear message if unreadable."""
    from reportlab.lib.utils import ImageReader

    try:
        reader = ImageReader(str(path))
        width, height = reader.getSize()
    except Exception:  # reportlab and Pillow raise many kinds, with multi-line texts
        raise ExportError(
            both(
                f"Logo illisible : {path}. Choisissez une image PNG ou JPEG.",
                f"Cannot read the logo: {path}. Choose a PNG or JPEG image.",
            )
        ) from None
    scale = min(60 * mm / width, 25 * mm / height)
    image = Image(str(path), width * scale, height * scale)
    image.hAlign = "LEFT"
    return image


def executive_summary(ctx: ReportContext) -> list[Flowable]:
    summary = summarise(ctx.project, ctx.pe, ctx.lang)
    body: list[Flowable] = [para(summary.headline, "headline")]
    body += [_h(ctx.t("why")), bullets(list(summary.reasons))]
    body.append(_h(ctx.t("knockouts")))
    if summary.knockouts:
        body.append(bullets([_ko_line(ctx, name, failed) for name, failed in summary.knockouts]))
    else:
        body.append(para(ctx.t("no_knockout")))
    if summary.risks_of is not None:
        risk_title = f"{ctx.t('biggest_risks')} — {summary.risks_of}"
        body.append(_h(risk_title))
        none = "Aucune alerte ni inconnue." if ctx.fr else "No red flag and no unknown."
        body.append(bullets(list(summary.risks)) if summary.risks else para(none))
    if ctx.results:
        body += [_h(ctx.t("cost_over_term")), _cost_table(ctx)]
        body += [_h(ctx.t("robustness")), para(_sensitivity(ctx))]
    return [
        *heading(ctx.t("summary")),
        KeepInFrame(PORTRAIT_WIDTH, _SUMMARY_HEIGHT, body, mode="shrink"),
    ]


def _h(text: str) -> Flowable:
    return para(text, "h3")


def _ko_line(ctx: ReportContext, name: str, failed: tuple[str, ...]) -> str:
    shown = list(failed[:MAX_KO_LISTED])
    more = len(failed) - len(shown)
    if more:
        shown.append(f"+ {more} {'autre(s)' if ctx.fr else 'more'}")
    return f"{name} — {ctx.t('ko_on')}{ctx.colon.rstrip()}\n" + "\n".join(f"– {q}" for q in shown)


def _cost_table(ctx: ReportContext) -> Table:
    """Rank, score and cost of every offer: the figures a reader of one page needs."""
    keys = ("rank", "offer", "total", "term", "monthly", "total_cost")
    rows: list[Sequence[Cell]] = [[ctx.t(k) for k in keys]]
    for result in ctx.results:
        costs = result.costs
        rows.append(
            [
                rank_text(result, ctx.lang),
                Text(result.name, bold=result.rank == 1),
                score_text(result.total, ctx.lang),
                f"{costs.term_months} {ctx.t('months')}",
                format_money(costs.monthly, ctx.lang),
                format_money(costs.total_cost, ctx.lang),
            ]
        )
    widths = [21 * mm, 0.0, 20 * mm, 22 * mm, 26 * mm, 26 * mm]
    widths[1] = PORTRAIT_WIDTH - sum(widths)
    return text_table(rows, widths, right=(2, 3, 4, 5))


def _sensitivity(ctx: ReportContext) -> str:
    from slaeval.explain import sensitivity_sentence

    return sensitivity_sentence(ctx.pe.evaluation, ctx.pe.catalogue, ctx.lang)
