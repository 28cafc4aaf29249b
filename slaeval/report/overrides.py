"""The user's overrides as readable rows: which setting, what was suggested, what was chosen.

Override keys are ``area_weight:<area>``, ``criterion_weight:<criterion>``,
``knockout:<criterion>``, ``target:<criterion>`` and ``round_the_clock`` (see project.py).
"""

from __future__ import annotations

from slaeval.criteria import Catalogue
from slaeval.explain import format_value
from slaeval.formatting import format_number
from slaeval.localized import Lang
from slaeval.offers import Answer, SupportWindow
from slaeval.project import OverrideValue
from slaeval.project_evaluation import ProjectEvaluation

_KIND_NAMES = {
    "area_weight": ("Poids du domaine", "Area weight"),
    "criterion_weight": ("Poids du critère", "Criterion weight"),
    "knockout": ("Éliminatoire (K.O.)", "Knock-out (K.O.)"),
    "target": ("Cible", "Target"),
    "round_the_clock": ("Service 24 h/24", "Round-the-clock service"),
}


def override_rows(
    overrides: dict[str, OverrideValue], pe: ProjectEvaluation, lang: Lang
) -> list[tuple[str, str, str]]:
    suggestions = pe.derived.suggestions()
    rows = []
    for key in sorted(overrides):
        kind, _sep, subject = key.partition(":")
        suggested = suggestions.get(key)
        rows.append(
            (
                _setting(kind, subject, pe.catalogue, lang),
                "—" if suggested is None else _value(kind, subject, suggested.value, pe, lang),
                _value(kind, subject, overrides[key], pe, lang),
            )
        )
    return rows


def _setting(kind: str, subject: str, catalogue: Catalogue, lang: Lang) -> str:
    fr, en = _KIND_NAMES.get(kind, (kind, kind))
    name = fr if lang == "fr" else en
    if not subject:
        return name
    if kind == "area_weight":
        area = next((a for a in catalogue.areas if a.id == subject), None)
        label = area.label.get(lang) if area else subject
    else:
        criterion = catalogue.by_id.get(subject)
        label = criterion.question.get(lang) if criterion else subject
    return f"{name} — {label}"


def _value(kind: str, subject: str, value: OverrideValue, pe: ProjectEvaluation, lang: Lang) -> str:
    fr = lang == "fr"
    if value is None:
        return "aucune (retirée)" if fr else "none (removed)"
    if isinstance(value, bool):
        return ("oui" if value else "non") if fr else ("yes" if value else "no")
    criterion = pe.catalogue.by_id.get(subject)
    if kind == "target" and criterion is not None and isinstance(value, int | float):
        return format_value(criterion, Answer(value=float(value)), SupportWindow(), lang)
    if isinstance(value, int | float):
        return format_number(float(value), lang, 2)
    return str(value)
