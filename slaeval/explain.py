"""Readable forms of answers, statuses and the sensitivity result, in either language.

Used by the app, the reports and the CLI, so that "4 h ouvrées (jusqu'à 67 h réelles)" or
"99,9 % (43 min/mois)" reads the same everywhere.
"""

from __future__ import annotations

from slaeval.business_hours import window_text, worst_case_minutes
from slaeval.costs import HOURS_PER_MONTH
from slaeval.criteria import Catalogue, Criterion
from slaeval.evaluation import Evaluation
from slaeval.formatting import format_duration, format_money, format_number, format_percent
from slaeval.localized import Lang
from slaeval.offers import Answer, SupportWindow

STATUS_LABELS: dict[str, tuple[str, str, str]] = {
    # status: (symbol, French, English) — the symbol keeps statuses readable without colour.
    "good": ("✔", "bon", "good"),
    "acceptable": ("~", "acceptable", "acceptable"),
    "red": ("✖", "alerte", "red flag"),
    "unknown": ("?", "inconnu : à obtenir par écrit", "unknown: get it in writing"),
    "not_applicable": ("–", "sans objet", "not applicable"),
}

# unit: (French plural, English plural, French singular, English singular)
_UNITS = {
    "months": ("mois", "months", "mois", "month"),
    "days": ("jours", "days", "jour", "day"),
    "months_of_fees": ("mois de redevance", "months of fees", "mois de redevance", "month of fees"),
    "per_year": ("par an", "per year", "par an", "per year"),
    "count": ("", "", "", ""),
    "hours": ("h", "h", "h", "h"),
}


def status_label(status: str, lang: Lang) -> str:
    symbol, fr, en = STATUS_LABELS[status]
    return f"{symbol} {fr if lang == 'fr' else en}"


# The support-hours answers that say hours are written: the offer's window is shown with them.
_HOURS = "support.hours_defined"
_HOURS_WRITTEN = frozenset({"extended_p1_247", "business_defined"})


def format_value(
    criterion: Criterion, answer: Answer | None, window: SupportWindow, lang: Lang
) -> str:
    """The answer as a person would say it; "unknown" when there is none."""
    if answer is None or answer.value is None:
        return "inconnu" if lang == "fr" else "unknown"
    value = answer.value
    if criterion.kind == "yesno":
        return {"yes": ("oui", "yes"), "partly": ("en partie", "partly"), "no": ("non", "no")}.get(
            str(value), (str(value),) * 2
        )[lang == "en"]
    if criterion.kind == "choice":
        choice = criterion.choice(str(value))
        text = choice.label.get(lang) if choice else str(value)
        if criterion.id == _HOURS and str(value) in _HOURS_WRITTEN:
            text += f" ({window_text(window, lang)})"  # the hours every delay is counted in
        return text
    number = float(value)
    if criterion.kind == "duration":
        return _format_delay(number, answer, window, lang)
    if criterion.kind == "percentage":
        text = format_percent(number, lang, 2)
        if criterion.id == "availability.commitment" and number < 100:
            down = (100 - number) / 100 * HOURS_PER_MONTH * 60
            text += f" ({format_duration(down, lang)}/{'mois' if lang == 'fr' else 'month'})"
        return text
    if criterion.kind == "money":
        return format_money(number, lang)
    names = _UNITS.get(criterion.unit or "count", _UNITS["count"])
    unit = names[(lang == "en") + (2 if number == 1 else 0)]
    return f"{format_number(number, lang, 1)} {unit}".strip()


def _format_delay(minutes: float, answer: Answer, window: SupportWindow, lang: Lang) -> str:
    text = format_duration(minutes, lang)
    if answer.clock != "business":
        return text
    worst = worst_case_minutes(minutes, window)
    if lang == "fr":
        return f"{text} ouvrées (jusqu'à {format_duration(worst, lang)} réelles)"
    return f"{text} business (up to {format_duration(worst, lang)} real time)"


def sensitivity_sentence(evaluation: Evaluation, catalogue: Catalogue, lang: Lang) -> str:
    """One sentence: who would win under which weight change, or that it is a close call."""
    sens = evaluation.sensitivity
    if not evaluation.ranking:
        return (
            "Aucune offre classée : toutes sont éliminées ou absentes."
            if lang == "fr"
            else "No ranked offer: every offer is knocked out or missing."
        )
    if len(evaluation.ranking) == 1:
        return (
            "Une seule offre est classée : pas de comparaison possible."
            if lang == "fr"
            else "Only one offer is ranked: nothing to compare it with."
        )
    parts = []
    if sens.close_call:
        parts.append(
            "Match serré : pas de vainqueur net (moins de 5 points d'écart)."
            if lang == "fr"
            else "Close call: no clear winner (less than 5 points apart)."
        )
    flip = sens.smallest
    if flip is None:
        parts.append(
            "Aucun changement de poids d'un seul domaine ne change le vainqueur."
            if lang == "fr"
            else "No change to a single area weight changes the winner."
        )
    else:
        name = evaluation.result(flip.winner).name
        area = catalogue.area(flip.area).label.get(lang)
        share = format_percent(flip.flip_share, lang, 0)
        up = flip.flip_share > flip.current_share
        if lang == "fr":
            verb = "dépassait" if up else "descendait sous"
            parts.append(f"{name} gagnerait si le poids « {area} » {verb} {share}.")
        else:
            verb = "went above" if up else "went below"
            parts.append(f"{name} would win if {area} {verb} {share}.")
    return " ".join(parts)
