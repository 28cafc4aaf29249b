"""The diagnostic summary a consultant leaves with the client after the questionnaire: the
company profile, the ten warning signs with their risk, the first actions, the recommended
sourcing model and why, and what an hour of downtime costs."""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from slaeval.diagnostic_summary import DiagnosticSummary, summarise
from slaeval.diagnostic_texts import DiagnosticTexts, load_diagnostic_texts
from slaeval.downtime import downtime_cost
from slaeval.exports.document import PORTRAIT_WIDTH, PageFrame, heading, render
from slaeval.exports.styles import MUTED, STATUS_TINT, grid_style, styles, table_style, wrap
from slaeval.formatting import format_date, format_money
from slaeval.localized import Lang
from slaeval.project import Project

_SIZE = 7.8
_LEVEL = {  # level: (marks, French, English, tint)
    "high": ("●●●", "élevé", "high", STATUS_TINT["red"]),
    "medium": ("●●○", "moyen", "medium", STATUS_TINT["acceptable"]),
    "low": ("●○○", "faible", "low", STATUS_TINT["unknown"]),
    "none": ("○○○", "aucun", "none", STATUS_TINT["good"]),
}
_ANSWER = {"yes": ("oui", "yes"), "partly": ("en partie", "partly"), "no": ("non", "no")}


class _Say:
    def __init__(self, lang: Lang) -> None:
        self.lang = lang

    def __call__(self, fr: str, en: str) -> str:
        return fr if self.lang == "fr" else en


def diagnostic_pdf(project: Project, lang: Lang, today: date, author: str | None = None) -> bytes:
    t = _Say(lang)
    author = (author or "").strip() or project.info.author.strip()
    texts = load_diagnostic_texts()
    summary = summarise(project.diagnostic, texts)
    client = project.info.client or project.diagnostic.profile.company_name
    story: list[Flowable] = _title(lang, today, client, author, project)
    story += _overall(summary, texts, lang)
    story += _model(summary, texts, lang)
    story += _actions(summary, texts, lang)
    story += _downtime(project, lang)
    story += _signs(project, summary, texts, lang)
    title = t("Diagnostic des besoins informatiques", "IT needs diagnostic")
    if client:
        title = f"{title} — {client}"
    frame = PageFrame(title, format_date(today, lang), "Page", skip_first=False)
    return render(story, title=title, author=author or "slaeval", frame=frame)


def _title(lang: Lang, today: date, client: str, author: str, project: Project) -> list[Flowable]:
    st, t = styles(), _Say(lang)
    profile = project.diagnostic.profile
    story: list[Flowable] = [heading(t("Synthèse du diagnostic", "Diagnostic summary"))]
    who = " · ".join(x for x in (client, author, format_date(today, lang)) if x)
    story.append(Paragraph(escape(who), st["body"]))
    hours = {
        "office": t("horaires de bureau", "office hours"),
        "extended": t("horaires étendus", "extended hours"),
        "24x7": t("24 h/24, 7 j/7", "round the clock"),
    }[profile.business_hours]
    unknown = t("non précisé", "not stated")
    facts = [
        (t("Effectif", "Staff"), str(profile.staff) if profile.staff else unknown),
        (
            t("Personnes dédiées à l'informatique", "In-house IT staff"),
            unknown if profile.it_staff is None else str(profile.it_staff),
        ),
        (t("Activité", "Business hours"), hours),
        (t("Données personnelles", "Personal data"), _bool(profile.personal_data, lang)),
        (
            t("Réglementation", "Regulation"),
            t("aucune", "none") if profile.regulated == "none" else profile.regulated.upper(),
        ),
        (
            t("Services hébergés chez un prestataire", "Services hosted by a provider"),
            _bool(profile.hosted_services, lang),
        ),
    ]
    widths = [52 * mm, 38 * mm, 52 * mm, PORTRAIT_WIDTH - 142 * mm]
    rows = []
    for left, right in zip(facts[:3], facts[3:], strict=True):
        cells = [*left, *right]
        rows.append([wrap(c, w - 6, _SIZE) for c, w in zip(cells, widths, strict=True)])
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                *grid_style(_SIZE, header_rows=0),
                ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
                ("TEXTCOLOR", (2, 0), (2, -1), MUTED),
            ]
        )
    )
    return [*story, Spacer(1, 3 * mm), table]


def _bool(value: bool | None, lang: Lang) -> str:
    t = _Say(lang)
    return (
        t("non précisé", "not stated")
        if value is None
        else (t("oui", "yes") if value else t("non", "no"))
    )


def _overall(summary: DiagnosticSummary, texts: DiagnosticTexts, lang: Lang) -> list[Flowable]:
    st, t = styles(), _Say(lang)
    marks, fr, en, _ = _LEVEL[summary.overall]
    text = t(f"Niveau de risque global : {marks} {fr}", f"Overall risk: {marks} {en}")
    out: list[Flowable] = [Spacer(1, 4 * mm), Paragraph(escape(text), st["verdict"])]
    total = len(texts.signs)
    if summary.answered < total:
        note = t(
            f"Questionnaire incomplet : {summary.answered} signe(s) sur {total} renseigné(s). "
            "Les signes sans réponse sont comptés comme absents.",
            f"Questionnaire incomplete: {summary.answered} of {total} signs answered. "
            "Unanswered signs count as absent.",
        )
        out.append(Paragraph(escape(note), st["small"]))
    return out


def _signs(
    project: Project, summary: DiagnosticSummary, texts: DiagnosticTexts, lang: Lang
) -> list[Flowable]:
    t = _Say(lang)
    widths = [50 * mm, 18 * mm, 24 * mm, PORTRAIT_WIDTH - 92 * mm]
    head = [
        t("Signe d'alerte", "Warning sign"),
        t("Réponse", "Answer"),
        t("Risque", "Risk"),
        t("Ce que cela expose", "What it exposes you to"),
    ]
    rows = [[wrap(h, w - 6, _SIZE, bold=True) for h, w in zip(head, widths, strict=True)]]
    commands = grid_style(_SIZE)
    for index, risk in enumerate(summary.risks, start=1):
        sign = texts.sign(risk.sign_id)
        marks, fr, en, tint = _LEVEL[risk.level]
        answer = (
            t("sans réponse", "no answer")
            if risk.answer is None
            else _ANSWER[risk.answer][lang == "en"]
        )
        detail = sign.risk.get(lang)
        note = project.notes.get(f"sign:{risk.sign_id}")
        if note:
            detail += "\n" + t("Remarque : ", "Note: ") + note
        rows.append(
            [
                wrap(sign.title.get(lang), widths[0] - 6, _SIZE, bold=True),
                wrap(answer, widths[1] - 6, _SIZE),
                f"{marks} {fr if lang == 'fr' else en}",
                wrap(detail, widths[3] - 6, _SIZE),
            ]
        )
        commands.append(("BACKGROUND", (2, index), (2, index), tint))
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(table_style(commands))
    # One table a reader takes in whole: it moves to the next page rather than split.
    return [
        KeepTogether([heading(t("Les dix signes d'alerte", "The ten warning signs"), 1), table])
    ]


def _actions(summary: DiagnosticSummary, texts: DiagnosticTexts, lang: Lang) -> list[Flowable]:
    st, t = styles(), _Say(lang)
    out: list[Flowable] = [heading(t("Premières actions", "First actions"), 1)]
    if not summary.first_actions:
        text = t(
            "Aucun signe d'alerte relevé : gardez l'inventaire et les sauvegardes à jour.",
            "No warning sign found: keep the inventory and the backups up to date.",
        )
        return [*out, Paragraph(escape(text), st["body"])]
    for number, sign_id in enumerate(summary.first_actions[:5], start=1):
        sign = texts.sign(sign_id)
        text = (
            f"{escape(sign.action.get(lang))} "
            f"<font size=8 color='#5f6b7a'>({escape(sign.title.get(lang))})</font>"
        )
        out.append(Paragraph(text, st["bullet"], bulletText=f"{number}."))
    rest = len(summary.first_actions) - 5
    if rest > 0:
        more = t(
            f"Puis les {rest} autre(s) signe(s) présent(s) dans le tableau des signes d'alerte.",
            f"Then the {rest} other sign(s) found, in the table of warning signs.",
        )
        out.append(Paragraph(escape(more), st["muted"]))
    return out


def _model(summary: DiagnosticSummary, texts: DiagnosticTexts, lang: Lang) -> list[Flowable]:
    st, t = styles(), _Say(lang)
    model = texts.models[summary.model]
    out: list[Flowable] = [
        heading(t("Modèle recommandé", "Recommended model"), 1),
        Paragraph(escape(model.label.get(lang)), st["verdict"]),
        Paragraph(escape(model.summary.get(lang)), st["body"]),
        Spacer(1, 2 * mm),
        Paragraph(f"<b>{escape(t('Pourquoi', 'Why'))}</b>", st["body"]),
    ]
    out += [Paragraph(escape(r.get(lang)), st["bullet"], bulletText="•") for r in summary.reasons]
    out.append(Spacer(1, 2 * mm))
    label = escape(t("Point de vigilance :", "Watch out for:"))
    watch = f"<b>{label}</b> {escape(model.watch.get(lang))}"
    out.append(Paragraph(watch, st["body"]))
    return [KeepTogether(out)]


def _downtime(project: Project, lang: Lang) -> list[Flowable]:
    st, t = styles(), _Say(lang)
    profile = project.diagnostic.profile
    cost = downtime_cost(profile)
    out: list[Flowable] = [heading(t("Coût d'une heure d'arrêt", "Cost of an hour of downtime"), 1)]
    if cost.total is None:
        text = t(
            "Non chiffré : renseignez le chiffre d'affaires horaire ou le nombre de personnes "
            "bloquées pour le calculer.",
            "Not priced: fill in the hourly revenue or the number of people held up to work "
            "it out.",
        )
        return [KeepTogether([*out, Paragraph(escape(text), st["body"])])]
    out.append(
        Paragraph(
            f"<b>{escape(format_money(cost.total, lang))}</b> "
            + escape(t("par heure d'arrêt", "per hour of downtime")),
            st["verdict"],
        )
    )
    out += [
        Paragraph(escape(line), st["small"], bulletText="·")
        for line in cost.explain(profile.downtime, lang)
    ]
    return [KeepTogether(out)]
