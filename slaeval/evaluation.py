"""Score every offer against the requirements: totals, area scores, K.O.s, ranks, costs,
sensitivity and negotiation asks. Pure functions over the project's values; no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass

from slaeval.asks import Ask, build_asks
from slaeval.costs import Costs, offer_costs
from slaeval.criteria import Catalogue, Criterion, Thresholds
from slaeval.criterion_scoring import NOT_APPLICABLE, Scored, score_with, thresholds_with_target
from slaeval.offers import AnswerValue, Offer
from slaeval.requirements import Requirements
from slaeval.sensitivity import Sensitivity, analyse_sensitivity


@dataclass(frozen=True, slots=True)
class CriterionResult:
    score: float
    weight: float  # share of the total, in percent (all applicable criteria add up to 100)
    status: str
    value: AnswerValue
    effective: float | None


@dataclass(frozen=True)
class OfferResult:
    offer_id: str
    name: str
    rank: int | None
    total: float
    knocked_out: bool
    knockouts: tuple[str, ...]
    areas: dict[str, float]
    criteria: dict[str, CriterionResult]
    costs: Costs
    asks: tuple[Ask, ...]


@dataclass(frozen=True)
class Evaluation:
    offers: tuple[OfferResult, ...]
    area_weights: dict[str, float]  # percent, adding up to 100
    ranking: tuple[str, ...]  # offer ids, best first, knocked-out offers left out
    sensitivity: Sensitivity

    @property
    def winner(self) -> OfferResult | None:
        return self.result(self.ranking[0]) if self.ranking else None

    def result(self, offer_id: str) -> OfferResult:
        return next(r for r in self.offers if r.offer_id == offer_id)


def criterion_shares(
    catalogue: Catalogue, req: Requirements
) -> tuple[dict[str, float], dict[str, float]]:
    """Area shares and criterion shares (percent of the total) for the applicable criteria."""
    per_area: dict[str, float] = {}
    for c in catalogue.criteria:
        if c.id not in req.not_applicable:
            per_area[c.area] = per_area.get(c.area, 0.0) + req.criterion_weights.get(c.id, 0.0)
    used = {a: req.area_weights.get(a, 0.0) for a, w in per_area.items() if w > 0}
    total_area = sum(used.values())
    area_share = {a: 100.0 * w / total_area if total_area else 0.0 for a, w in used.items()}
    shares: dict[str, float] = {}
    for c in catalogue.criteria:
        if c.area in area_share and c.id not in req.not_applicable:
            shares[c.id] = (
                area_share[c.area] * req.criterion_weights.get(c.id, 0.0) / per_area[c.area]
            )
    return area_share, shares


Plan = list[tuple[Criterion, float | None, Thresholds | None, bool]]


def _plan(catalogue: Catalogue, req: Requirements, shares: dict[str, float]) -> Plan:
    """Per criterion, what does not depend on the offer: share, thresholds, K.O."""
    return [
        (
            c,
            shares.get(c.id),
            thresholds_with_target(c, req.targets.get(c.id)) if c.thresholds else None,
            c.id in req.knockouts,
        )
        for c in catalogue.criteria
    ]


def _score_offer(
    offer: Offer, plan: Plan, round_the_clock: bool
) -> tuple[dict[str, CriterionResult], list[str]]:
    results: dict[str, CriterionResult] = {}
    failed: list[str] = []
    answers = offer.answers
    window = offer.support_window
    for criterion, share, thresholds, knockout in plan:
        answer = answers.get(criterion.id)
        scored: Scored
        if share is None:
            scored = NOT_APPLICABLE
            share = 0.0
        else:
            scored = score_with(criterion, answer, window, thresholds, round_the_clock)
            if knockout and scored.status in ("red", "unknown"):
                failed.append(criterion.id)
        value = answer.value if answer is not None else None
        results[criterion.id] = CriterionResult(
            scored.score, share, scored.status, value, scored.effective
        )
    return results, failed


def _area_scores(
    catalogue: Catalogue, results: dict[str, CriterionResult], area_share: dict[str, float]
) -> dict[str, float]:
    sums: dict[str, list[float]] = {a: [0.0, 0.0] for a in area_share}
    for c in catalogue.criteria:
        r = results[c.id]
        if r.weight > 0 and c.area in sums:
            sums[c.area][0] += r.weight * r.score
            sums[c.area][1] += r.weight
    return {a: (s / w if w else 0.0) for a, (s, w) in sums.items()}


def evaluate(
    catalogue: Catalogue, req: Requirements, offers: tuple[Offer, ...] | list[Offer]
) -> Evaluation:
    area_share, shares = criterion_shares(catalogue, req)
    plan = _plan(catalogue, req, shares)
    scored = []
    for offer in offers:
        results, failed = _score_offer(offer, plan, req.round_the_clock)
        areas = _area_scores(catalogue, results, area_share)
        total = sum(area_share[a] * s for a, s in areas.items()) / 100.0
        scored.append((offer, results, failed, areas, total))
    ranked = sorted((s for s in scored if not s[2]), key=lambda s: (-s[4], s[0].name, s[0].id))
    ranks = {s[0].id: i + 1 for i, s in enumerate(ranked)}
    area_of = {c.id: c.area for c in catalogue.criteria}
    out = []
    for offer, results, failed, areas, total in scored:
        rows = [
            (cid, area_of[cid], r.status, r.value, r.score, r.weight) for cid, r in results.items()
        ]
        out.append(
            OfferResult(
                offer.id,
                offer.name,
                ranks.get(offer.id),
                total,
                bool(failed),
                tuple(failed),
                areas,
                results,
                offer_costs(offer, req.downtime_cost_per_hour, total),
                build_asks(rows, req.knockouts),  # type: ignore[arg-type]
            )
        )
    ranking = [s[0].id for s in ranked]
    sensitivity = analyse_sensitivity(
        ranking, {s[0].id: s[4] for s in scored}, {s[0].id: s[3] for s in scored}, area_share
    )
    return Evaluation(tuple(out), area_share, tuple(ranking), sensitivity)
