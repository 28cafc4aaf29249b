"""What a consultant leaves with the client: risk per sign, the recommended model, first actions.

Risk of a sign = its severity (1-3) x the answer (yes 1, partly 0.5, no 0), read as low,
medium or high. The model follows the in-house IT staff and the weight of the severe signs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from slaeval.diagnostic_model import Diagnostic
from slaeval.diagnostic_texts import DiagnosticTexts
from slaeval.localized import Localized, both

RiskLevel = Literal["none", "low", "medium", "high"]
Model = Literal["internal", "external", "hybrid"]
_FACTOR = {"yes": 1.0, "partly": 0.5, "no": 0.0}


@dataclass(frozen=True)
class SignRisk:
    sign_id: str
    answer: str | None
    points: float
    level: RiskLevel


@dataclass(frozen=True)
class DiagnosticSummary:
    risks: tuple[SignRisk, ...]
    overall: RiskLevel
    model: Model
    reasons: tuple[Localized, ...]
    first_actions: tuple[str, ...]  # sign ids, most urgent first
    answered: int


def _level(points: float) -> RiskLevel:
    if points >= 2.5:
        return "high"
    if points >= 1.0:
        return "medium"
    return "low" if points > 0 else "none"


def summarise(diagnostic: Diagnostic, texts: DiagnosticTexts) -> DiagnosticSummary:
    risks = []
    for sign in texts.signs:
        answer = diagnostic.signs.get(sign.id)
        points = sign.severity * _FACTOR.get(answer or "no", 0.0)
        risks.append(SignRisk(sign.id, answer, points, _level(points)))
    total = sum(r.points for r in risks)
    maximum = sum(s.severity for s in texts.signs)
    share = total / maximum if maximum else 0.0
    overall: RiskLevel = (
        "high" if share >= 0.5 else "medium" if share >= 0.25 else ("low" if share > 0 else "none")
    )
    model, reasons = _recommend(diagnostic, share)
    ordered = sorted((r for r in risks if r.points > 0), key=lambda r: (-r.points, r.sign_id))
    return DiagnosticSummary(
        tuple(risks),
        overall,
        model,
        tuple(reasons),
        tuple(r.sign_id for r in ordered),
        len(diagnostic.signs),
    )


def _recommend(diagnostic: Diagnostic, share: float) -> tuple[Model, list[Localized]]:
    profile = diagnostic.profile
    it_staff = profile.it_staff or 0
    staff = profile.staff or 0
    reasons: list[Localized] = []
    if profile.it_staff is None:
        model: Model = "external"
        reasons.append(
            both(
                "le nombre de personnes dédiées à l'informatique n'est pas encore renseigné : "
                "à défaut, on suppose qu'il n'y en a aucune",
                "how many people work on IT in house is not given yet: until it is, "
                "none is assumed",
            )
        )
    elif it_staff == 0:
        model = "external"
        reasons.append(
            both(
                "personne ne s'occupe de l'informatique en interne",
                "nobody in house looks after IT",
            )
        )
    elif it_staff >= 3 and staff >= 100 and share < 0.5:
        model = "internal"
        reasons.append(
            both(
                f"une équipe de {it_staff} personnes existe déjà",
                f"a team of {it_staff} people already exists",
            )
        )
    else:
        model = "hybrid"
        reasons.append(
            both(
                f"{it_staff} personne(s) en interne peuvent garder le quotidien",
                f"{it_staff} in-house person(s) can keep the day-to-day work",
            )
        )
    if share >= 0.5:
        reasons.append(
            both(
                "les signaux d'alerte sont nombreux : il faut de l'aide spécialisée",
                "there are many warning signs: specialist help is needed",
            )
        )
        if model == "internal":
            model = "hybrid"
    if profile.business_hours == "24x7":
        reasons.append(
            both(
                "une astreinte 24 h/24 est difficile à tenir avec une petite équipe",
                "round-the-clock on-call is hard to staff with a small team",
            )
        )
        if model == "internal" and it_staff < 6:
            model = "hybrid"
    return model, reasons
