"""Red flags and unknowns per offer: what each offer gets wrong or leaves unsaid, heaviest
first, so a reader sees the worst points without reading the whole side-by-side table."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from slaeval.evaluation import OfferResult
from slaeval.explain import STATUS_LABELS
from slaeval.exports.context import ExportContext
from slaeval.exports.document import PORTRAIT_WIDTH, heading
from slaeval.exports.styles import STATUS_TINT, grid_style, styles, table_style, wrap

SHOWN = 12  # per kind and offer; the rest is counted and left to the side-by-side table
_SIZE = 7.5


def flags_pages(ctx: ExportContext) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [heading(ctx.t("Alertes et inconnues", "Red flags and unknowns"))]
    intro = ctx.t(
        "Pour chaque offre, les réponses en alerte puis celles qui manquent, des plus lourdes "
        f"aux plus légères dans la note ({SHOWN} au plus par liste). Un point inconnu compte "
        "zéro tant que le prestataire ne l'a pas précisé par écrit.",
        "For each offer, the answers that raise a red flag, then those missing, heaviest in "
        f"the score first ({SHOWN} at most per list). An unknown point counts as zero until "
        "the provider states it in writing.",
    )
    story.append(Paragraph(escape(intro), st["muted"]))
    if not ctx.ordered:
        story.append(Paragraph(escape(ctx.t("Aucune offre.", "No offer.")), st["body"]))
    for result in ctx.ordered:
        story += _offer(ctx, result)
    story.append(PageBreak())
    return story


def _offer(ctx: ExportContext, result: OfferResult) -> list[Flowable]:
    st = styles()
    title = (
        f"{result.name} — {ctx.rank_text(result.offer_id)}, {ctx.total_text(result.offer_id)}/100"
    )
    head: list[Flowable] = [heading(title, 1)]
    if result.knocked_out:
        head.append(Paragraph(escape(ctx.t("Éliminée sur :", "Knocked out on:")), st["small"]))
        head += [
            Paragraph(escape(ctx.question(c)), st["small"], bulletText="✖")
            for c in result.knockouts
        ]
    red, unknown = (_list(ctx, result, status) for status in ("red", "unknown"))
    # The offer's name stays with its first list: a list never starts a page unnamed.
    return [KeepTogether([*head, *red]), KeepTogether(unknown), Spacer(1, 2 * mm)]


def _list(ctx: ExportContext, result: OfferResult, status: str) -> list[Flowable]:
    st = styles()
    items = sorted(
        (cid for cid, r in result.criteria.items() if r.status == status),
        key=lambda cid: (-result.criteria[cid].weight, cid),
    )
    label = ctx.t("Alertes", "Red flags") if status == "red" else ctx.t("Inconnues", "Unknowns")
    header = Paragraph(f"<b>{escape(label)} ({len(items)})</b>", st["small"])
    if not items:
        none = ctx.t(f"{label} : aucune", f"{label}: none")
        return [Paragraph(escape(none), st["small"])]
    question_w = PORTRAIT_WIDTH - 42 * mm - 70 * mm
    rows = []
    for cid in items[:SHOWN]:
        criterion = ctx.pe.catalogue.criterion(cid)
        rows.append(
            [
                STATUS_LABELS[status][0],
                wrap(ctx.area_label(criterion.area), 36 * mm - 6, _SIZE),
                wrap(ctx.loc(criterion.question), question_w - 6, _SIZE),
                wrap(ctx.value_text(criterion, result.offer_id), 70 * mm - 6, _SIZE),
            ]
        )
    table = Table(rows, colWidths=[6 * mm, 36 * mm, question_w, 70 * mm], hAlign="LEFT")
    commands = grid_style(_SIZE, header_rows=0)
    commands.append(("BACKGROUND", (0, 0), (0, -1), STATUS_TINT[status]))
    table.setStyle(table_style(commands))
    out: list[Flowable] = [header, table]
    if len(items) > SHOWN:
        more = ctx.t(
            f"… et {len(items) - SHOWN} autre(s) : voir le tableau côte à côte.",
            f"… and {len(items) - SHOWN} more: see the side-by-side table.",
        )
        out.append(Paragraph(escape(more), st["muted"]))
    return out  # at most SHOWN rows, kept together by the caller
