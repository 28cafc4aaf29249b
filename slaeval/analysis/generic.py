"""Apply the data rules: choice rules (a fixed value) and measure rules (a quantity)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from slaeval.analysis.context import Candidate, Context
from slaeval.analysis.quantities import Amount, Duration
from slaeval.analysis.rules import ChoiceRule, MeasureRule

_DURATION_UNITS = frozenset({"minutes", "days", "months"})


def apply_choice_rules(ctx: Context) -> None:
    for rule in ctx.rules.choice_rules:
        for index in ctx.matching_all(rule.all, unique=True):
            if _fires(rule, ctx.folded(index)):
                ctx.add(
                    Candidate(
                        criterion=rule.criterion,
                        value=rule.value,
                        unit=rule.unit,
                        sentence=index,
                        confidence=rule.confidence,
                        rank=rule.rank,
                        clock="calendar" if rule.unit in _DURATION_UNITS else None,
                    )
                )


def _fires(rule: ChoiceRule, text: str) -> bool:
    """The optional patterns of a rule whose required ones all matched."""
    if rule.any and not any(p.search(text) for p in rule.any):
        return False
    return not any(p.search(text) for p in rule.none)


def apply_measure_rules(ctx: Context) -> None:
    for rule in ctx.rules.measure_rules:
        for index in ctx.matching_all(rule.all, unique=True):
            text = ctx.folded(index)
            if any(p.search(text) for p in rule.none):
                continue
            candidate = _measure(ctx, rule, index, text)
            if candidate is not None:
                ctx.add(candidate)


def _measure(ctx: Context, rule: MeasureRule, index: int, text: str) -> Candidate | None:
    anchors = list(rule.anchor.finditer(text))
    if not anchors:
        return None
    if rule.quantity == "money":
        amounts = ctx.rules.quantities.money(text)
        amount = _nearest(amounts, anchors, rule, lambda a: a.value)
        if amount is None:
            return None
        return Candidate(rule.criterion, amount.value, "eur", index, rule.confidence, rule.kind)
    durations = [d for d in ctx.durations(index) if _plausible_delay(d)]
    duration = _nearest(durations, anchors, rule, lambda d: ctx.duration_value(d, rule.unit)[0])
    if duration is None:
        return None
    value, clock = ctx.duration_value(duration, rule.unit)
    return Candidate(
        rule.criterion,
        value,
        rule.unit,
        index,
        rule.confidence,
        kind=rule.kind,
        clock=clock,
    )


def _plausible_delay(duration: Duration) -> bool:
    return duration.amount > 0


Q = TypeVar("Q", Amount, Duration)


def _nearest(
    quantities: list[Q],
    anchors: list[re.Match[str]],
    rule: MeasureRule,
    value_of: Callable[[Q], float],
) -> Q | None:
    """The quantity closest to an anchor (after it, or on either side), within the window."""
    best: tuple[int, Q] | None = None
    for quantity in quantities:
        value = value_of(quantity)
        if not rule.minimum <= value <= rule.maximum:
            continue
        for anchor in anchors:
            if quantity.start >= anchor.end():
                distance = quantity.start - anchor.end()
            elif rule.near == "after_or_before" and quantity.end <= anchor.start():
                distance = anchor.start() - quantity.end
            else:
                continue
            if distance <= rule.window and (best is None or distance < best[0]):
                best = (distance, quantity)
    return None if best is None else best[1]
