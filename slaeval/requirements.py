"""Requirements: what the client needs from an offer, derived from the diagnostic.

``derive_requirements`` suggests area weights, K.O.s, targets and the round-the-clock need,
each with the reason it is suggested. The user's overrides are kept apart (override keys are
listed in ``project.py``); ``effective_requirements`` merges both, so that changing a
diagnostic answer later never erases a choice the user made.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from slaeval.criteria import Catalogue, Criterion
from slaeval.diagnostic_model import CompanyProfile, Diagnostic
from slaeval.diagnostic_texts import DiagnosticTexts
from slaeval.downtime import downtime_cost
from slaeval.formatting import format_money
from slaeval.localized import Localized, both, listed
from slaeval.project import OverrideValue

# (profile condition, area, extra points, reason) for profile-driven weight changes.
_ANSWER_FACTOR = {"yes": 1.0, "partly": 0.5, "no": 0.0}


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A derived value and why it is suggested."""

    value: OverrideValue
    reason: Localized


@dataclass(frozen=True)
class DerivedRequirements:
    area_weights: dict[str, Suggestion]
    criterion_weights: dict[str, Suggestion]
    knockouts: dict[str, Suggestion]
    targets: dict[str, Suggestion]
    round_the_clock: Suggestion
    not_applicable: frozenset[str]
    downtime_cost_per_hour: float | None

    def suggestions(self) -> dict[str, Suggestion]:
        """Every suggestion under its override key."""
        items: dict[str, Suggestion] = {"round_the_clock": self.round_the_clock}
        for prefix, values in (
            ("area_weight", self.area_weights),
            ("criterion_weight", self.criterion_weights),
            ("knockout", self.knockouts),
            ("target", self.targets),
        ):
            items.update({f"{prefix}:{key}": s for key, s in values.items()})
        return items


@dataclass(frozen=True)
class Requirements:
    """The requirements scoring uses: derived values with the user's overrides applied."""

    area_weights: dict[str, float]
    criterion_weights: dict[str, float]
    knockouts: frozenset[str]
    targets: dict[str, float]
    round_the_clock: bool
    not_applicable: frozenset[str] = field(default_factory=frozenset)
    downtime_cost_per_hour: float | None = None


def derive_requirements(
    diagnostic: Diagnostic, catalogue: Catalogue, texts: DiagnosticTexts
) -> DerivedRequirements:
    profile = diagnostic.profile
    cost = downtime_cost(profile).total
    return DerivedRequirements(
        area_weights=_area_weights(diagnostic, catalogue, texts),
        criterion_weights=_criterion_weights(catalogue, profile),
        knockouts=_knockouts(catalogue, profile),
        targets=_targets(cost),
        round_the_clock=_round_the_clock(profile),
        not_applicable=_not_applicable(catalogue, profile),
        downtime_cost_per_hour=cost,
    )


def _area_weights(
    diagnostic: Diagnostic, catalogue: Catalogue, texts: DiagnosticTexts
) -> dict[str, Suggestion]:
    points: dict[str, float] = {a.id: a.weight for a in catalogue.areas}
    reasons: dict[str, list[Localized]] = {a.id: [] for a in catalogue.areas}
    for sign in texts.signs:
        factor = _ANSWER_FACTOR.get(diagnostic.signs.get(sign.id, "no"), 0.0)
        for area in sign.areas if factor else ():
            points[area] += sign.severity * factor
            reasons[area].append(sign.title)
    for boosted, extra, why in _profile_boosts(diagnostic.profile):
        points[boosted] += extra
        reasons[boosted].append(why)
    default = both("valeur par défaut pour une PME", "default for a small business")
    return {
        area: Suggestion(round(points[area], 2), _joined(reasons[area]) or default)
        for area in points
    }


def _profile_boosts(profile: CompanyProfile) -> list[tuple[str, float, Localized]]:
    boosts: list[tuple[str, float, Localized]] = []
    if profile.personal_data:
        why = both("vous traitez des données personnelles", "you process personal data")
        boosts += [("data", 3, why), ("security", 1, why)]
    if profile.regulated != "none":
        name = profile.regulated.upper()
        why = both(f"vous êtes concerné par {name}", f"{name} applies to you")
        boosts += [("data", 3, why), ("security", 2, why), ("continuity", 2, why)]
    if profile.business_hours == "24x7":
        why = both("votre activité tourne 24 h/24", "your business runs round the clock")
        boosts += [("oncall", 4, why), ("availability", 2, why)]
    if profile.hosted_services:
        why = both(
            "des services sont hébergés chez le prestataire",
            "some services are hosted by the provider",
        )
        boosts += [("availability", 3, why), ("reversibility", 1, why)]
    if profile.it_staff == 0:
        why = both(
            "personne ne s'occupe de l'informatique en interne", "nobody in house looks after IT"
        )
        boosts += [("governance", 2, why), ("reversibility", 1, why)]
    return boosts


def _joined(reasons: list[Localized]) -> Localized | None:
    """The reasons as one list: "… ; une panne grave a déjà eu lieu ; pas de contrat clair"."""
    if not reasons:
        return None
    return both(listed([r.fr for r in reasons], "fr"), listed([r.en for r in reasons], "en"))


def _criterion_weights(catalogue: Catalogue, profile: CompanyProfile) -> dict[str, Suggestion]:
    default = both("poids du catalogue", "catalogue weight")
    weights = {c.id: Suggestion(c.weight, default) for c in catalogue.criteria}
    if profile.business_hours == "24x7" and "oncall.p1_out_of_hours" in weights:
        weights["oncall.p1_out_of_hours"] = Suggestion(
            catalogue.criterion("oncall.p1_out_of_hours").weight * 2,
            both("votre activité tourne 24 h/24", "your business runs round the clock"),
        )
    return weights


def _knockout_applies(criterion: Criterion, profile: CompanyProfile) -> Localized | None:
    rule = criterion.knockout_default
    if rule == "always":
        return both("indispensable pour tout client", "a must for every client")
    if rule == "personal_data" and profile.personal_data:
        return both(
            "obligatoire dès que des données personnelles sont traitées",
            "required as soon as personal data is processed",
        )
    if rule == "regulated" and profile.regulated != "none":
        return both(
            "exigé par la réglementation qui vous concerne",
            "required by the regulation that applies to you",
        )
    if rule == "hosted" and profile.hosted_services:
        return both(
            "des services sont hébergés chez le prestataire",
            "some services are hosted by the provider",
        )
    return None


def _knockouts(catalogue: Catalogue, profile: CompanyProfile) -> dict[str, Suggestion]:
    result: dict[str, Suggestion] = {}
    for criterion in catalogue.criteria:
        if not criterion.knockout_allowed:
            continue
        why = _knockout_applies(criterion, profile)
        result[criterion.id] = Suggestion(
            why is not None, why or both("pas éliminatoire par défaut", "not a K.O. by default")
        )
    return result


def _targets(cost_per_hour: float | None) -> dict[str, Suggestion]:
    if cost_per_hour is None:
        return {}
    targets: dict[str, Suggestion] = {}
    fr_cost = format_money(cost_per_hour, "fr")
    en_cost = format_money(cost_per_hour, "en")
    why = both(
        f"une heure d'arrêt vous coûte environ {fr_cost}",
        f"an hour of downtime costs you about {en_cost}",
    )
    if cost_per_hour >= 2000:
        targets["support.p1_restoration"] = Suggestion(240.0, why)
        targets["continuity.rto"] = Suggestion(240.0, why)
    elif cost_per_hour >= 500:
        targets["support.p1_restoration"] = Suggestion(480.0, why)
    if cost_per_hour >= 1000:
        targets["availability.commitment"] = Suggestion(99.9, why)
    return targets


def _round_the_clock(profile: CompanyProfile) -> Suggestion:
    if profile.business_hours == "24x7":
        return Suggestion(
            True, both("votre activité tourne 24 h/24", "your business runs round the clock")
        )
    return Suggestion(
        False,
        both("votre activité suit des horaires de bureau", "your business keeps office hours"),
    )


def _not_applicable(catalogue: Catalogue, profile: CompanyProfile) -> frozenset[str]:
    off = set()
    for criterion in catalogue.criteria:
        rule = criterion.applies_when
        if (
            (rule == "personal_data" and profile.personal_data is False)
            or (rule == "regulated" and profile.regulated == "none")
            or (rule == "hosted" and profile.hosted_services is False)
        ):
            off.add(criterion.id)
    return frozenset(off)


def effective_requirements(
    derived: DerivedRequirements, overrides: dict[str, OverrideValue]
) -> Requirements:
    """Derived values, each replaced by the user's override when there is one."""

    def pick(key: str, suggested: OverrideValue) -> OverrideValue:
        return overrides.get(key, suggested)

    areas = {
        a: _as_float(pick(f"area_weight:{a}", s.value)) for a, s in derived.area_weights.items()
    }
    criteria = {
        c: _as_float(pick(f"criterion_weight:{c}", s.value))
        for c, s in derived.criterion_weights.items()
    }
    knockouts = frozenset(
        c for c, s in derived.knockouts.items() if pick(f"knockout:{c}", s.value) is True
    )
    targets = {c: _as_float(s.value) for c, s in derived.targets.items()}
    for key, value in overrides.items():
        if key.startswith("target:"):
            if value is None:
                targets.pop(key[7:], None)
            else:
                targets[key[7:]] = _as_float(value)
    return Requirements(
        area_weights=areas,
        criterion_weights=criteria,
        knockouts=knockouts,
        targets=targets,
        round_the_clock=pick("round_the_clock", derived.round_the_clock.value) is True,
        not_applicable=derived.not_applicable,
        downtime_cost_per_hour=derived.downtime_cost_per_hour,
    )


def _as_float(value: OverrideValue) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return 0.0
    return max(0.0, float(value))
