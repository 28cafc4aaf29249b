"""The method appendix: how scores are made, the area weights, the requirements derived from
the diagnostic with their reasons, the user's overrides, the K.O.s, and every criterion's
thresholds with the basis of its default (norm, market practice or calibration)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from slaeval.criteria import Criterion
from slaeval.criterion_scoring import thresholds_with_target
from slaeval.downtime import downtime_cost
from slaeval.explain import format_value
from slaeval.formatting import format_number, format_percent
from slaeval.offers import Answer, SupportWindow
from slaeval.report.cells import Cell, Text, text_table
from slaeval.report.context import ReportContext
from slaeval.report.document import (
    LANDSCAPE_WIDTH,
    PORTRAIT_WIDTH,
    heading,
    subheading,
    to_landscape,
)
from slaeval.report.overrides import override_rows
from slaeval.report.styles import para


def method_section(ctx: ReportContext) -> list[Flowable]:
    parts: list[Flowable] = [*heading(ctx.t("method")), para(_how_scores_work(ctx))]
    version = f"{ctx.t('catalogue_version')}{ctx.colon}{ctx.pe.catalogue.version}"
    parts += [Spacer(1, 2 * mm), para(version, "muted")]
    parts += [*heading(ctx.t("area_weights"), 1), _area_table(ctx)]
    parts += [*heading(ctx.t("requirements"), 1), *_requirements(ctx)]
    parts += [*heading(ctx.t("knockout_rules"), 1), _knockout_table(ctx)]
    parts += [*heading(ctx.t("overrides"), 1), _overrides(ctx)]
    parts += to_landscape()
    parts += [*heading(ctx.t("thresholds"), 1), _threshold_table(ctx)]
    return parts


def _how_scores_work(ctx: ReportContext) -> str:
    if ctx.fr:
        return (
            "Chaque réponse reçoit une note de 0 à 100 : les choix ont une note fixe, les valeurs "
            "chiffrées sont notées en ligne droite entre le seuil d'alerte (0) et le bon niveau "
            "(100). Une réponse inconnue compte comme la pire. La note d'un domaine est la moyenne "
            "pondérée de ses critères ; le total est la somme des domaines selon leur part. "
            "Une offre en alerte ou sans réponse sur un critère éliminatoire (K.O.) sort du "
            "classement. "
            "Un délai exprimé en heures ouvrées est noté sur son pire cas réel quand l'entreprise "
            "a besoin d'un service 24 h/24."
        )
    return (
        "Each answer gets a score from 0 to 100: choices carry a fixed score, figures are scored "
        "on a straight line from the red-flag threshold (0) to the good level (100). An unknown "
        "answer counts as the worst one. An area's score is the weighted mean of its criteria; "
        "the total adds the areas by their share. An offer with a red flag or no answer on a "
        "knock-out (K.O.) criterion leaves the ranking. A delay stated in business hours is "
        "scored on its real worst case when the business needs round-the-clock service."
    )


def _area_table(ctx: ReportContext) -> Table:
    derived = ctx.pe.derived.area_weights
    chosen = ctx.pe.requirements.area_weights
    shares = ctx.pe.evaluation.area_weights
    rows: list[Sequence[Cell]] = [
        [ctx.t(k) for k in ("area", "suggested", "chosen", "share", "reason")]
    ]
    for area in ctx.pe.catalogue.areas_in_review_order():
        suggestion = derived[area.id]
        rows.append(
            [
                area.label.get(ctx.lang),
                format_number(float(suggestion.value or 0), ctx.lang, 1),
                format_number(chosen.get(area.id, 0.0), ctx.lang, 1),
                format_percent(shares.get(area.id, 0.0), ctx.lang, 1),
                suggestion.reason.get(ctx.lang),
            ]
        )
    widths = [42 * mm, 18 * mm, 18 * mm, 20 * mm]
    widths.append(PORTRAIT_WIDTH - sum(widths))
    return text_table(rows, widths, right=(1, 2, 3))


def _requirements(ctx: ReportContext) -> list[Flowable]:
    derived, req = ctx.pe.derived, ctx.pe.requirements
    profile = ctx.project.diagnostic.profile
    lines = downtime_cost(profile).explain(profile.downtime, ctx.lang)
    parts: list[Flowable] = subheading(ctx.t("downtime_cost"))
    if lines:
        parts += [para(line) for line in lines]
    else:
        missing = (
            "Non renseigné : les cibles liées au coût de l'arrêt ne s'appliquent pas."
            if ctx.fr
            else "Not filled in: the targets that follow from the cost of downtime do not apply."
        )
        parts.append(para(missing))
    clock = (
        ("Service 24 h/24 exigé" if req.round_the_clock else "Service aux heures ouvrées suffisant")
        if ctx.fr
        else (
            "Round-the-clock service required"
            if req.round_the_clock
            else "Office-hours service is enough"
        )
    )
    why = derived.round_the_clock.reason.get(ctx.lang)
    if "round_the_clock" in ctx.project.overrides:
        why = "choisi par l'utilisateur" if ctx.fr else "chosen by the user"
    parts.append(para(f"{clock} — {why}", "body"))
    if derived.targets or req.targets:
        parts += subheading("Cibles" if ctx.fr else "Targets")
        parts.append(_target_table(ctx))
    if derived.not_applicable:
        questions = [
            ctx.pe.catalogue.criterion(c).question.get(ctx.lang)
            for c in sorted(derived.not_applicable)
        ]
        parts += subheading(ctx.t("not_applicable").capitalize())
        parts += [para(f"– {q}", "small") for q in questions]
    return parts


def _threshold_text(criterion: Criterion, value: float, ctx: ReportContext) -> str:
    return format_value(criterion, Answer(value=value), SupportWindow(), ctx.lang)


def _target_table(ctx: ReportContext) -> Table:
    derived, req = ctx.pe.derived.targets, ctx.pe.requirements.targets
    rows: list[Sequence[Cell]] = [
        [ctx.t(k) for k in ("criterion", "suggested", "chosen", "reason")]
    ]
    for cid in sorted(set(derived) | set(req)):
        criterion = ctx.pe.catalogue.criterion(cid)
        suggested = derived.get(cid)
        suggested_text = (
            "—"
            if suggested is None or not isinstance(suggested.value, int | float)
            else _threshold_text(criterion, float(suggested.value), ctx)
        )
        chosen = req.get(cid)
        rows.append(
            [
                criterion.question.get(ctx.lang),
                suggested_text,
                "—" if chosen is None else _threshold_text(criterion, chosen, ctx),
                "—" if suggested is None else suggested.reason.get(ctx.lang),
            ]
        )
    widths = [70 * mm, 22 * mm, 22 * mm]
    widths.append(PORTRAIT_WIDTH - sum(widths))
    return text_table(rows, widths)


def _knockout_table(ctx: ReportContext) -> Flowable:
    chosen = ctx.pe.requirements.knockouts
    if not chosen:
        return para("Aucun critère éliminatoire." if ctx.fr else "No knock-out criterion.")
    derived = ctx.pe.derived.knockouts
    by_user = "choisi par l'utilisateur" if ctx.fr else "chosen by the user"
    rows: list[Sequence[Cell]] = [[ctx.t(k) for k in ("criterion", "reason")]]
    for criterion in ctx.pe.catalogue.criteria:
        if criterion.id not in chosen:
            continue
        suggestion = derived.get(criterion.id)
        reason = suggestion.reason.get(ctx.lang) if suggestion and suggestion.value else by_user
        rows.append([criterion.question.get(ctx.lang), reason])
    widths = [110 * mm, PORTRAIT_WIDTH - 110 * mm]
    return text_table(rows, widths)


def _overrides(ctx: ReportContext) -> Flowable:
    rows = override_rows(ctx.project.overrides, ctx.pe, ctx.lang)
    if not rows:
        return para(ctx.t("no_override"))
    table: list[Sequence[Cell]] = [[ctx.t(k) for k in ("setting", "suggested", "chosen")]]
    table += [[name, old, new] for name, old, new in rows]
    widths = [110 * mm, 34 * mm, PORTRAIT_WIDTH - 144 * mm]
    return text_table(table, widths)


def _threshold_table(ctx: ReportContext) -> Table:
    keys = ("criterion", "weight", "good", "acceptable", "red", "knockout", "basis")
    rows: list[Sequence[Cell]] = [[ctx.t(k) for k in keys]]
    req = ctx.pe.requirements
    for criterion in ctx.pe.catalogue.criteria:
        good, acceptable, red = _levels(criterion, req.targets.get(criterion.id), ctx)
        basis = f"{ctx.t('basis_' + criterion.basis.kind)}{ctx.colon}{criterion.basis.reference}"
        rows.append(
            [
                criterion.question.get(ctx.lang),
                format_number(req.criterion_weights.get(criterion.id, 0.0), ctx.lang, 1),
                good,
                acceptable,
                red,
                Text("K.O." if criterion.id in req.knockouts else "", bold=True),
                basis,
            ]
        )
    widths = [78 * mm, 13 * mm, 34 * mm, 34 * mm, 34 * mm, 11 * mm]
    widths.append(LANDSCAPE_WIDTH - sum(widths))
    return text_table(rows, widths, right=(1,))


def _levels(criterion: Criterion, target: float | None, ctx: ReportContext) -> tuple[str, str, str]:
    if criterion.kind == "yesno":
        return ctx.t("answer_yes"), ctx.t("answer_partly"), ctx.t("answer_no")
    if criterion.kind == "choice":
        by_status = {
            status: " / ".join(
                c.label.get(ctx.lang) for c in criterion.choices if c.status == status
            )
            or "—"
            for status in ("good", "acceptable", "red")
        }
        return by_status["good"], by_status["acceptable"], by_status["red"]
    t = thresholds_with_target(criterion, target)
    better, worse = ("≥ ", "< ") if criterion.direction == "higher" else ("≤ ", "> ")
    return (
        better + _threshold_text(criterion, t.good, ctx),
        better + _threshold_text(criterion, t.acceptable, ctx),
        worse + _threshold_text(criterion, t.acceptable, ctx),
    )
