"""Score every offer against the requirements: totals, area scores, K.O.s, ranks, costs,
sensitivity and negotiation asks. Pure functions over the project's values; no I/O.

A full re-score runs after every edit, so the loop over offers x criteria is kept lean: what
does not depend on the offer is resolved once (``_plan``), each offer's results are kept as
plain lists, and the per-criterion records and the asks are built only when someone reads them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from slaeval.asks import Ask, build_asks
from slaeval.business_hours import worst_case_minutes
from slaeval.costs import Costs, offer_costs
from slaeval.criteria import Catalogue
from slaeval.criterion_scoring import linear_score, thresholds_with_target
from slaeval.offers import AnswerValue, Offer
from slaeval.requirements import Requirements
from slaeval.sensitivity import Sensitivity, analyse_sensitivity

_YESNO = {"yes": (100.0, "good"), "partly": (50.0, "acceptable"), "no": (0.0, "red")}
_UNKNOWN = (0.0, "unknown")


@dataclass(frozen=True, slots=True)
class CriterionResult:
    score: float
    weight: float  # share of the total, in percent (all applicable criteria add up to 100)
    status: str
    value: AnswerValue
    effective: float | None


@dataclass(frozen=True, slots=True)
class _Step:
    """One criterion as the scoring loop needs it."""

    id: str
    area: str
    share: float | None  # None: not applicable
    lookup: dict[str, tuple[float, str]] | None  # yes/no and choices
    thresholds: tuple[float, float, float] | None  # good, acceptable, red
    higher: bool
    knockout: bool
    business: bool


@dataclass(frozen=True)
class OfferResult:
    offer_id: str
    name: str
    rank: int | None
    total: float
    knocked_out: bool
    knockouts: tuple[str, ...]
    areas: dict[str, float]
    costs: Costs
    _steps: tuple[_Step, ...] = field(repr=False)
    _scores: list[float] = field(repr=False)
    _statuses: list[str] = field(repr=False)
    _values: list[AnswerValue] = field(repr=False)
    _effective: list[float | None] = field(repr=False)
    _knockout_ids: frozenset[str] = field(repr=False)
    _tracked: frozenset[str] = field(repr=False, default=frozenset())

    @cached_property
    def criteria(self) -> dict[str, CriterionResult]:
        return {
            step.id: CriterionResult(score, step.share or 0.0, status, value, effective)
            for step, score, status, value, effective in zip(
                self._steps,
                self._scores,
                self._statuses,
                self._values,
                self._effective,
                strict=True,
            )
        }

    @cached_property
    def asks(self) -> tuple[Ask, ...]:
        rows = [
            (step.id, step.area, status, value, score, step.share or 0.0)
            for step, score, status, value in zip(
                self._steps, self._scores, self._statuses, self._values, strict=True
            )
        ]
        return build_asks(rows, self._knockout_ids, self._tracked)  # type: ignore[arg-type]


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
            weight = req.criterion_weights.get(c.id, 0.0)
            shares[c.id] = area_share[c.area] * weight / per_area[c.area]
    return area_share, shares


def _plan(catalogue: Catalogue, req: Requirements, shares: dict[str, float]) -> tuple[_Step, ...]:
    steps = []
    for c in catalogue.criteria:
        lookup = None
        thresholds = None
        if c.kind == "yesno":
            lookup = _YESNO
        elif c.kind == "choice":
            lookup = {ch.id: (ch.score, ch.status) for ch in c.choices}
        else:
            t = thresholds_with_target(c, req.targets.get(c.id))
            thresholds = (t.good, t.acceptable, t.red)
        steps.append(
            _Step(
                c.id,
                c.area,
                shares.get(c.id),
                lookup,
                thresholds,
                c.direction == "higher",
                c.id in req.knockouts,
                c.business_hours,
            )
        )
    return tuple(steps)


def _score_offer(
    offer: Offer, steps: tuple[_Step, ...], round_the_clock: bool
) -> tuple[list[float], list[str], list[AnswerValue], list[float | None], list[str]]:
    answers = offer.answers
    window = offer.support_window
    scores: list[float] = []
    statuses: list[str] = []
    values: list[AnswerValue] = []
    effective: list[float | None] = []
    failed: list[str] = []
    for step in steps:
        answer = answers.get(step.id)
        value = None if answer is None else answer.value
        scored = None
        if step.share is None:
            score, status = 0.0, "not_applicable"
        elif value is None:
            score, status = _UNKNOWN
        elif step.lookup is not None:
            score, status = step.lookup.get(value, _UNKNOWN) if isinstance(value, str) else _UNKNOWN
        elif isinstance(value, bool) or not isinstance(value, int | float):
            score, status = _UNKNOWN
        else:
            scored = float(value)
            if (
                step.business
                and round_the_clock
                and answer is not None
                and (answer.clock == "business")
            ):
                scored = worst_case_minutes(scored, window)
            score, status = _score_number(scored, step)
        if step.knockout and (status == "red" or status == "unknown"):
            failed.append(step.id)
        scores.append(score)
        statuses.append(status)
        values.append(value)
        effective.append(scored)
    return scores, statuses, values, effective, failed


def _score_number(value: float, step: _Step) -> tuple[float, str]:
    assert step.thresholds is not None
    return linear_score(value, step.higher, *step.thresholds)


def _area_scores(
    steps: tuple[_Step, ...], scores: list[float], area_share: dict[str, float]
) -> dict[str, float]:
    sums = dict.fromkeys(area_share, 0.0)
    weights = dict.fromkeys(area_share, 0.0)
    for step, score in zip(steps, scores, strict=True):
        if step.share:
            sums[step.area] += step.share * score
            weights[step.area] += step.share
    return {a: (sums[a] / weights[a] if weights[a] else 0.0) for a in area_share}


def evaluate(
    catalogue: Catalogue,
    req: Requirements,
    offers: tuple[Offer, ...] | list[Offer],
    tracked: Mapping[str, frozenset[str]] | None = None,
) -> Evaluation:
    """``tracked``: per offer id, criteria whose ask stays listed even when they score well."""
    tracked = tracked or {}
    area_share, shares = criterion_shares(catalogue, req)
    steps = _plan(catalogue, req, shares)
    scored = []
    for offer in offers:
        scores, statuses, values, effective, failed = _score_offer(
            offer, steps, req.round_the_clock
        )
        areas = _area_scores(steps, scores, area_share)
        total = sum(area_share[a] * s for a, s in areas.items()) / 100.0
        scored.append((offer, (scores, statuses, values, effective), failed, areas, total))
    ranked = sorted((s for s in scored if not s[2]), key=lambda s: (-s[4], s[0].name, s[0].id))
    ranks = {s[0].id: i + 1 for i, s in enumerate(ranked)}
    out = [
        OfferResult(
            offer.id,
            offer.name,
            ranks.get(offer.id),
            total,
            bool(failed),
            tuple(failed),
            areas,
            offer_costs(offer, req.downtime_cost_per_hour, total),
            steps,
            *lists,
            req.knockouts,
            tracked.get(offer.id, frozenset()),
        )
        for offer, lists, failed, areas, total in scored
    ]
    ranking = [s[0].id for s in ranked]
    sensitivity = analyse_sensitivity(
        ranking, {s[0].id: s[4] for s in scored}, {s[0].id: s[3] for s in scored}, area_share
    )
    return Evaluation(tuple(out), area_share, tuple(ranking), sensitivity)
