"""What the reports say, worked out before anything is drawn: the recommendation, the three
reasons behind it, the knock-outs, the biggest risks, the red flags and unknowns per offer.

Pure functions over a project and its evaluation (no reportlab), so the spreadsheet, the PDFs
and the tests read the same sentences.
"""

from __future__ import annotations

from dataclasses import dataclass

from slaeval.evaluation import OfferResult
from slaeval.explain import format_value
from slaeval.formatting import format_money, format_number
from slaeval.localized import Lang
from slaeval.project import Project
from slaeval.project_evaluation import ProjectEvaluation

MAX_RISKS = 3


@dataclass(frozen=True)
class Summary:
    headline: str
    reasons: tuple[str, ...]  # at most three sentences
    knockouts: tuple[tuple[str, tuple[str, ...]], ...]  # offer name, failed criteria
    risks: tuple[str, ...]
    risks_of: str | None  # the offer whose risks are listed


def report_order(pe: ProjectEvaluation) -> list[OfferResult]:
    """Ranked offers best first, then the knocked-out ones by total."""
    ranked = [pe.evaluation.result(i) for i in pe.evaluation.ranking]
    out = sorted(
        (r for r in pe.evaluation.offers if r.rank is None), key=lambda r: (-r.total, r.name)
    )
    return ranked + out


def score_text(total: float, lang: Lang) -> str:
    """A total as every export prints it: one decimal, the user's separator."""
    return format_number(total, lang, 1)


def rank_text(result: OfferResult, lang: Lang) -> str:
    if result.rank is None:
        return "éliminée" if lang == "fr" else "knocked out"
    return str(result.rank)


def criterion_value(
    project: Project, pe: ProjectEvaluation, offer_id: str, cid: str, lang: Lang
) -> str:
    offer = project.offer(offer_id)
    return format_value(
        pe.catalogue.criterion(cid), offer.answers.get(cid), offer.support_window, lang
    )


def summarise(project: Project, pe: ProjectEvaluation, lang: Lang) -> Summary:
    results = report_order(pe)
    knockouts = tuple(
        (r.name, tuple(pe.catalogue.criterion(c).question.get(lang) for c in r.knockouts))
        for r in results
        if r.knocked_out
    )
    headline, reasons = _headline_and_reasons(pe, results, lang)
    focus = results[0] if results else None
    risks = _risks(project, pe, focus, lang) if focus else ()
    return Summary(headline, reasons, knockouts, risks, focus.name if focus else None)


def _headline_and_reasons(
    pe: ProjectEvaluation, results: list[OfferResult], lang: Lang
) -> tuple[str, tuple[str, ...]]:
    fr = lang == "fr"
    ranked = [r for r in results if r.rank is not None]
    if not results:
        return (
            "Aucune offre à comparer" if fr else "No offer to compare",
            (
                "Ajoutez au moins une offre pour obtenir un classement."
                if fr
                else "Add at least one offer to get a ranking.",
            ),
        )
    if not ranked:
        return _all_knocked_out(results, lang)
    if len(ranked) == 1:
        return _single(pe, ranked[0], results, lang)
    first, second = ranked[0], ranked[1]
    if pe.evaluation.sensitivity.close_call:
        head = (
            f"Pas de vainqueur net entre {first.name} et {second.name}"
            if fr
            else f"No clear winner between {first.name} and {second.name}"
        )
    else:
        head = f"Recommandation : {first.name}" if fr else f"Recommendation: {first.name}"
    return head, (
        _margin_sentence(first, second, lang),
        _lead_sentence(pe, first, second, lang),
        _cost_sentence(first, second, lang),
    )


def _all_knocked_out(results: list[OfferResult], lang: Lang) -> tuple[str, tuple[str, ...]]:
    best = results[0]
    if lang == "fr":
        return "Aucune offre ne passe les critères éliminatoires", (
            f"Les {len(results)} offres échouent sur au moins un critère éliminatoire.",
            f"La moins mauvaise, {best.name}, obtient {score_text(best.total, lang)}/100 "
            f"mais échoue sur {len(best.knockouts)} critère(s).",
            "Négociez ces points en priorité ou revoyez la liste des K.O. avant de choisir.",
        )
    return "No offer passes the knock-outs", (
        f"All {len(results)} offers fail at least one knock-out criterion.",
        f"The closest, {best.name}, scores {score_text(best.total, lang)}/100 "
        f"but fails {len(best.knockouts)} criterion(s).",
        "Negotiate those points first, or review the list of K.O.s, before choosing.",
    )


def _single(
    pe: ProjectEvaluation, only: OfferResult, results: list[OfferResult], lang: Lang
) -> tuple[str, tuple[str, ...]]:
    out = len(results) - 1
    total = score_text(only.total, lang)
    cost = format_money(only.costs.total_cost, lang)
    if lang == "fr":
        first = (
            f"{only.name} est la seule offre classée ({total}/100)."
            if not out
            else f"{only.name} est la seule offre qui passe les K.O. ({total}/100) ; "
            f"{out} autre(s) sont éliminée(s)."
        )
        return f"Seule offre retenue : {only.name}", (
            first,
            "Sans point de comparaison, jugez-la sur ses alertes et ses inconnues.",
            f"Elle coûte {cost} sur {only.costs.term_months} mois.",
        )
    first = (
        f"{only.name} is the only ranked offer ({total}/100)."
        if not out
        else f"{only.name} is the only offer that passes the K.O.s ({total}/100); "
        f"{out} other(s) are knocked out."
    )
    return f"Only offer left: {only.name}", (
        first,
        "With nothing to compare it to, judge it on its red flags and unknowns.",
        f"It costs {cost} over {only.costs.term_months} months.",
    )


def _margin_sentence(first: OfferResult, second: OfferResult, lang: Lang) -> str:
    gap = score_text(first.total - second.total, lang)
    a, b = score_text(first.total, lang), score_text(second.total, lang)
    if a == b:
        if lang == "fr":
            return f"{first.name} et {second.name} sont à égalité ({a}/100)."
        return f"{first.name} and {second.name} are level ({a}/100)."
    if lang == "fr":
        return f"{first.name} obtient {a}/100, {gap} points devant {second.name} ({b}/100)."
    return f"{first.name} scores {a}/100, {gap} points ahead of {second.name} ({b}/100)."


def _lead_sentence(
    pe: ProjectEvaluation, first: OfferResult, second: OfferResult, lang: Lang
) -> str:
    weights = pe.evaluation.area_weights
    leads = sorted(((first.areas[a] - second.areas.get(a, 0.0)) * w, a) for a, w in weights.items())
    best = [pe.catalogue.area(a).label.get(lang) for gain, a in reversed(leads) if gain > 0][:3]
    if not best:
        return (
            f"{first.name} ne mène dans aucun domaine pondéré."
            if lang == "fr"
            else f"{first.name} leads in no weighted area."
        )
    names = ", ".join(best)
    if lang == "fr":
        return f"Son avance vient surtout de : {names}."
    return f"Its lead comes mostly from: {names}."


def _cost_sentence(first: OfferResult, second: OfferResult, lang: Lang) -> str:
    """Totals compare only over the same term; otherwise the monthly fees are given too."""
    a, b = first.costs, second.costs
    money = {k: format_money(v, lang) for k, v in (("a", a.total_cost), ("b", b.total_cost))}
    if a.term_months == b.term_months:
        if lang == "fr":
            return (
                f"Sur {a.term_months} mois, elle coûte {money['a']}, contre {money['b']} "
                f"pour {second.name}."
            )
        return (
            f"Over {a.term_months} months it costs {money['a']}, against {money['b']} "
            f"for {second.name}."
        )
    ma, mb = format_money(a.monthly, lang), format_money(b.monthly, lang)
    if lang == "fr":
        return (
            f"Elle coûte {money['a']} sur {a.term_months} mois ({ma} par mois), contre "
            f"{money['b']} sur {b.term_months} mois ({mb} par mois) pour {second.name}."
        )
    return (
        f"It costs {money['a']} over {a.term_months} months ({ma} a month), against "
        f"{money['b']} over {b.term_months} months ({mb} a month) for {second.name}."
    )


def _risks(
    project: Project, pe: ProjectEvaluation, result: OfferResult, lang: Lang
) -> tuple[str, ...]:
    weak = [a for a in result.asks if a.status in ("red", "unknown")][:MAX_RISKS]
    out = []
    for ask in weak:
        question = pe.catalogue.criterion(ask.criterion_id).question.get(lang)
        value = criterion_value(project, pe, result.offer_id, ask.criterion_id, lang)
        out.append(f"{question} — {value}")
    return tuple(out)


def flags_and_unknowns(result: OfferResult) -> tuple[list[str], list[str]]:
    """Criterion ids in red and unknown for one offer, the weightiest first."""
    items = sorted(result.criteria.items(), key=lambda kv: (-kv[1].weight, kv[0]))
    red = [cid for cid, r in items if r.status == "red"]
    unknown = [cid for cid, r in items if r.status == "unknown"]
    return red, unknown
