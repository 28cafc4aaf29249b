"""Score every offer against the requirements: totals, area scores, K.O.s, ranks, costs,
sensitivity and negotiation asks. Pure functions over the project's values; no I/O.

A full re-score runs after every edit, so the loop over offers x criteria is kept lean:
everything that does not depend on the offer is resolved once per re-score (``_Plan``: each
criterion as a plain tuple, thresholds and their span, the area each share adds to), each
offer's cells are kept as plain tuples, and the per-criterion records and the asks are built
only when someone reads them. The rules are those of ``criterion_scoring.score_answer``
(a test checks both agree on every criterion); the arithmetic is the same, so are the results.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from slaeval.asks import Ask, build_asks
from slaeval.business_hours import worst_case_minutes
from slaeval.costs import Costs, offer_costs
from slaeval.criteria import Catalogue, Criterion
from slaeval.criterion_scoring import YESNO_SCORES, thresholds_with_target
from slaeval.offers import AnswerValue, Offer
from slaeval.requirements import Requirements
from slaeval.sensitivity import Sensitivity, analyse_sensitivity

# One scored cell: score, status, the value answered, the value scored (numbers only).
_Cell = tuple[float, str, AnswerValue, float | None]
_UNKNOWN_CELL: _Cell = (0.0, "unknown", None, None)
# One criterion as the scoring loop needs it: id, share of the total (None: not applicable),
# index of its area, the cell of each listed answer (yes/no and choices) or None, the numeric
# rule (good, acceptable, red, span, higher is better) or None, K.O., counted in business hours.
_Step = tuple[
    str,
    float | None,
    int,
    dict[str, _Cell] | None,
    tuple[float, float, float, float, bool] | None,
    bool,
    bool,
]


class CriterionResult(NamedTuple):
    """One offer's result on one criterion (a named tuple: 50 offers x 80 criteria of them are
    built whenever a view reads every result, and a tuple builds twice as fast)."""

    score: float
    weight: float  # share of the total, in percent (all applicable criteria add up to 100)
    status: str
    value: AnswerValue
    effective: float | None


@dataclass(frozen=True, slots=True)
class _Plan:
    """What a re-score needs that does not depend on the offer."""

    steps: tuple[_Step, ...]
    areas: tuple[str, ...]  # each criterion's area, in catalogue order
    area_names: tuple[str, ...]  # the areas with a share, in ``area_share`` order
    area_weights: tuple[float, ...]  # the sum of their criteria's shares


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
    _plan: _Plan = field(repr=False)
    _cells: list[_Cell] = field(repr=False)
    _knockout_ids: frozenset[str] = field(repr=False)
    _tracked: frozenset[str] = field(repr=False, default=frozenset())

    @cached_property
    def criteria(self) -> dict[str, CriterionResult]:
        return {
            step[0]: CriterionResult(score, step[1] or 0.0, status, value, effective)
            for step, (score, status, value, effective) in zip(
                self._plan.steps, self._cells, strict=True
            )
        }

    @cached_property
    def asks(self) -> tuple[Ask, ...]:
        rows = [
            (step[0], area, status, value, score, step[1] or 0.0)
            for step, area, (score, status, value, _) in zip(
                self._plan.steps, self._plan.areas, self._cells, strict=True
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


def _cell(score: float, status: str, value: AnswerValue) -> _Cell:
    return (score, status, value, None)


def _choice_scores(criterion: Criterion) -> dict[str, tuple[float, str]]:
    return {ch.id: (ch.score, ch.status) for ch in criterion.choices}


def _plan(
    catalogue: Catalogue, req: Requirements, area_share: dict[str, float], shares: dict[str, float]
) -> _Plan:
    area_index = {a: i for i, a in enumerate(area_share)}
    area_weights = [0.0] * len(area_index)
    steps: list[_Step] = []
    for c in catalogue.criteria:
        share = shares.get(c.id)
        lookup = numbers = None
        if c.kind == "yesno" or c.kind == "choice":
            rules = YESNO_SCORES if c.kind == "yesno" else _choice_scores(c)
            lookup = {v: _cell(score, status, v) for v, (score, status) in rules.items()}
        else:
            t = thresholds_with_target(c, req.targets.get(c.id))
            higher = c.direction == "higher"
            span = t.good - t.red if higher else t.red - t.good
            numbers = (t.good, t.acceptable, t.red, span, higher)
        index = area_index.get(c.area, -1)
        if share:  # the same additions, in the same order, as an offer's area sums
            area_weights[index] += share
        steps.append((c.id, share, index, lookup, numbers, c.id in req.knockouts, c.business_hours))
    return _Plan(
        tuple(steps),
        tuple(c.area for c in catalogue.criteria),
        tuple(area_index),
        tuple(area_weights),
    )


def _score_offer(
    offer: Offer, plan: _Plan, round_the_clock: bool
) -> tuple[list[_Cell], list[str], list[float]]:
    """Each criterion's cell, the K.O. criteria failed, and the area sums (share x score)."""
    get = offer.answers.get
    window = offer.support_window
    cells: list[_Cell] = []
    add = cells.append
    failed: list[str] = []
    sums = [0.0] * len(plan.area_names)
    for step_id, share, area, lookup, numbers, knockout, business in plan.steps:
        answer = get(step_id)
        value = None if answer is None else answer.value
        if share is None:
            add((0.0, "not_applicable", value, None))
            continue
        if value is None:
            cell = _UNKNOWN_CELL
        elif lookup is not None:
            found = lookup.get(value) if isinstance(value, str) else None
            cell = (0.0, "unknown", value, None) if found is None else found
        elif isinstance(value, float) or (isinstance(value, int) and not isinstance(value, bool)):
            assert numbers is not None
            scored = float(value)
            if business and round_the_clock and answer is not None and answer.clock == "business":
                scored = worst_case_minutes(scored, window)
            good, acceptable, red, span, higher = numbers
            # linear_score inlined: 0 at the red line, 100 at the good line (NaN scores 0)
            if higher:
                fraction = (scored - red) / span
                status = (
                    "good" if scored >= good else "acceptable" if scored >= acceptable else "red"
                )
            else:
                fraction = (red - scored) / span
                status = (
                    "good" if scored <= good else "acceptable" if scored <= acceptable else "red"
                )
            score = (100.0 if fraction >= 1.0 else 100.0 * fraction) if fraction > 0.0 else 0.0
            cell = (score, status, value, scored)
        else:
            cell = (0.0, "unknown", value, None)
        add(cell)
        if knockout and (cell[1] == "red" or cell[1] == "unknown"):
            failed.append(step_id)
        if share:
            sums[area] += share * cell[0]
    return cells, failed, sums


def evaluate(
    catalogue: Catalogue,
    req: Requirements,
    offers: tuple[Offer, ...] | list[Offer],
    tracked: Mapping[str, frozenset[str]] | None = None,
) -> Evaluation:
    """``tracked``: per offer id, criteria whose ask stays listed even when they score well."""
    tracked = tracked or {}
    area_share, shares = criterion_shares(catalogue, req)
    plan = _plan(catalogue, req, area_share, shares)
    named = tuple(zip(plan.area_names, plan.area_weights, strict=True))
    scored = []
    for offer in offers:
        cells, failed, sums = _score_offer(offer, plan, req.round_the_clock)
        areas = {a: (s / w if w else 0.0) for (a, w), s in zip(named, sums, strict=True)}
        total = sum(area_share[a] * s for a, s in areas.items()) / 100.0
        scored.append((offer, cells, failed, areas, total))
    ranked = sorted((s for s in scored if not s[2]), key=lambda s: (-s[4], s[0].name, s[0].id))
    ranks = {s[0].id: i + 1 for i, s in enumerate(ranked)}
    no_tracking: frozenset[str] = frozenset()
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
            plan,
            cells,
            req.knockouts,
            tracked.get(offer.id, no_tracking),
        )
        for offer, cells, failed, areas, total in scored
    ]
    ranking = [s[0].id for s in ranked]
    sensitivity = analyse_sensitivity(
        ranking, {s[0].id: s[4] for s in scored}, {s[0].id: s[3] for s in scored}, area_share
    )
    return Evaluation(tuple(out), area_share, tuple(ranking), sensitivity)
