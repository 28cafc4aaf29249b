"""Score one answer against one criterion: 0-100 and a status.

Numeric answers score linearly between the red-flag threshold (0) and the good threshold (100);
yes/no and choices use explicit rules from the catalogue. An unknown answer scores as the worst
case. A delay stated in business hours is scored on its real worst case when the client needs
round-the-clock service.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from slaeval.business_hours import worst_case_minutes
from slaeval.criteria import Criterion, Thresholds
from slaeval.offers import Answer, SupportWindow

ResultStatus = Literal["good", "acceptable", "red", "unknown", "not_applicable"]
YESNO_SCORES: dict[str, tuple[float, str]] = {
    "yes": (100.0, "good"),
    "partly": (50.0, "acceptable"),
    "no": (0.0, "red"),
}


@dataclass(frozen=True, slots=True)
class Scored:
    """The score of one answer; ``effective`` is the value scored (worst case for delays)."""

    score: float
    status: ResultStatus
    effective: float | None = None


UNKNOWN = Scored(0.0, "unknown")
NOT_APPLICABLE = Scored(0.0, "not_applicable")


def thresholds_with_target(criterion: Criterion, target: float | None) -> Thresholds:
    """The catalogue thresholds, with the client's target as the new "good" line."""
    base = criterion.thresholds
    assert base is not None
    if target is None:
        return base
    sign = 1.0 if criterion.direction == "higher" else -1.0
    acceptable = base.acceptable if sign * (target - base.acceptable) >= 0 else target
    red = base.red
    if sign * (target - red) <= 0:
        red = target - sign * abs(base.good - base.red)
    return Thresholds(good=target, acceptable=acceptable, red=red)


def linear_score(
    value: float, higher: bool, good: float, acceptable: float, red: float
) -> tuple[float, ResultStatus]:
    """0 at the red-flag line, 100 at the good line, linear between; and the status."""
    if higher:
        fraction = (value - red) / (good - red)
        status: ResultStatus = (
            "good" if value >= good else "acceptable" if value >= acceptable else "red"
        )
    else:
        fraction = (red - value) / (red - good)
        status = "good" if value <= good else "acceptable" if value <= acceptable else "red"
    return 100.0 * min(1.0, max(0.0, fraction)), status


def score_number(value: float, direction: str, t: Thresholds) -> Scored:
    score, status = linear_score(value, direction == "higher", t.good, t.acceptable, t.red)
    return Scored(score, status, value)


def effective_delay(answer: Answer, value: float, window: SupportWindow) -> float:
    """The calendar worst case of a delay; unchanged when it is already calendar time."""
    if answer.clock != "business":
        return value
    return worst_case_minutes(value, window)


def score_answer(
    criterion: Criterion,
    answer: Answer | None,
    window: SupportWindow,
    *,
    target: float | None = None,
    round_the_clock: bool = False,
) -> Scored:
    """Score an answer; ``answer`` None (or a None value) is unknown."""
    thresholds = thresholds_with_target(criterion, target) if criterion.thresholds else None
    return score_with(criterion, answer, window, thresholds, round_the_clock)


def score_with(
    criterion: Criterion,
    answer: Answer | None,
    window: SupportWindow,
    thresholds: Thresholds | None,
    round_the_clock: bool,
) -> Scored:
    """``score_answer`` with the thresholds already resolved.

    ``evaluation.evaluate`` applies the same rules in its own loop (a re-score runs after every
    edit); a test checks that both agree on every criterion of the catalogue."""
    if answer is None or answer.value is None:
        return UNKNOWN
    value = answer.value
    kind = criterion.kind
    if kind == "yesno" or kind == "choice":
        if not isinstance(value, str):
            return UNKNOWN
        if kind == "yesno":
            score, status = YESNO_SCORES.get(value, (0.0, "unknown"))
            return Scored(score, status)  # type: ignore[arg-type]
        choice = criterion.choice(value)
        return UNKNOWN if choice is None else Scored(choice.score, choice.status)
    if not isinstance(value, int | float) or isinstance(value, bool):
        return UNKNOWN
    number = float(value)
    if criterion.business_hours and round_the_clock:
        number = effective_delay(answer, number, window)
    assert criterion.direction is not None and thresholds is not None
    return score_number(number, criterion.direction, thresholds)
