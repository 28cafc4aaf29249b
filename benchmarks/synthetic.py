"""Synthetic projects of any size, with valid random answers for every criterion."""

from __future__ import annotations

import random

from slaeval.criteria import Catalogue, Criterion
from slaeval.demo import demo_diagnostic
from slaeval.offers import Answer, AnswerValue, Offer, Prices
from slaeval.project import Project


def _value(criterion: Criterion, rng: random.Random) -> AnswerValue:
    if rng.random() < 0.1:
        return None
    if criterion.kind == "yesno":
        return rng.choice(["yes", "partly", "no"])
    if criterion.kind == "choice":
        return rng.choice(criterion.choices).id
    t = criterion.thresholds
    assert t is not None
    low, high = sorted((t.good, t.red))
    span = high - low
    value = rng.uniform(max(0.0, low - span / 2), high + span / 2)
    return min(value, 100.0) if criterion.kind == "percentage" else value


def synthetic_offer(catalogue: Catalogue, index: int, seed: int = 1) -> Offer:
    rng = random.Random(seed * 1000 + index)
    answers = {}
    for criterion in catalogue.criteria:
        value = _value(criterion, rng)
        if value is not None:
            clock = "business" if criterion.business_hours and rng.random() < 0.5 else "calendar"
            answers[criterion.id] = Answer(value=value, clock=clock)  # type: ignore[arg-type]
    prices = Prices(
        setup=rng.uniform(0, 10_000),
        monthly=rng.uniform(1000, 9000),
        term_months=rng.choice([12, 24, 36]),
    )
    return Offer(id=f"o{index}", name=f"Provider {index:02d}", answers=answers, prices=prices)


def synthetic_project(catalogue: Catalogue, offers: int) -> Project:
    return Project(
        diagnostic=demo_diagnostic(),
        offers=tuple(synthetic_offer(catalogue, i) for i in range(offers)),
    )
