"""The cover page and the one-page executive summary of the comparison report."""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepInFrame, PageBreak, Paragraph, Spacer, Table

from slaeval.errors import ExportError
from slaeval.explain import STATUS_LABELS
from slaeval.exports.context import ExportContext
from slaeval.exports.document import PORTRAIT_WIDTH, heading
from slaeval.exports.styles import grid_style, styles, table_style, wrap
from slaeval.exports.verdict import verdict
from slaeval.formatting import format_money
from slaeval.localized import Localized, both
from slaeval.safe_read import FileTooLargeError, NotRegularFileError, read_regular_file

_SUMMARY_HEIGHT = 250 * mm
MAX_LOGO_BYTES = 20 * 1024 * 1024  # a cover logo, not a poster


def cover(ctx: ExportContext, logo: Path | None) -> list[Flowable]:
    st = styles()
    info = ctx.project.info
    story: list[Flowable] = []
    if logo is not None:
        story.append(_logo(logo))
    story.append(Spacer(1, 55 * mm if logo is None else 30 * mm))
    story.append(
        Paragraph(escape(ctx.t("Comparaison des offres", "Comparison of the offers")), st["title"])
    )
    story.append(
        Paragraph(escape(ctx.t("d'infogérance", "for managed IT services")), st["subtitle"])
    )
    story.append(Spacer(1, 18 * mm))
    if info.title:
        story.append(Paragraph(f"<b>{escape(info.title)}</b>", st["body"]))
    lines = [
        (ctx.t("Client", "Client"), ctx.client or "—"),
        (ctx.t("Date", "Date"), ctx.date_text),
        (ctx.t("Auteur / conseil", "Author / consultant"), ctx.author or "—"),
        (ctx.t("Offres évaluées", "Offers assessed"), _counts(ctx)),
    ]
    rows = [[label, wrap(value, 110 * mm, 11)] for label, value in lines]
    table = Table(rows, colWidths=[55 * mm, 110 * mm], hAlign="LEFT")
    table.setStyle(
        table_style([*grid_style(11, header_rows=0), ("TOPPADDING", (0, 0), (-1, -1), 5)])
    )
    story += [Spacer(1, 6 * mm), table, Spacer(1, 40 * mm)]
    story.append(Paragraph(escape(_legend(ctx)), st["muted"]))
    story.append(PageBreak())
    return story


def _counts(ctx: ExportContext) -> str:
    n = len(ctx.project.offers)
    criteria = len(ctx.pe.catalogue.criteria)
    version = ctx.pe.catalogue.version
    return ctx.t(
        f"{n} offre{'s' if n > 1 else ''}, {criteria} critères (catalogue {version})",
        f"{n} offer{'s' if n != 1 else ''}, {criteria} criteria (catalogue {version})",
    )


def _legend(ctx: ExportContext) -> str:
    # The labels' first words ("inconnu : à obtenir par écrit" -> "inconnu").
    names = [
        f"{symbol} {(fr if ctx.lang == 'fr' else en).split(':')[0].strip()}"
        for symbol, fr, en in STATUS_LABELS.values()
    ]
    return ctx.t("Symboles des statuts : ", "Status symbols: ") + "   ".join(names)


def _logo(path: Path) -> Flowable:
    """The logo, checked now: a file that is not an image (or is cut short) would otherwise
    fail in the middle of the layout. It is read once, as a regular file of at most
    ``MAX_LOGO_BYTES``: a named pipe or a device is refused, never waited on or read."""
    from reportlab.lib.utils import ImageReader

    try:
        data = read_regular_file(path, MAX_LOGO_BYTES)
    except FileNotFoundError:
        raise ExportError(
            both(f"Logo introuvable : {path}", f"Cannot read the logo: {path} (no such file)")
        ) from None
    except NotRegularFileError as exc:
        raise _unreadable_logo(path, exc.reason) from None
    except FileTooLargeError:
        megabytes = MAX_LOGO_BYTES // (1024 * 1024)
        raise _unreadable_logo(
            path, both(f"plus de {megabytes} Mo", f"over {megabytes} MB")
        ) from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__  # the system's own words
        raise _unreadable_logo(path, both(reason, reason)) from None
    try:
        ImageReader(io.BytesIO(data)).getRGBData()  # decodes every pixel
        image = Image(io.BytesIO(data))
        width, height = image.imageWidth, image.imageHeight
    except Exception:  # PIL and reportlab raise several kinds for unreadable images
        raise _unreadable_logo(
            path, both("une image PNG ou JPEG est attendue", "a PNG or JPEG image is expected")
        ) from None
    scale = min(60 * mm / width, 25 * mm / height)
    image.drawWidth, image.drawHeight = width * scale, height * scale
    image.hAlign = "LEFT"
    return image


def _unreadable_logo(path: Path, why: Localized) -> ExportError:
    return ExportError(
        both(f"Logo illisible : {path} ({why.fr})", f"Cannot read the logo: {path} ({why.en})")
    )


def summary(ctx: ExportContext) -> list[Flowable]:
    """The executive summary, kept on one page (shrunk if a long K.O. list needs it)."""
    st = styles()
    said = verdict(ctx)
    inner: list[Flowable] = [
        Paragraph(escape(said.headline), st["verdict"]),
        Spacer(1, 3 * mm),
    ]
    inner += [Paragraph(escape(s), st["bullet"], bulletText="•") for s in said.reasons]
    label = escape(ctx.t("Solidité du classement :", "How robust:"))
    robust = f"<b>{label}</b> {escape(ctx.scored['sensitivity'])}"
    inner += [Spacer(1, 2 * mm), Paragraph(robust, st["small"])]
    inner += _knockouts(ctx) if ctx.ordered else []
    inner += _risks(ctx, said.winner_id or (ctx.ranked[0].offer_id if ctx.ranked else None))
    inner += _costs(ctx)
    inner += _next_steps(ctx, said.winner_id)
    return [
        heading(ctx.t("Synthèse", "Executive summary")),
        KeepInFrame(PORTRAIT_WIDTH, _SUMMARY_HEIGHT, inner, mode="shrink"),
        PageBreak(),
    ]


def _knockouts(ctx: ExportContext) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [
        Paragraph(escape(ctx.t("Éliminations (K.O.)", "Knock-outs (K.O.)")), st["h3"])
    ]
    knocked = [r for r in ctx.ordered if r.knocked_out]
    if not knocked:
        text = ctx.t(
            "Aucune offre n'échoue sur un critère éliminatoire.",
            "No offer fails a must-have criterion.",
        )
        return [*out, Paragraph(escape(text), st["body"])]
    for result in knocked:
        out.append(Paragraph(f"<b>{escape(result.name)}</b>", st["body"]))
        for cid in result.knockouts:
            value = ctx.value_text(ctx.pe.catalogue.criterion(cid), result.offer_id)
            line = f"{ctx.question(cid)} — {ctx.t('réponse', 'answer')} : {value}"
            if ctx.lang == "en":
                line = line.replace(" :", ":")
            out.append(Paragraph(escape(line), st["bullet"], bulletText="✖"))
    return out


def _risks(ctx: ExportContext, offer_id: str | None) -> list[Flowable]:
    st = styles()
    if offer_id is None:
        return []
    result = ctx.pe.evaluation.result(offer_id)
    title = ctx.t(f"Principaux risques de {result.name}", f"Biggest risks with {result.name}")
    out: list[Flowable] = [Paragraph(escape(title), st["h3"])]
    weak = [a for a in result.asks if a.status in ("red", "unknown", "acceptable")][:4]
    if not weak:
        text = ctx.t("Aucun point faible relevé.", "No weak point found.")
        return [*out, Paragraph(escape(text), st["body"])]
    for ask in weak:
        symbol = STATUS_LABELS[ask.status][0]
        criterion = ctx.pe.catalogue.criterion(ask.criterion_id)
        value = ctx.value_text(criterion, offer_id)
        text = f"{ctx.loc(criterion.question)} ({ctx.t('actuellement', 'now')} : {value})"
        if ctx.lang == "en":
            text = text.replace(" :", ":")
        out.append(Paragraph(escape(text), st["bullet"], bulletText=symbol))
    return out


def _costs(ctx: ExportContext) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [
        Paragraph(escape(ctx.t("Coût sur la durée", "Cost over the term")), st["h3"])
    ]
    if not ctx.ordered:
        return []
    head = [
        ctx.t("Offre", "Offer"),
        ctx.t("Rang", "Rank"),
        ctx.t("Note /100", "Score /100"),
        ctx.t("Mensuel", "Monthly"),
        ctx.t("Durée", "Term"),
        ctx.t("Total sur la durée", "Total over the term"),
        ctx.t("Par an", "Per year"),
    ]
    widths = [54 * mm, 16 * mm, 18 * mm, 22 * mm, 18 * mm, 26 * mm, 26 * mm]
    rows: list[list[str]] = [
        [wrap(h, w - 6, 8, bold=True) for h, w in zip(head, widths, strict=True)]
    ]
    for r in ctx.ordered:
        c = r.costs
        rows.append(
            [
                wrap(r.name, widths[0] - 6, 8),
                ctx.rank_text(r.offer_id),
                ctx.total_text(r.offer_id),
                format_money(c.monthly, ctx.lang),
                ctx.t(f"{c.term_months} mois", f"{c.term_months} months"),
                format_money(c.total_cost, ctx.lang),
                format_money(c.annual_cost, ctx.lang),
            ]
        )
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(table_style([*grid_style(8), ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    return [*out, table]


def _next_steps(ctx: ExportContext, winner_id: str | None) -> list[Flowable]:
    st = styles()
    steps: list[str] = []
    if winner_id is not None:
        result = ctx.pe.evaluation.result(winner_id)
        if result.asks:
            steps.append(
                ctx.t(
                    f"Négocier avec {result.name} les {len(result.asks)} point(s) de la liste "
                    "de négociation, les plus importants d'abord.",
                    f"Negotiate with {result.name} the {len(result.asks)} point(s) of the "
                    "negotiation checklist, most important first.",
                )
            )
    elif ctx.ordered:
        steps.append(
            ctx.t(
                "Faire préciser par écrit les points inconnus et éliminatoires de chaque offre, "
                "puis refaire la comparaison.",
                "Have each provider state the unknown and must-have points in writing, then "
                "compare again.",
            )
        )
    steps.append(
        ctx.t(
            "Vérifier que le contrat signé reprend mot pour mot les engagements notés ici : "
            "ce qui n'y figure pas n'est pas dû.",
            "Check that the signed contract states, word for word, the commitments scored "
            "here: what it leaves out is not owed.",
        )
    )
    title = Paragraph(escape(ctx.t("Prochaines étapes", "Next steps")), st["h3"])
    return [title, *(Paragraph(escape(s), st["bullet"], bulletText="→") for s in steps)]
