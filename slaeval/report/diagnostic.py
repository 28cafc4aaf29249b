"""The diagnostic summary a consultant leaves with the client after the questionnaire: the
company profile, the ten warning signs with their risk, the recommended model and why, the
first actions, and what an hour of downtime costs."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from slaeval.diagnostic_summary import DiagnosticSummary, summarise
from slaeval.diagnostic_texts import DiagnosticTexts, load_diagnostic_texts
from slaeval.downtime import downtime_cost
from slaeval.localized import Lang
from slaeval.project import Project
from slaeval.report.cells import Cell, Text, text_table
from slaeval.report.context import ReportContext, make_context
from slaeval.report.document import PORTRAIT_WIDTH, PageText, heading, render
from slaeval.report.fonts import REGULAR
from slaeval.report.styles import (
    ACCENT,
    AREA_BG,
    STATUS_BG,
    bullets,
    esc,
    markup,
    numbered,
    para,
)

MAX_ACTIONS = 5  # the most urgent first; the table below lists every sign
_RISK_BG = {
    "none": STATUS_BG["not_applicable"],
    "low": STATUS_BG["good"],
    "medium": STATUS_BG["acceptable"],
    "high": STATUS_BG["red"],
}
_HOURS = {
    "office": ("heures de bureau", "office hours"),
    "extended": ("horaires étendus, samedi compris", "extended hours, Saturdays included"),
    "24x7": ("24 h/24, 7 j/7", "round the clock, every day"),
}


def diagnostic_flowables(ctx: ReportContext) -> list[Flowable]:
    texts = load_diagnostic_texts()
    summary = summarise(ctx.project.diagnostic, texts)
    parts: list[Flowable] = [para(ctx.t("diagnostic_title"), "cover_title"), Spacer(1, 2 * mm)]
    by = f" — {ctx.t('prepared_by')}{ctx.colon}{ctx.author}" if ctx.author else ""
    parts.append(para(f"{ctx.client or ctx.t('no_client')} — {ctx.day}{by}", "cover_meta"))
    parts.append(Spacer(1, 4 * mm))
    parts += _model_box(ctx, summary, texts)
    parts += [*heading(ctx.t("first_actions"), 0, "h2"), _actions(ctx, summary, texts)]
    parts += [*heading(ctx.t("signs"), 0, "h2"), _signs_table(ctx, summary, texts)]
    parts += [*heading(ctx.t("profile"), 0, "h2"), _profile_table(ctx)]
    parts += _downtime(ctx)
    return parts


def _model_box(
    ctx: ReportContext, summary: DiagnosticSummary, texts: DiagnosticTexts
) -> list[Flowable]:
    model = texts.models[summary.model]
    overall = ctx.t(f"risk_{summary.overall}")
    answered = (
        f"{summary.answered} réponse(s) sur {len(texts.signs)}"
        if ctx.fr
        else f"{summary.answered} of {len(texts.signs)} signs answered"
    )
    inner: list[Flowable] = [
        para(model.label.get(ctx.lang), "headline"),
        para(model.summary.get(ctx.lang)),
        Spacer(1, 2 * mm),
        markup(f"<b>{esc(ctx.t('why'))}</b>", "body"),
        bullets([r.get(ctx.lang) for r in summary.reasons]),
        Spacer(1, 2 * mm),
        markup(
            f"<b>{esc(ctx.t('to_watch'))}</b>{ctx.colon}{esc(model.watch.get(ctx.lang))}", "body"
        ),
        Spacer(1, 2 * mm),
        markup(
            f"<b>{esc(ctx.t('overall_risk'))}</b>{ctx.colon}{esc(overall)} ({esc(answered)})",
            "body",
        ),
    ]
    box = Table(
        [[inner]],
        colWidths=[PORTRAIT_WIDTH],
        style=[
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("BOX", (0, 0), (-1, -1), 1, ACCENT),
            ("BACKGROUND", (0, 0), (-1, -1), AREA_BG),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ],
    )
    parts = heading(ctx.t("recommended_model"), 0, "h2")
    if summary.answered < len(texts.signs):
        warning = (
            f"Questionnaire incomplet ({answered}) : la recommandation repose en partie sur "
            "des réponses par défaut."
            if ctx.fr
            else f"Questionnaire not complete ({answered}): the recommendation rests partly on "
            "default answers."
        )
        parts += [para(warning, "muted"), Spacer(1, 2 * mm)]
    return [*parts, box]


def _actions(ctx: ReportContext, summary: DiagnosticSummary, texts: DiagnosticTexts) -> Flowable:
    if not summary.first_actions:
        return para(ctx.t("no_action"))
    items = []
    for sign_id in summary.first_actions[:MAX_ACTIONS]:
        sign = texts.sign(sign_id)
        text = f"<b>{esc(sign.title.get(ctx.lang))}</b> — {esc(sign.action.get(ctx.lang))}"
        items.append(markup(text))
    return numbered(items)


def _signs_table(ctx: ReportContext, summary: DiagnosticSummary, texts: DiagnosticTexts) -> Table:
    head = ["sign", "answer", "risk", "at_stake"]
    rows: list[Sequence[Cell]] = [[ctx.t(k) for k in head]]
    commands: list[tuple[object, ...]] = []
    notes = ctx.project.notes
    for number, risk in enumerate(summary.risks, start=1):
        sign = texts.sign(risk.sign_id)
        answer = ctx.t(f"answer_{risk.answer or 'none'}")
        note = notes.get(f"sign:{risk.sign_id}", "").strip()
        why = esc(sign.risk.get(ctx.lang))
        if note:
            why += f"<br/><i>{esc(ctx.t('note'))}{ctx.colon}{esc(note)}</i>"
        rows.append(
            [
                Text(f"{number}. {sign.title.get(ctx.lang)}", bold=True),
                answer,
                ctx.t(f"risk_{risk.level}"),
                markup(why, "cell"),
            ]
        )
        commands.append(("BACKGROUND", (2, number), (2, number), _RISK_BG[risk.level]))
    widths = [52 * mm, 24 * mm, 22 * mm, PORTRAIT_WIDTH - 98 * mm]
    return text_table(rows, widths, 1, commands)


def _profile_table(ctx: ReportContext) -> Table:
    p = ctx.project.diagnostic.profile
    fr = ctx.fr
    unknown = "non renseigné" if fr else "not given"

    def yes_no(value: bool | None) -> str:
        return unknown if value is None else ctx.t("yes" if value else "no")

    regulated = {"none": "aucune" if fr else "none", "nis2": "NIS2", "dora": "DORA"}[p.regulated]
    rows = [
        ("Effectif" if fr else "Staff", unknown if p.staff is None else str(p.staff)),
        (
            "Personnes en charge de l'informatique" if fr else "People looking after IT",
            unknown if p.it_staff is None else str(p.it_staff),
        ),
        ("Horaires d'activité" if fr else "Business hours", _HOURS[p.business_hours][not fr]),
        (
            "Données personnelles traitées" if fr else "Personal data processed",
            yes_no(p.personal_data),
        ),
        ("Réglementation" if fr else "Regulation", regulated),
        (
            "Services hébergés chez le prestataire" if fr else "Services hosted by the provider",
            yes_no(p.hosted_services),
        ),
    ]
    table: list[Sequence[Cell]] = [[Text(k, bold=True), v] for k, v in rows]
    return text_table(table, [80 * mm, PORTRAIT_WIDTH - 80 * mm], header_rows=0)


def _downtime(ctx: ReportContext) -> list[Flowable]:
    profile = ctx.project.diagnostic.profile
    lines = downtime_cost(profile).explain(profile.downtime, ctx.lang)
    if not lines:
        lines = [
            "Pas encore chiffré : renseignez le chiffre d'affaires horaire ou le personnel "
            "touché pour estimer ce que coûte une heure d'arrêt."
            if ctx.fr
            else "Not worked out yet: give the hourly revenue or the staff affected to estimate "
            "what an hour of downtime costs."
        ]
    heads = heading(ctx.t("downtime_cost"), 0, "h2")
    return [KeepTogether([*heads, *[para(line) for line in lines]])]


def build_diagnostic(
    project: Project,
    lang: Lang,
    *,
    today: date | None = None,
    author: str | None = None,
) -> bytes:
    ctx = make_context(project, lang, today=today, author=author)
    text = PageText(
        header_left=ctx.header_left("diagnostic_title"),
        header_right=ctx.t("diagnostic_title"),
        footer_left=ctx.day,
        page_word=ctx.t("page"),
        has_cover=False,
    )
    title = (
        f"{ctx.t('diagnostic_title')} — {ctx.client}" if ctx.client else ctx.t("diagnostic_title")
    )
    flowables = diagnostic_flowables(ctx)
    return render(flowables, title=title, author=ctx.author, lang=lang, text=text, first="portrait")
